import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { badInput, CurrentActor, Roles, uuidArg } from '@oneday/api-common';
import type { Actor } from '@oneday/domain';
import { RegisterPatientInput } from './dto/register-patient.input.js';
import { PatientModel } from './models/patient.model.js';
import { toPatientModel } from './patient.mapper.js';
import { PatientsService } from './patients.service.js';

@Resolver(() => PatientModel)
export class PatientsResolver {
  constructor(private readonly records: PatientsService) {}

  @Query(() => [PatientModel], { description: 'Patients the caller may see, by name or MRN.' })
  async patients(
    @CurrentActor() actor: Actor,
    @Args('search', { nullable: true, type: () => String }) search?: string,
  ): Promise<PatientModel[]> {
    if (search && search.length > 100)
      throw badInput('search', 'Search is at most 100 characters.');
    return (await this.records.search(actor, search)).map(toPatientModel);
  }

  @Roles('PATIENT', 'PHYSICIAN', 'COORDINATOR')
  @Query(() => PatientModel)
  async patient(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ): Promise<PatientModel> {
    return toPatientModel(await this.records.get(actor, id));
  }

  @Roles('COORDINATOR')
  @Mutation(() => PatientModel)
  async registerPatient(
    @CurrentActor() actor: Actor,
    @Args('input') input: RegisterPatientInput,
  ): Promise<PatientModel> {
    return toPatientModel(await this.records.register(actor, input));
  }
}

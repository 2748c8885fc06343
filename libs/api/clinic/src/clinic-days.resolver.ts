import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, PatientLanguageEnum, Roles, uuidArg } from '@oneday/api-common';
import { patientLanguageOf, type Actor, type PatientLanguage } from '@oneday/domain';
import { toClinicDayModel } from './clinic-day.mapper.js';
import { ClinicDaysService } from './clinic-days.service.js';
import { ClinicDayModel } from './models/clinic-day.model.js';

@Resolver(() => ClinicDayModel)
export class ClinicDaysResolver {
  constructor(private readonly clinicDays: ClinicDaysService) {}

  @Roles('PATIENT')
  @Query(() => [ClinicDayModel], { description: "The signed-in patient's upcoming clinic days." })
  async myItinerary(
    @CurrentActor() actor: Actor,
    @Args('language', {
      type: () => PatientLanguageEnum,
      nullable: true,
      description: 'By default the language on the patient’s record.',
    })
    language?: PatientLanguage,
  ): Promise<ClinicDayModel[]> {
    const days = await this.clinicDays.itineraryOf(actor);
    return days.map(({ day, visits }) =>
      toClinicDayModel(day, visits, patientLanguageOf(language ?? day.patient.language)),
    );
  }

  @Roles('PATIENT', 'PHYSICIAN', 'COORDINATOR')
  @Query(() => ClinicDayModel)
  async clinicDay(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ): Promise<ClinicDayModel> {
    const { day, visits } = await this.clinicDays.get(actor, id);
    return toClinicDayModel(day, visits);
  }
}

import { ArgsType, Field } from '@nestjs/graphql';
import { ClinicProgramEnum, SpecialtyEnum } from '@oneday/api-common';
import { CLINIC_PROGRAMS, SPECIALTIES, type ClinicProgram, type Specialty } from '@oneday/domain';
import { IsIn, IsOptional } from 'class-validator';

@ArgsType()
export class SpecialistsArgs {
  @Field(() => ClinicProgramEnum, { nullable: true })
  @IsOptional()
  @IsIn(CLINIC_PROGRAMS)
  program?: ClinicProgram;

  @Field(() => SpecialtyEnum, { nullable: true })
  @IsOptional()
  @IsIn(SPECIALTIES)
  specialty?: Specialty;
}

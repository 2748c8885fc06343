import { ArgsType, Field } from '@nestjs/graphql';
import { CLINIC_PROGRAMS, SPECIALTIES } from '@oneday/domain';
import { IsIn, IsOptional } from 'class-validator';

@ArgsType()
export class SpecialistsArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsIn(CLINIC_PROGRAMS)
  program?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(SPECIALTIES)
  specialty?: string;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ClinicProgramEnum, SpecialtyEnum } from '@oneday/api-common';
import type { ClinicProgram, Specialty } from '@oneday/domain';

@ObjectType('Site')
export class SiteModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  address!: string;

  @Field()
  timeZone!: string;
}

@ObjectType('Specialist')
export class SpecialistModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => SpecialtyEnum)
  specialty!: Specialty;

  @Field({ description: 'How the clinic names the specialty.' })
  specialtyTitle!: string;

  @Field(() => [ClinicProgramEnum])
  programs!: ClinicProgram[];

  @Field(() => ID)
  siteId!: string;

  @Field(() => String, { nullable: true })
  defaultRoom!: string | null;
}

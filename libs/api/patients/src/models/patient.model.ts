import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SexEnum } from '@oneday/api-common';
import type { Sex } from '@oneday/domain';

@ObjectType('PatientNeeds', { description: 'What the clinic day must plan around.' })
export class PatientNeedsModel {
  @Field()
  interpreter!: boolean;

  @Field()
  mobilityAssistance!: boolean;

  @Field()
  transport!: boolean;
}

@ObjectType('Patient')
export class PatientModel {
  @Field(() => ID)
  id!: string;

  @Field()
  mrn!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field({ description: 'yyyy-MM-dd' })
  birthDate!: string;

  @Field(() => SexEnum)
  sex!: Sex;

  @Field()
  language!: string;

  @Field(() => PatientNeedsModel)
  needs!: PatientNeedsModel;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';

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

  @Field()
  specialty!: string;

  @Field({ description: 'How the clinic names the specialty.' })
  specialtyTitle!: string;

  @Field(() => [String])
  programs!: string[];

  @Field(() => ID)
  siteId!: string;

  @Field(() => String, { nullable: true })
  defaultRoom!: string | null;
}

import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ClinicProgramEnum, SpecialtyEnum, StepPositionEnum } from '@oneday/api-common';
import type { ClinicProgram, Specialty, StepPosition } from '@oneday/domain';

@ObjectType('ProgramStep')
export class ProgramStepModel {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => SpecialtyEnum)
  specialty!: Specialty;

  @Field(() => Int)
  durationMinutes!: number;

  @Field()
  required!: boolean;

  @Field(() => [String], { description: 'Steps that come earlier in the day.' })
  after!: string[];

  @Field(() => StepPositionEnum, { nullable: true })
  position!: StepPosition | null;
}

@ObjectType('LunchRule')
export class LunchRuleModel {
  @Field({ description: 'HH:mm, site time' })
  windowStart!: string;

  @Field({ description: 'HH:mm, site time' })
  windowEnd!: string;

  @Field(() => Int)
  durationMinutes!: number;
}

@ObjectType('Program', { description: 'A same-day clinic pathway template.' })
export class ProgramModel {
  @Field(() => ClinicProgramEnum)
  program!: ClinicProgram;

  @Field()
  name!: string;

  @Field(() => Int)
  changeoverMinutes!: number;

  @Field(() => Int)
  maxWaitMinutes!: number;

  @Field(() => LunchRuleModel, { nullable: true })
  lunch!: LunchRuleModel | null;

  @Field(() => [ProgramStepModel])
  steps!: ProgramStepModel[];
}

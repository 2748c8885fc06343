import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CaseProgramEnum,
  ClinicProgramEnum,
  TrialPhaseEnum,
  TrialSexEnum,
  TrialStatusEnum,
} from '@oneday/api-common';
import type { CaseProgram, ClinicProgram, TrialPhase, TrialSex, TrialStatus } from '@oneday/domain';

@ObjectType('BiomarkerRule')
export class BiomarkerRuleModel {
  @Field()
  name!: string;

  @Field({ description: 'POSITIVE, NEGATIVE or a value to look for' })
  equals!: string;
}

@ObjectType('VariantRule')
export class VariantRuleModel {
  @Field()
  gene!: string;

  @Field()
  variantClass!: string;
}

@ObjectType('TrialCriteria', { description: 'Structured eligibility; an empty field is no rule.' })
export class TrialCriteriaModel {
  @Field(() => [CaseProgramEnum])
  programs!: CaseProgram[];

  @Field(() => [String])
  primarySites!: string[];

  @Field(() => [String])
  histologies!: string[];

  @Field(() => String, { nullable: true })
  stageMin!: string | null;

  @Field(() => String, { nullable: true })
  stageMax!: string | null;

  @Field(() => [BiomarkerRuleModel])
  biomarkers!: BiomarkerRuleModel[];

  @Field(() => Float, { nullable: true })
  psaMin!: number | null;

  @Field(() => Float, { nullable: true })
  psaMax!: number | null;

  @Field(() => Int, { nullable: true })
  gradeGroupMin!: number | null;

  @Field(() => Int, { nullable: true })
  gradeGroupMax!: number | null;

  @Field(() => Int, { nullable: true })
  ecogMax!: number | null;

  @Field(() => [String])
  priorTherapyRequired!: string[];

  @Field(() => [String])
  priorTherapyExcluded!: string[];

  @Field(() => [VariantRuleModel])
  variants!: VariantRuleModel[];
}

@ObjectType('Trial')
export class TrialModel {
  @Field(() => ID)
  id!: string;

  @Field()
  nctId!: string;

  @Field()
  title!: string;

  @Field(() => [TrialPhaseEnum])
  phases!: TrialPhase[];

  @Field(() => TrialStatusEnum)
  overallStatus!: TrialStatus;

  @Field()
  sponsor!: string;

  @Field(() => [String])
  collaborators!: string[];

  @Field(() => String, { nullable: true })
  cooperativeGroup!: string | null;

  @Field()
  internal!: boolean;

  @Field(() => [ClinicProgramEnum])
  programs!: ClinicProgram[];

  @Field(() => TrialSexEnum)
  sex!: TrialSex;

  @Field(() => Int, { nullable: true })
  minimumAgeYears!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null: no upper age bound.' })
  maximumAgeYears!: number | null;

  @Field(() => TrialCriteriaModel)
  criteria!: TrialCriteriaModel;

  @Field(() => [String])
  inclusionLines!: string[];

  @Field(() => [String])
  exclusionLines!: string[];

  @Field(() => [String], { description: 'Where the trial runs (facility, city, state, country).' })
  locations!: string[];
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CriterionStatusEnum,
  EligibilityEnum,
  ImportOutcomeEnum,
  PatientInterestEnum,
  ReviewDecisionEnum,
} from '@oneday/api-common';
import type {
  CriterionStatus,
  Eligibility,
  ImportOutcome,
  PatientInterest,
  ReviewDecision,
} from '@oneday/domain';
import { TrialModel } from './trial.model.js';

@ObjectType('CriterionResult')
export class CriterionResultModel {
  @Field()
  criterion!: string;

  @Field()
  requirement!: string;

  @Field(() => CriterionStatusEnum)
  status!: CriterionStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The value that decided it, or why it is unknown.',
  })
  value!: string | null;

  @Field(() => String, { nullable: true })
  observedOn!: string | null;
}

@ObjectType('TrialReview')
export class TrialReviewModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  trialId!: string;

  @Field(() => ReviewDecisionEnum)
  decision!: ReviewDecision;

  @Field()
  reason!: string;

  @Field(() => EligibilityEnum)
  overall!: Eligibility;

  @Field()
  reviewerName!: string;

  @Field()
  reviewedAt!: Date;

  @Field(() => PatientInterestEnum, { nullable: true })
  patientInterest!: PatientInterest | null;

  @Field(() => Boolean, { nullable: true })
  contactConsent!: boolean | null;

  @Field(() => Date, { nullable: true })
  consentDiscussedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  consentWithdrawnAt!: Date | null;
}

@ObjectType('TrialMatch')
export class TrialMatchModel {
  @Field(() => Int)
  rank!: number;

  @Field(() => TrialModel)
  trial!: TrialModel;

  @Field(() => EligibilityEnum)
  overall!: Eligibility;

  @Field(() => [String], { description: 'Why the trial is ranked where it is.' })
  reasons!: string[];

  @Field(() => [CriterionResultModel])
  criteria!: CriterionResultModel[];

  @Field(() => TrialReviewModel, {
    nullable: true,
    description: 'The latest review of this trial for the case.',
  })
  review!: TrialReviewModel | null;
}

@ObjectType('ImportedRecord')
export class ImportedRecordModel {
  @Field(() => String, { nullable: true })
  nctId!: string | null;

  @Field(() => ImportOutcomeEnum)
  outcome!: ImportOutcome;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('ImportTrialsResult')
export class ImportTrialsResultModel {
  @Field(() => Int)
  imported!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => [ImportedRecordModel])
  records!: ImportedRecordModel[];
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TrialModel } from './trial.model.js';

@ObjectType('CriterionResult')
export class CriterionResultModel {
  @Field()
  criterion!: string;

  @Field()
  requirement!: string;

  @Field({ description: 'MET, NOT_MET or UNKNOWN' })
  status!: string;

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

  @Field()
  decision!: string;

  @Field()
  reason!: string;

  @Field()
  overall!: string;

  @Field()
  reviewerName!: string;

  @Field()
  reviewedAt!: Date;

  @Field(() => String, { nullable: true })
  patientInterest!: string | null;

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

  @Field({ description: 'ELIGIBLE, POSSIBLY_ELIGIBLE or NOT_ELIGIBLE' })
  overall!: string;

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

  @Field({ description: 'IMPORTED, UPDATED or REJECTED' })
  outcome!: string;

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

import { Field, ID, InputType } from '@nestjs/graphql';
import { PatientInterestEnum, ReviewDecisionEnum } from '@oneday/api-common';
import {
  PATIENT_INTERESTS,
  REVIEW_DECISIONS,
  type PatientInterest,
  type ReviewDecision,
} from '@oneday/domain';
import { IsBoolean, IsDate, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class RecordTrialReviewInput {
  @Field(() => ID)
  @IsUUID()
  caseId!: string;

  @Field(() => ID)
  @IsUUID()
  trialId!: string;

  @Field(() => ReviewDecisionEnum)
  @IsIn(REVIEW_DECISIONS)
  decision!: ReviewDecision;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  reason!: string;

  @Field(() => PatientInterestEnum, {
    nullable: true,
    description: "The patient's voluntary interest, if it was discussed.",
  })
  @IsOptional()
  @IsIn(PATIENT_INTERESTS)
  patientInterest?: PatientInterest | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'May the research team contact the patient?',
  })
  @IsOptional()
  @IsBoolean()
  contactConsent?: boolean | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When participation was discussed with the patient.',
  })
  @IsOptional()
  @IsDate()
  consentDiscussedAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: "The clinic day's trial-eligibility visit, if the review happened there.",
  })
  @IsOptional()
  @IsUUID()
  visitId?: string | null;
}

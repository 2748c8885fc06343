import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class RecordTrialReviewInput {
  @Field(() => ID)
  @IsUUID()
  caseId!: string;

  @Field(() => ID)
  @IsUUID()
  trialId!: string;

  @Field({ description: 'CONSIDER, NOT_ELIGIBLE or DEFER' })
  @IsIn(['CONSIDER', 'NOT_ELIGIBLE', 'DEFER'])
  decision!: string;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: "The patient's voluntary interest: INTERESTED, NOT_INTERESTED or UNDECIDED.",
  })
  @IsOptional()
  @IsIn(['INTERESTED', 'NOT_INTERESTED', 'UNDECIDED'])
  patientInterest?: string | null;

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

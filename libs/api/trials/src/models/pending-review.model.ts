import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PendingTrialReview', {
  description: 'A booked clinic day whose trial eligibility review is not recorded yet.',
})
export class PendingTrialReviewModel {
  @Field(() => ID)
  clinicDayId!: string;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field()
  patientName!: string;

  @Field()
  date!: string;
}

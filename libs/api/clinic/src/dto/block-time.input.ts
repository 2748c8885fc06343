import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsUUID, Length } from 'class-validator';

@InputType()
export class BlockTimeInput {
  @Field(() => ID)
  @IsUUID()
  specialistId!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field({ description: 'Leave, meeting, ...' })
  @Length(1, 200)
  reason!: string;
}

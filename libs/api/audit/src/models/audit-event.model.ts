import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditOutcomeEnum } from '@oneday/api-common';
import type { AuditOutcome } from '@oneday/domain';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field()
  action!: string;

  @Field()
  entity!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => AuditOutcomeEnum)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  detail!: string | null;

  @Field()
  occurredAt!: Date;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditActionEnum, AuditedEntityEnum, AuditOutcomeEnum } from '@oneday/api-common';
import type { AuditAction, AuditedEntity, AuditOutcome } from '@oneday/domain';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => AuditActionEnum)
  action!: AuditAction;

  @Field(() => AuditedEntityEnum)
  entity!: AuditedEntity;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => AuditOutcomeEnum)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  detail!: string | null;

  @Field()
  occurredAt!: Date;
}

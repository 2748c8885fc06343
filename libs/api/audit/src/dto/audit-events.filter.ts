import { Field, InputType, Int } from '@nestjs/graphql';
import { AuditActionEnum, AuditedEntityEnum, AuditOutcomeEnum } from '@oneday/api-common';
import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  AUDITED_ENTITIES,
  type AuditAction,
  type AuditedEntity,
  type AuditOutcome,
} from '@oneday/domain';
import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@InputType()
export class AuditEventsFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => AuditedEntityEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDITED_ENTITIES)
  entity?: AuditedEntity;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @Field(() => AuditActionEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @Field(() => AuditOutcomeEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcome;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

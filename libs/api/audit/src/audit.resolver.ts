import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@oneday/api-common';
import { AuditService } from './audit.service.js';
import { AuditEventsFilter } from './dto/audit-events.filter.js';
import { AuditEventModel } from './models/audit-event.model.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles('ADMIN')
  @Query(() => [AuditEventModel], { description: 'The audit log, newest first (admins).' })
  auditEvents(
    @Args('filter', { type: () => AuditEventsFilter, nullable: true }) filter?: AuditEventsFilter,
  ): Promise<AuditEventModel[]> {
    return this.audit.find(filter ?? {});
  }
}

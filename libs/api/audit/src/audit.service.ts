import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@oneday/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEvent, type AuditOutcome } from './audit-event.entity.js';
import type { AuditEventsFilter } from './dto/audit-events.filter.js';

export interface AuditEntry {
  actor: Actor | null;
  action: string;
  entity: string;
  entityId?: string | null;
  outcome: AuditOutcome;
  detail?: string;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the transaction's manager so the audit row commits or rolls back with the change. */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditEvent, {
      actorId: entry.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      outcome: entry.outcome,
      detail: entry.detail ?? null,
    });
  }

  async find(filter: AuditEventsFilter): Promise<AuditEvent[]> {
    const query = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(filter.limit ?? 100);
    if (filter.actorId) query.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.entity) query.andWhere('e.entity = :entity', { entity: filter.entity });
    if (filter.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.outcome) query.andWhere('e.outcome = :outcome', { outcome: filter.outcome });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    return query.getMany();
  }
}

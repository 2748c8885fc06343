import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, type AuditEntry } from '@oneday/api-common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventsFilter } from './dto/audit-events.filter.js';

const toRow = (entry: AuditEntry) => ({
  actorId: entry.actor?.userId ?? null,
  actorRole: entry.actor?.role ?? null,
  action: entry.action,
  entity: entry.entity,
  entityId: entry.entityId ?? null,
  outcome: entry.outcome,
  detail: entry.detail ?? null,
});

@Injectable()
export class AuditService extends AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async append(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length > 0) await manager.insert(AuditEvent, entries.map(toRow));
  }

  async record(entry: AuditEntry): Promise<void> {
    await this.dataSource.manager.insert(AuditEvent, toRow(entry));
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

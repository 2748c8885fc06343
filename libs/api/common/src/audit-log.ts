import type { Actor, AuditAction, AuditedEntity, AuditOutcome } from '@oneday/domain';
import type { EntityManager } from 'typeorm';

export interface AuditEntry {
  actor: Actor | null;
  action: AuditAction;
  entity: AuditedEntity;
  entityId?: string | null;
  outcome: AuditOutcome;
  detail?: string;
}

/**
 * The audit trail as features see it. The audit feature owns the table and provides this;
 * features depend on the port, not on that feature.
 */
export abstract class AuditLog {
  /** Inside a change: the rows commit or roll back with it (only the unit of work calls this). */
  abstract append(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void>;

  /** Outside any change: a read of patient data, a refusal, a change that failed. */
  abstract record(entry: AuditEntry): Promise<void>;
}

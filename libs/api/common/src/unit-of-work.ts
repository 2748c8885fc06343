import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, AuditAction } from '@oneday/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, type AuditEntry } from './audit-log.js';
import { LiveEventsService, type Announcement, type LiveChannel } from './live-events.service.js';

/**
 * What a change leaves behind, declared once per mutation: the audit action it must record and
 * the live channels it must announce on. A change that records or announces anything else, or
 * forgets what it declared, is rolled back as a programming error.
 */
export interface ChangeDeclaration {
  /** The action every successful run records at least once, or why the change records none. */
  readonly audit: AuditAction | { readonly none: string };
  /** Channels it announces on after commit; empty when no live screen shows what it changes. */
  readonly announces: readonly LiveChannel[];
}

/** The one manager of a change, and what it will leave in the audit trail and on live screens. */
export class Change {
  private readonly entries: AuditEntry[] = [];
  private readonly announcements: Announcement[] = [];

  constructor(
    readonly manager: EntityManager,
    private readonly actor: Actor | null,
    private readonly declaration: ChangeDeclaration,
  ) {}

  /** An audit event of this change, written in its transaction. (Arrow: callers destructure.) */
  readonly audit = (entry: Omit<AuditEntry, 'actor' | 'outcome'>): void => {
    this.entries.push({ ...entry, actor: this.actor, outcome: 'ALLOWED' });
  };

  /** Sent to every api instance once the change has committed, never if it rolls back. */
  readonly announce = (channel: LiveChannel, payload: object): void => {
    if (!this.declaration.announces.includes(channel))
      throw new Error(`undeclared announcement on ${channel}`);
    this.announcements.push({ channel, payload: JSON.stringify(payload) });
  };

  /** @internal the unit of work's check before commit */
  settle(): { entries: readonly AuditEntry[]; announcements: readonly Announcement[] } {
    const { audit, announces } = this.declaration;
    if (typeof audit === 'string' && !this.entries.some((e) => e.action === audit))
      throw new Error(`change declared audit ${audit} but recorded none`);
    if (typeof audit !== 'string' && this.entries.length > 0)
      throw new Error('change declared no audit but recorded some');
    const missing = announces.filter((c) => !this.announcements.some((a) => a.channel === c));
    if (missing.length > 0)
      throw new Error(`change declared ${missing.join(', ')} but announced none`);
    return { entries: this.entries, announcements: this.announcements };
  }
}

/**
 * Every change runs here: one transaction, one manager for every read and write in it, its
 * audit events written inside it, its announcements sent after commit. Not inside the
 * transaction: PostgreSQL serialises the commits of notifying transactions under one global
 * lock (an insert-only pgbench halved here).
 */
@Injectable()
export class UnitOfWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditLog: AuditLog,
    private readonly live: LiveEventsService,
  ) {}

  async run<T>(
    declaration: ChangeDeclaration,
    actor: Actor | null,
    work: (change: Change) => Promise<T>,
  ): Promise<T> {
    const { result, announcements } = await this.dataSource.transaction(async (manager) => {
      const change = new Change(manager, actor, declaration);
      const result = await work(change);
      const settled = change.settle();
      await this.auditLog.append(manager, settled.entries);
      return { result, announcements: settled.announcements };
    });
    await this.live.send(announcements);
    return result;
  }
}

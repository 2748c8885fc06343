import {
  Global,
  Injectable,
  Logger,
  Module,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSub } from 'graphql-subscriptions';
import pg from 'pg';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';

/** The PostgreSQL channels live screens listen on. */
export const LIVE_CHANNELS = ['day_schedule_changed', 'conference_changed'] as const;
export type LiveChannel = (typeof LIVE_CHANNELS)[number];

interface Announcement {
  channel: LiveChannel;
  payload: string;
}

/**
 * Live updates across api instances: a change is announced with pg_notify once the transaction
 * that makes it has committed (so it is sent only if it commits); every instance LISTENs and
 * hands it to its own GraphQL subscribers. Nothing shared lives in one process's memory.
 * Not inside the transaction: PostgreSQL serialises the commits of notifying transactions under
 * one global lock (halving an insert-only pgbench here), and the commit's fsync is held under it.
 */
@Injectable()
export class LiveEventsService implements OnModuleInit, OnModuleDestroy, EntitySubscriberInterface {
  private readonly logger = new Logger('LiveEvents');
  private readonly pubsub = new PubSub<Record<LiveChannel, unknown>>();
  private listener: pg.Client | null = null;
  private closing = false;
  private readonly pending = new WeakMap<QueryRunner, Announcement[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    this.dataSource.subscribers.push(this);
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: (this.dataSource.options as { url?: string }).url,
    });
    client.on('notification', (message) => {
      const channel = LIVE_CHANNELS.find((c) => c === message.channel);
      if (channel && message.payload)
        void this.pubsub.publish(channel, JSON.parse(message.payload));
    });
    // A lost connection (database restart) is re-established so screens keep updating.
    client.on('error', (error) => {
      this.logger.warn(`listener lost: ${error.message}`);
      void client.end().catch(() => undefined);
      this.reconnect();
    });
    await client.connect();
    for (const channel of LIVE_CHANNELS) await client.query(`LISTEN ${channel}`);
    this.listener = client;
  }

  private reconnect(): void {
    if (this.closing) return;
    setTimeout(() => void this.listen().catch(() => this.reconnect()), 1000);
  }

  /** Call inside the transaction that makes the change; it is sent when that commits. */
  async announce(manager: EntityManager, channel: LiveChannel, payload: object): Promise<void> {
    const announcement = { channel, payload: JSON.stringify(payload) };
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return this.send(manager.queryRunner, [announcement]);
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), announcement]);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    // A released savepoint is not the commit yet.
    if (event.queryRunner.isTransactionActive) return;
    const announcements = this.pending.get(event.queryRunner);
    this.pending.delete(event.queryRunner);
    if (!announcements) return;
    // The change is committed whatever happens here: a lost notification must not fail it.
    await this.send(event.queryRunner, announcements).catch((error: Error) =>
      this.logger.warn(`announcement not sent: ${error.message}`),
    );
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  private async send(runner: QueryRunner | undefined, announcements: Announcement[]) {
    const query = runner
      ? (sql: string, params: string[]) => runner.query(sql, params)
      : (sql: string, params: string[]) => this.dataSource.query(sql, params);
    for (const { channel, payload } of announcements)
      await query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  changes<T>(channel: LiveChannel): AsyncIterableIterator<T> {
    return this.pubsub.asyncIterableIterator(channel) as AsyncIterableIterator<T>;
  }
}

@Global()
@Module({ providers: [LiveEventsService], exports: [LiveEventsService] })
export class LiveEventsModule {}

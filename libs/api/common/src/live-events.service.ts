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
import { DataSource, type EntityManager } from 'typeorm';

/** The PostgreSQL channels live screens listen on. */
export const LIVE_CHANNELS = ['day_schedule_changed', 'conference_changed'] as const;
export type LiveChannel = (typeof LIVE_CHANNELS)[number];

/**
 * Live updates across api instances: a change is announced with pg_notify inside the transaction
 * that makes it (so it is sent only if it commits); every instance LISTENs and hands it to its
 * own GraphQL subscribers. Nothing shared lives in one process's memory.
 */
@Injectable()
export class LiveEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('LiveEvents');
  private readonly pubsub = new PubSub<Record<LiveChannel, unknown>>();
  private listener: pg.Client | null = null;
  private closing = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
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

  /** Call inside the transaction that makes the change. */
  async announce(manager: EntityManager, channel: LiveChannel, payload: object): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)]);
  }

  changes<T>(channel: LiveChannel): AsyncIterableIterator<T> {
    return this.pubsub.asyncIterableIterator(channel) as AsyncIterableIterator<T>;
  }
}

@Global()
@Module({ providers: [LiveEventsService], exports: [LiveEventsService] })
export class LiveEventsModule {}

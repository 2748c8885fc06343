import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSub } from 'graphql-subscriptions';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** The PostgreSQL channels live screens listen on. */
export const LIVE_CHANNELS = ['day_schedule_changed', 'conference_changed'] as const;
export type LiveChannel = (typeof LIVE_CHANNELS)[number];

export interface Announcement {
  channel: LiveChannel;
  payload: string;
}

/**
 * Live updates across api instances: the unit of work hands over a change's announcements once
 * it has committed and they go out with pg_notify; every instance LISTENs and hands them to its
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

  /** Only after the change committed; a lost notification must not fail a committed change. */
  async send(announcements: readonly Announcement[]): Promise<void> {
    if (announcements.length === 0) return;
    await this.dataSource
      .query('SELECT pg_notify(c, p) FROM unnest($1::text[], $2::text[]) AS a(c, p)', [
        announcements.map((a) => a.channel),
        announcements.map((a) => a.payload),
      ])
      .catch((error: Error) => this.logger.warn(`announcement not sent: ${error.message}`));
  }

  changes<T>(channel: LiveChannel): AsyncIterableIterator<T> {
    return this.pubsub.asyncIterableIterator(channel) as AsyncIterableIterator<T>;
  }
}

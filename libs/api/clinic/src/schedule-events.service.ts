import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSub } from 'graphql-subscriptions';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';

export const DAY_SCHEDULE_CHANNEL = 'day_schedule_changed';

export interface DayScheduleChange {
  siteId: string;
  date: string;
  reason: string;
}

/**
 * Board updates across api instances: a change is announced with pg_notify inside the
 * transaction that makes it (so it is sent only if it commits); every instance LISTENs and
 * hands it to its own subscribers.
 */
@Injectable()
export class ScheduleEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ScheduleEvents');
  private readonly pubsub = new PubSub<{ [DAY_SCHEDULE_CHANNEL]: DayScheduleChange }>();
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
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel !== DAY_SCHEDULE_CHANNEL || !message.payload) return;
      void this.pubsub.publish(
        DAY_SCHEDULE_CHANNEL,
        JSON.parse(message.payload) as DayScheduleChange,
      );
    });
    // A lost connection (database restart) is re-established so the board keeps updating.
    client.on('error', (error) => {
      this.logger.warn(`listener lost: ${error.message}`);
      void client.end().catch(() => undefined);
      if (!this.closing) setTimeout(() => void this.listen().catch(() => undefined), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${DAY_SCHEDULE_CHANNEL}`);
    this.listener = client;
  }

  /** Call inside the transaction that changes the schedule. */
  async announce(manager: EntityManager, change: DayScheduleChange): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [DAY_SCHEDULE_CHANNEL, JSON.stringify(change)]);
  }

  changes(): AsyncIterableIterator<DayScheduleChange> {
    return this.pubsub.asyncIterableIterator(DAY_SCHEDULE_CHANNEL);
  }
}

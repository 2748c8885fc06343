import { Injectable } from '@nestjs/common';
import { LiveEventsService } from '@oneday/api-common';
import type { EntityManager } from 'typeorm';

export interface DayScheduleChange {
  siteId: string;
  date: string;
  reason: string;
}

/** The board's side of live events: one site-day changed. */
@Injectable()
export class ScheduleEventsService {
  constructor(private readonly live: LiveEventsService) {}

  announce(manager: EntityManager, change: DayScheduleChange): Promise<void> {
    return this.live.announce(manager, 'day_schedule_changed', change);
  }

  changes(): AsyncIterableIterator<DayScheduleChange> {
    return this.live.changes<DayScheduleChange>('day_schedule_changed');
  }
}

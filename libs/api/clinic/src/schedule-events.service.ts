import { Injectable } from '@nestjs/common';
import { LiveEventsService, type Change } from '@oneday/api-common';

export interface DayScheduleChange {
  siteId: string;
  date: string;
  reason: string;
}

/** The board's side of live events: one site-day changed. */
@Injectable()
export class ScheduleEventsService {
  constructor(private readonly live: LiveEventsService) {}

  announce(change: Change, day: DayScheduleChange): void {
    change.announce('day_schedule_changed', day);
  }

  changes(): AsyncIterableIterator<DayScheduleChange> {
    return this.live.changes<DayScheduleChange>('day_schedule_changed');
  }
}

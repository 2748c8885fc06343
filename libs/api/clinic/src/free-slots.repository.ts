import { Injectable } from '@nestjs/common';
import type { FreeSlot, Specialty } from '@oneday/domain';
import type { EntityManager } from 'typeorm';

/** The day's free slots at the site of the specialists given, in one query. */
@Injectable()
export class FreeSlotsRepository {
  async forDay(
    query: {
      siteId: string;
      staff: Map<string, Specialty>;
      from: Date;
      to: Date;
      alsoSlotIds?: string[];
    },
    manager: EntityManager,
  ): Promise<FreeSlot[]> {
    const rows: {
      id: string;
      specialist_id: string;
      room_id: string;
      starts_at: Date;
      ends_at: Date;
    }[] = await manager.query(
      `SELECT s.id, s.specialist_id, s.room_id, s.starts_at, s.ends_at
           FROM slot s
          WHERE s.site_id = $1
            AND s.starts_at >= $2 AND s.starts_at < $3
            AND s.specialist_id = ANY($4::uuid[])
            AND (s.status = 'FREE' OR s.id = ANY($5::uuid[]))
          ORDER BY s.starts_at, s.id`,
      [query.siteId, query.from, query.to, [...query.staff.keys()], query.alsoSlotIds ?? []],
    );
    return rows.map((r) => ({
      slotId: r.id,
      specialistId: r.specialist_id,
      specialty: query.staff.get(r.specialist_id)!,
      roomId: r.room_id,
      start: new Date(r.starts_at),
      end: new Date(r.ends_at),
    }));
  }
}

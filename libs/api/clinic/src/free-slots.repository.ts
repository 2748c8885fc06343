import { Injectable } from '@nestjs/common';
import type { ClinicProgram, FreeSlot, Specialty } from '@oneday/domain';
import type { EntityManager } from 'typeorm';

/** The day's free slots of every specialist who serves the program at the site, in one query. */
@Injectable()
export class FreeSlotsRepository {
  async forDay(
    query: { siteId: string; program: ClinicProgram; from: Date; to: Date; alsoSlotIds?: string[] },
    manager: EntityManager,
  ): Promise<FreeSlot[]> {
    const rows: {
      id: string;
      specialist_id: string;
      specialty: Specialty;
      room_id: string;
      starts_at: Date;
      ends_at: Date;
    }[] = await manager.query(
      `SELECT s.id, s.specialist_id, sp.specialty, s.room_id, s.starts_at, s.ends_at
           FROM slot s
           JOIN specialist sp ON sp.id = s.specialist_id
          WHERE s.site_id = $1
            AND s.starts_at >= $2 AND s.starts_at < $3
            AND $4 = ANY(sp.programs)
            AND (s.status = 'FREE' OR s.id = ANY($5::uuid[]))
          ORDER BY s.starts_at, s.id`,
      [query.siteId, query.from, query.to, query.program, query.alsoSlotIds ?? []],
    );
    return rows.map((r) => ({
      slotId: r.id,
      specialistId: r.specialist_id,
      specialty: r.specialty,
      roomId: r.room_id,
      start: new Date(r.starts_at),
      end: new Date(r.ends_at),
    }));
  }
}

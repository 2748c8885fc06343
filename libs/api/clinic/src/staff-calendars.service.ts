import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SlotRecord } from '@oneday/domain';
import { Between, DataSource } from 'typeorm';
import { Slot } from './slot.entity.js';

const toSlotRecord = ({ id, specialistId, startsAt, endsAt, status, blockReason }: Slot) => ({
  id,
  specialistId,
  startsAt,
  endsAt,
  status,
  blockReason,
});

/** Specialists' slots (free, booked, blocked) for readers outside the clinic, such as FHIR. */
@Injectable()
export class StaffCalendars {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async slot(id: string): Promise<SlotRecord | null> {
    const found = await this.dataSource.getRepository(Slot).findOneBy({ id });
    return found && toSlotRecord(found);
  }

  async slots(specialistId: string, from: Date, to: Date): Promise<SlotRecord[]> {
    const found = await this.dataSource.getRepository(Slot).find({
      where: { specialistId, startsAt: Between(from, to) },
      order: { startsAt: 'ASC' },
    });
    return found.map(toSlotRecord);
  }
}

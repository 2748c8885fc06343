import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, forbidden, notFound } from '@oneday/api-common';
import { PatientAccessRepository } from '@oneday/api-patients';
import { decidePatientAccess, type Actor } from '@oneday/domain';
import { DataSource, In } from 'typeorm';
import { ClinicDay } from './clinic-day.entity.js';
import { Visit } from './visit.entity.js';

export interface LoadedClinicDay {
  day: ClinicDay;
  visits: Visit[];
}

@Injectable()
export class ClinicDaysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly patientAccess: PatientAccessRepository,
    private readonly audit: AuditLog,
  ) {}

  private async withVisits(days: ClinicDay[]): Promise<LoadedClinicDay[]> {
    if (days.length === 0) return [];
    const visits = await this.dataSource.getRepository(Visit).find({
      where: { clinicDayId: In(days.map((d) => d.id)) },
      order: { startsAt: 'ASC' },
      relations: { specialist: true, room: true },
    });
    return days.map((day) => ({ day, visits: visits.filter((v) => v.clinicDayId === day.id) }));
  }

  /** The signed-in patient's booked days from today on, "today" in each site's own zone. */
  async itineraryOf(actor: Actor): Promise<LoadedClinicDay[]> {
    if (actor.role !== 'PATIENT' || !actor.patientId)
      throw forbidden('Only patients have an itinerary.');
    const days = await this.dataSource
      .getRepository(ClinicDay)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.site', 'site')
      .innerJoinAndSelect('d.patient', 'patient')
      .where('d.patient_id = :patientId', { patientId: actor.patientId })
      .andWhere(`d.status = 'BOOKED'`)
      .andWhere('d.day >= (now() AT TIME ZONE site.time_zone)::date')
      .orderBy('d.day', 'ASC')
      .getMany();
    await this.audit.record({
      actor,
      action: 'READ',
      entity: 'Itinerary',
      entityId: actor.patientId,
      outcome: 'ALLOWED',
      detail: `${days.length} day(s)`,
    });
    return this.withVisits(days);
  }

  async get(actor: Actor, id: string): Promise<LoadedClinicDay> {
    // A query builder, not findOne with relations, which TypeORM answers with two queries.
    const day = await this.dataSource
      .getRepository(ClinicDay)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.site', 'site')
      .innerJoinAndSelect('d.patient', 'patient')
      .where('d.id = :id', { id })
      .getOne();
    const relations = day
      ? (await this.patientAccess.relationsOf([day.patientId])).get(day.patientId)
      : undefined;
    const allowed = relations ? decidePatientAccess(actor, relations).allowed : false;
    if (!day || !allowed) {
      await this.audit.record({
        actor,
        action: 'READ',
        entity: 'ClinicDay',
        entityId: id,
        outcome: 'DENIED',
      });
      // A patient gets FORBIDDEN whether the day exists or not, so ids cannot be probed.
      throw day || actor.role === 'PATIENT' ? forbidden() : notFound('Clinic day');
    }
    await this.audit.record({
      actor,
      action: 'READ',
      entity: 'ClinicDay',
      entityId: id,
      outcome: 'ALLOWED',
    });
    const [loaded] = await this.withVisits([day]);
    return loaded;
  }
}

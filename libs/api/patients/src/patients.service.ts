import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, conflict, forbidden, notFound, UnitOfWork } from '@oneday/api-common';
import {
  canSearchPatients,
  decidePatientAccess,
  type AccessDecision,
  type Actor,
} from '@oneday/domain';
import { DataSource, In } from 'typeorm';
import type { RegisterPatientInput } from './dto/register-patient.input.js';
import { fullName, PatientRelationsSource, type PatientRecord } from './patient-record.js';
import { Patient } from './patient.entity.js';
import { PATIENT_CHANGES } from './patients.changes.js';

const SEARCH_LIMIT = 50;

@Injectable()
export class PatientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relations: PatientRelationsSource,
    private readonly audit: AuditLog,
    private readonly uow: UnitOfWork,
  ) {}

  /** A patient gets only themself; physicians only their own and agenda patients. */
  async search(actor: Actor, text: string | undefined): Promise<PatientRecord[]> {
    if (actor.role === 'PATIENT') {
      return actor.patientId ? [await this.get(actor, actor.patientId)] : [];
    }
    if (!canSearchPatients(actor.role)) {
      await this.audit.record({ actor, action: 'SEARCH', entity: 'Patient', outcome: 'DENIED' });
      throw forbidden();
    }
    const query = this.dataSource
      .getRepository(Patient)
      .createQueryBuilder('p')
      .orderBy('p.family_name', 'ASC')
      .addOrderBy('p.given_name', 'ASC')
      .limit(SEARCH_LIMIT);
    const term = text?.trim();
    if (term) {
      const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.where(
        "(p.mrn ILIKE :like OR p.family_name ILIKE :like OR p.given_name ILIKE :like OR (p.given_name || ' ' || p.family_name) ILIKE :like)",
        { like },
      );
    }
    const found = await query.getMany();
    const relations = await this.relations.relationsOf(found.map((p) => p.id));
    const visible = found.filter((p) => {
      const related = relations.get(p.id);
      return related !== undefined && decidePatientAccess(actor, related).allowed;
    });
    await this.audit.record({
      actor,
      action: 'SEARCH',
      entity: 'Patient',
      outcome: 'ALLOWED',
      detail: `${visible.length} result(s)`,
    });
    return visible;
  }

  async get(actor: Actor, id: string): Promise<PatientRecord> {
    const patient = await this.dataSource.getRepository(Patient).findOneBy({ id });
    const relations = patient ? (await this.relations.relationsOf([id])).get(id) : undefined;
    const decision = relations ? decidePatientAccess(actor, relations) : null;
    if (!patient || !decision?.allowed) {
      // A patient gets FORBIDDEN whether the record exists or not, so ids cannot be probed.
      await this.audit.record({
        actor,
        action: 'READ',
        entity: 'Patient',
        entityId: id,
        outcome: 'DENIED',
      });
      throw patient || actor.role === 'PATIENT' ? forbidden() : notFound('Patient');
    }
    await this.audit.record({
      actor,
      action: 'READ',
      entity: 'Patient',
      entityId: id,
      outcome: 'ALLOWED',
    });
    return patient;
  }

  async register(actor: Actor, input: RegisterPatientInput): Promise<PatientRecord> {
    return this.uow.run(PATIENT_CHANGES.registerPatient, actor, async ({ manager, audit }) => {
      const exists = await manager.existsBy(Patient, { mrn: input.mrn });
      if (exists) throw conflict('A patient with this MRN is already registered.', 'mrn');
      const patient = manager.create(Patient, {
        ...input,
        language: input.language ?? 'en',
        phone: input.phone ?? null,
        email: input.email ?? null,
      });
      await manager.save(patient);
      audit({ action: 'CREATE', entity: 'Patient', entityId: patient.id });
      return patient;
    });
  }

  /** Whether the actor may read this patient (the rule of `get`), for features that show one. */
  async access(actor: Actor, patientId: string): Promise<AccessDecision> {
    const related = (await this.relations.relationsOf([patientId])).get(patientId);
    return related ? decidePatientAccess(actor, related) : { allowed: false, reason: 'unknown' };
  }

  /** Records by id for other features; access is theirs to decide (with `access`). */
  async records(ids: readonly string[]): Promise<Map<string, PatientRecord>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Patient).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((p) => [p.id, p]));
  }

  /** Full names by id, for lists that show whose visit or case a line is. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    return new Map([...(await this.records(ids))].map(([id, p]) => [id, fullName(p)]));
  }

  async record(id: string): Promise<PatientRecord | null> {
    return this.dataSource.getRepository(Patient).findOneBy({ id });
  }

  async byMrn(mrn: string): Promise<PatientRecord | null> {
    return this.dataSource.getRepository(Patient).findOneBy({ mrn });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, badInput, forbidden, notFound, UnitOfWork } from '@oneday/api-common';
import { fullName, PatientsService } from '@oneday/api-patients';
import { StaffDirectory } from '@oneday/api-specialists';
import { checkStage, decideCaseAccess, type Actor } from '@oneday/domain';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { CancerCase } from './cancer-case.entity.js';
import type { AgendaCase, CaseRecord } from './case-record.js';
import { CASE_CHANGES } from './cases.changes.js';
import type { CasesFilter } from './dto/cases.filter.js';
import type { SubmitCaseInput } from './dto/submit-case.input.js';

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly patients: PatientsService,
    private readonly staff: StaffDirectory,
    private readonly audit: AuditLog,
    private readonly uow: UnitOfWork,
  ) {}

  private query(): SelectQueryBuilder<CancerCase> {
    return this.dataSource.getRepository(CancerCase).createQueryBuilder('c');
  }

  /** Rows with their patient and submitting physician: two more queries however many rows. */
  private async records(rows: CancerCase[]): Promise<CaseRecord[]> {
    const [patients, staff] = await Promise.all([
      this.patients.records(rows.map((r) => r.patientId)),
      this.staff.specialists(rows.map((r) => r.submittedById)),
    ]);
    return rows.map(({ firstOnAgendaAt: _onAgenda, ...row }) => {
      const patient = patients.get(row.patientId)!;
      const physician = staff.get(row.submittedById)!;
      return {
        ...row,
        patient: {
          id: patient.id,
          mrn: patient.mrn,
          name: fullName(patient),
          birthDate: patient.birthDate,
          sex: patient.sex,
        },
        submittedBy: { id: physician.id, name: physician.name, specialty: physician.specialty },
      };
    });
  }

  async list(actor: Actor, filter: CasesFilter): Promise<CaseRecord[]> {
    if (actor.role === 'PATIENT' || actor.role === 'ADMIN') {
      await this.audit.record({ actor, action: 'SEARCH', entity: 'Case', outcome: 'DENIED' });
      throw forbidden();
    }
    const query = this.query().orderBy('c.submitted_at', 'DESC').limit(200);
    if (actor.role === 'PHYSICIAN') {
      // The same rule as decideCaseAccess, pushed into SQL so lists stay one query.
      query.andWhere(
        filter.mine
          ? 'c.submitted_by_id = :me'
          : '(c.submitted_by_id = :me OR c.first_on_agenda_at IS NOT NULL)',
        { me: actor.specialistId },
      );
    }
    if (filter.patientId)
      query.andWhere('c.patient_id = :patientId', { patientId: filter.patientId });
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.program) query.andWhere('c.program = :program', { program: filter.program });
    const cases = await query.getMany();
    await this.audit.record({
      actor,
      action: 'SEARCH',
      entity: 'Case',
      outcome: 'ALLOWED',
      detail: `${cases.length} result(s)`,
    });
    return this.records(cases);
  }

  async get(actor: Actor, id: string): Promise<CaseRecord> {
    const row = await this.query().where('c.id = :id', { id }).getOne();
    const decision = row
      ? decideCaseAccess(actor, {
          submittedById: row.submittedById,
          onConferenceAgenda: row.firstOnAgendaAt !== null,
        })
      : null;
    if (!row || !decision?.allowed) {
      await this.audit.record({
        actor,
        action: 'READ',
        entity: 'Case',
        entityId: id,
        outcome: 'DENIED',
      });
      throw row ? forbidden() : notFound('Case');
    }
    await this.audit.record({
      actor,
      action: 'READ',
      entity: 'Case',
      entityId: id,
      outcome: 'ALLOWED',
    });
    const [record] = await this.records([row]);
    return record;
  }

  /** A physician brings a case to the board; the evidence is checked field by field first. */
  async submit(actor: Actor, input: SubmitCaseInput, today: string): Promise<CaseRecord> {
    if (actor.role !== 'PHYSICIAN' || !actor.specialistId)
      throw forbidden('Only physicians submit cases.');
    const problem = checkStage(input);
    if (problem) throw badInput(problem.field, problem.message);
    for (const [i, b] of input.biomarkers.entries()) {
      if (b.observedOn > today)
        throw badInput(`biomarkers.${i}.observedOn`, 'A result cannot be dated in the future.');
    }
    for (const [i, f] of input.findings.entries()) {
      if (f.observedOn > today)
        throw badInput(`findings.${i}.observedOn`, 'A finding cannot be dated in the future.');
    }
    const names = input.biomarkers.map((b) => b.name.toLowerCase());
    if (new Set(names).size !== names.length)
      throw badInput('biomarkers', 'Each marker once, with its latest value.');
    const patient = await this.patients.byMrn(input.mrn);
    if (!patient) throw badInput('mrn', 'No patient has that MRN.');
    const row = await this.uow.run(CASE_CHANGES.submitCase, actor, async ({ manager, audit }) => {
      const row = manager.create(CancerCase, {
        patientId: patient.id,
        submittedById: actor.specialistId!,
        program: input.program,
        primarySite: input.primarySite,
        histology: input.histology,
        clinicalT: input.clinicalT ?? null,
        clinicalN: input.clinicalN ?? null,
        clinicalM: input.clinicalM ?? null,
        stageGroup: input.stageGroup?.toUpperCase() ?? null,
        biomarkers: Object.fromEntries(
          input.biomarkers.map((b) => [b.name, { value: b.value, observedOn: b.observedOn }]),
        ),
        ecog: input.ecog ?? null,
        priorTherapy: input.priorTherapy,
        treatmentStarted: input.treatmentStarted,
        question: input.question,
        urgency: input.urgency,
        findings: input.findings.map((f) => ({
          kind: f.kind,
          name: f.name,
          value: f.value,
          unit: f.unit,
          observedOn: f.observedOn,
          text: f.text,
        })),
      });
      await manager.save(row);
      audit({ action: 'SUBMIT', entity: 'Case', entityId: row.id });
      return manager.findOneByOrFail(CancerCase, { id: row.id });
    });
    const [record] = await this.records([row]);
    return record;
  }

  /**
   * A conference put the case on its agenda: the case remembers it (and moves on from
   * SUBMITTED). Runs in the conference's change. Null when there is no such case.
   */
  async placeOnAgenda(manager: EntityManager, caseId: string): Promise<AgendaCase | null> {
    const updated = await manager
      .createQueryBuilder()
      .update(CancerCase)
      .set({
        firstOnAgendaAt: () => 'coalesce(first_on_agenda_at, now())',
        status: () => "CASE WHEN status = 'SUBMITTED' THEN 'ON_AGENDA' ELSE status END",
      })
      .where({ id: caseId })
      .execute();
    if (!updated.affected) return null;
    return (await this.summaries(manager, [caseId]))[0] ?? null;
  }

  /** The board recorded its recommendation. Runs in the conference's change. */
  async markDiscussed(manager: EntityManager, caseId: string): Promise<void> {
    await manager.update(CancerCase, { id: caseId }, { status: 'DISCUSSED' });
  }

  /** What an agenda or a follow-up list shows of its cases, in the order asked. */
  async summaries(manager: EntityManager, caseIds: readonly string[]): Promise<AgendaCase[]> {
    if (caseIds.length === 0) return [];
    const rows = await manager.findBy(CancerCase, { id: In([...new Set(caseIds)]) });
    const patients = await this.patients.records(rows.map((r) => r.patientId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return caseIds.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const patient = patients.get(row.patientId)!;
      return [
        {
          id: row.id,
          patientName: fullName(patient),
          summary: [row.histology, row.primarySite, row.stageGroup && `stage ${row.stageGroup}`]
            .filter(Boolean)
            .join(', '),
          urgency: row.urgency,
          submittedAt: row.submittedAt,
          submittedById: row.submittedById,
          treatmentStarted: row.treatmentStarted,
        },
      ];
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@oneday/api-audit';
import { badInput, forbidden, notFound } from '@oneday/api-common';
import { Patient } from '@oneday/api-patients';
import { checkStage, decideCaseAccess, type Actor } from '@oneday/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { CancerCase } from './cancer-case.entity.js';
import type { CasesFilter } from './dto/cases.filter.js';
import type { SubmitCaseInput } from './dto/submit-case.input.js';

const ON_AGENDA = 'EXISTS (SELECT 1 FROM agenda_item a WHERE a.case_id = c.id)';

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private query(): SelectQueryBuilder<CancerCase> {
    return this.dataSource
      .getRepository(CancerCase)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.patient', 'patient')
      .innerJoinAndSelect('c.submittedBy', 'submittedBy');
  }

  async list(actor: Actor, filter: CasesFilter): Promise<CancerCase[]> {
    if (actor.role === 'PATIENT' || actor.role === 'ADMIN') {
      await this.audit.record({ actor, action: 'SEARCH', entity: 'Case', outcome: 'DENIED' });
      throw forbidden();
    }
    const query = this.query().orderBy('c.submitted_at', 'DESC').limit(200);
    if (actor.role === 'PHYSICIAN') {
      // The same rule as decideCaseAccess, pushed into SQL so lists stay one query.
      query.andWhere(
        filter.mine ? 'c.submitted_by_id = :me' : `(c.submitted_by_id = :me OR ${ON_AGENDA})`,
        {
          me: actor.specialistId,
        },
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
    return cases;
  }

  async get(actor: Actor, id: string): Promise<CancerCase> {
    const found = await this.query()
      .addSelect(ON_AGENDA, 'on_agenda')
      .where('c.id = :id', { id })
      .getRawAndEntities();
    const row = found.entities[0];
    const onConferenceAgenda = Boolean(found.raw[0]?.on_agenda);
    const decision = row
      ? decideCaseAccess(actor, { submittedById: row.submittedById, onConferenceAgenda })
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
    return row;
  }

  /** A physician brings a case to the board; the evidence is checked field by field first. */
  async submit(actor: Actor, input: SubmitCaseInput, today: string): Promise<CancerCase> {
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
    return this.dataSource.transaction(async (manager) => {
      const patient = await manager.findOneBy(Patient, { mrn: input.mrn });
      if (!patient) throw badInput('mrn', 'No patient has that MRN.');
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
      await this.audit.record(
        { actor, action: 'SUBMIT', entity: 'Case', entityId: row.id, outcome: 'ALLOWED' },
        manager,
      );
      return manager.findOneOrFail(CancerCase, {
        where: { id: row.id },
        relations: { patient: true, submittedBy: true },
      });
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@oneday/api-audit';
import { forbidden, notFound } from '@oneday/api-common';
import { decideCaseAccess, type Actor } from '@oneday/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { CancerCase } from './cancer-case.entity.js';
import type { CasesFilter } from './dto/cases.filter.js';

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
}

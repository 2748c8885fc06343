import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthService } from '@oneday/api-auth';
import { CasesService } from '@oneday/api-cases';
import { ClinicDaysService } from '@oneday/api-clinic';
import { AuditLog, badInput, conflict, notFound, UnitOfWork } from '@oneday/api-common';
import {
  evaluateTrial,
  mapCtgovStudy,
  programsFromConditions,
  rankTrials,
  RECRUITING_STATUSES,
  type Actor,
  type CaseProgram,
  type ClinicProgram,
  type EvaluationSettings,
  type StudyRecord,
  type TrialCriteria,
  type TrialReviewRecord,
} from '@oneday/domain';
import { DataSource } from 'typeorm';
import type { RecordTrialReviewInput } from './dto/record-trial-review.input.js';
import type {
  ImportTrialsResultModel,
  TrialMatchModel,
  TrialReviewModel,
} from './models/trial-match.model.js';
import { TrialReview } from './trial-review.entity.js';
import { Trial } from './trial.entity.js';
import { caseFacts, toTrialModel, trialFacts } from './trial.mapper.js';
import { TRIAL_CHANGES } from './trials.changes.js';

const MAX_IMPORT_RECORDS = 200;

/** How old a lab or biomarker may be before it counts as unknown; set by the app. */
export const TRIAL_EVALUATION_SETTINGS = Symbol('TRIAL_EVALUATION_SETTINGS');

@Injectable()
export class TrialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly clinicDays: ClinicDaysService,
    private readonly users: AuthService,
    private readonly audit: AuditLog,
    private readonly uow: UnitOfWork,
    @Inject(TRIAL_EVALUATION_SETTINGS) private readonly settings: EvaluationSettings,
  ) {}

  list(filter: { program?: CaseProgram; recruitingOnly?: boolean }): Promise<Trial[]> {
    const query = this.dataSource.getRepository(Trial).createQueryBuilder('t').orderBy('t.nct_id');
    if (filter.program) query.andWhere(':program = ANY(t.programs)', { program: filter.program });
    if (filter.recruitingOnly)
      query.andWhere('t.overall_status = ANY(:recruiting)', {
        recruiting: [...RECRUITING_STATUSES],
      });
    return query.getMany();
  }

  /**
   * Imports ClinicalTrials.gov API v2 studies: one study, a list, or a search response
   * ({ studies: [...] }). Registry fields are refreshed on re-import; the center's own curation
   * (criteria, programs, internal) is kept.
   */
  async import(actor: Actor, json: string): Promise<ImportTrialsResultModel> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw badInput('json', 'That is not JSON.');
    }
    const studies = Array.isArray(parsed)
      ? parsed
      : parsed &&
          typeof parsed === 'object' &&
          Array.isArray((parsed as { studies?: unknown }).studies)
        ? (parsed as { studies: unknown[] }).studies
        : [parsed];
    if (studies.length > MAX_IMPORT_RECORDS)
      throw badInput('json', `At most ${MAX_IMPORT_RECORDS} studies at a time.`);
    return this.uow.run(TRIAL_CHANGES.importTrials, actor, async ({ manager, audit }) => {
      const result: ImportTrialsResultModel = { imported: 0, updated: 0, rejected: 0, records: [] };
      for (const study of studies) {
        const mapped = mapCtgovStudy(study);
        if (!mapped.ok) {
          result.rejected++;
          result.records.push({ nctId: null, outcome: 'REJECTED', reason: mapped.reason });
          continue;
        }
        const { conditions, ...registry } = mapped.trial;
        const existing = await manager.findOneBy(Trial, { nctId: registry.nctId });
        if (existing) {
          await manager.update(Trial, { id: existing.id }, registry);
          result.updated++;
          result.records.push({ nctId: registry.nctId, outcome: 'UPDATED', reason: null });
        } else {
          await manager.insert(Trial, {
            ...registry,
            programs: programsFromConditions(conditions),
            criteria: { programs: programsFromConditions(conditions) },
          });
          result.imported++;
          result.records.push({ nctId: registry.nctId, outcome: 'IMPORTED', reason: null });
        }
      }
      audit({
        action: 'IMPORT',
        entity: 'Trial',
        detail: `${result.imported} new, ${result.updated} updated, ${result.rejected} rejected`,
      });
      return result;
    });
  }

  async updateCriteria(actor: Actor, trialId: string, criteria: TrialCriteria): Promise<Trial> {
    return this.uow.run(TRIAL_CHANGES.updateTrialCriteria, actor, async ({ manager, audit }) => {
      const trial = await manager.findOneBy(Trial, { id: trialId });
      if (!trial) throw notFound('Trial');
      trial.criteria = criteria as Record<string, unknown>;
      trial.programs = (criteria.programs ?? []).filter((p): p is ClinicProgram => p !== 'OTHER');
      await manager.save(trial);
      audit({ action: 'UPDATE', entity: 'TrialCriteria', entityId: trialId });
      return trial;
    });
  }

  /** Every trial evaluated against the case, ranked; the case read is checked and audited. */
  async matches(actor: Actor, caseId: string, asOf = new Date()): Promise<TrialMatchModel[]> {
    const row = await this.cases.get(actor, caseId);
    const facts = caseFacts(row);
    const trials = await this.dataSource.getRepository(Trial).find();
    const ranked = rankTrials(
      trials.map((t) => ({
        trial: trialFacts(t),
        evaluation: evaluateTrial(facts, trialFacts(t), asOf, this.settings),
      })),
    );
    const reviews = await this.latestReviews(caseId);
    const byId = new Map(trials.map((t) => [t.id, t]));
    return ranked.map((r) => ({
      rank: r.rank,
      trial: toTrialModel(byId.get(r.trial.id)!),
      overall: r.evaluation.overall,
      reasons: r.reasons,
      criteria: r.evaluation.criteria,
      review: reviews.get(r.trial.id) ?? null,
    }));
  }

  private async latestReviews(caseId: string): Promise<Map<string, TrialReviewModel>> {
    const rows = await this.dataSource
      .getRepository(TrialReview)
      .createQueryBuilder('r')
      .distinctOn(['r.trial_id'])
      .where('r.case_id = :caseId', { caseId })
      .orderBy('r.trial_id')
      .addOrderBy('r.reviewed_at', 'DESC')
      .getMany();
    const names = await this.users.displayNames(rows.map((r) => r.reviewerId));
    return new Map(rows.map((r) => [r.trialId, toReviewModel(r, names.get(r.reviewerId) ?? '')]));
  }

  /** A decision for one trial; the patient's interest and consent are recorded with who discussed it. */
  async recordReview(
    actor: Actor,
    input: RecordTrialReviewInput,
    asOf = new Date(),
  ): Promise<TrialReviewModel> {
    const row = await this.cases.get(actor, input.caseId);
    const trial = await this.dataSource.getRepository(Trial).findOneBy({ id: input.trialId });
    if (!trial) throw notFound('Trial');
    if (input.contactConsent && input.patientInterest !== 'INTERESTED') {
      throw badInput('contactConsent', 'Consent to be contacted goes with the patient’s interest.');
    }
    if (input.visitId && !(await this.clinicDays.isTrialReviewVisit(input.visitId, row.patientId)))
      throw badInput('visitId', "That is not this patient's trial eligibility visit.");
    const evaluation = evaluateTrial(caseFacts(row), trialFacts(trial), asOf, this.settings);
    const discussed = input.patientInterest != null || input.contactConsent != null;
    return this.uow.run(TRIAL_CHANGES.recordTrialReview, actor, async ({ manager, audit }) => {
      const review = manager.create(TrialReview, {
        caseId: input.caseId,
        trialId: input.trialId,
        visitId: input.visitId ?? null,
        results: evaluation.criteria,
        overall: evaluation.overall,
        decision: input.decision,
        reason: input.reason,
        reviewerId: actor.userId,
        patientInterest: input.patientInterest ?? null,
        contactConsent: input.contactConsent ?? null,
        consentDiscussedById: discussed ? actor.userId : null,
        consentDiscussedAt: discussed ? (input.consentDiscussedAt ?? asOf) : null,
      });
      await manager.save(review);
      audit({
        action: 'REVIEW',
        entity: 'TrialReview',
        entityId: review.id,
        detail: `${trial.nctId}: ${input.decision}`,
      });
      const names = await this.users.displayNames([actor.userId]);
      return toReviewModel(review, names.get(actor.userId) ?? '');
    });
  }

  /** The patient changed their mind: consent to be contacted is withdrawn, the record stays. */
  async withdrawConsent(actor: Actor, reviewId: string): Promise<TrialReviewModel> {
    return this.uow.run(TRIAL_CHANGES.withdrawTrialConsent, actor, async ({ manager, audit }) => {
      const review = await manager.findOneBy(TrialReview, { id: reviewId });
      if (!review) throw notFound('Trial review');
      await this.cases.get(actor, review.caseId);
      if (review.consentWithdrawnAt) throw conflict('Consent was already withdrawn.');
      review.consentWithdrawnAt = new Date();
      review.contactConsent = false;
      await manager.save(review);
      audit({ action: 'WITHDRAW_CONSENT', entity: 'TrialReview', entityId: reviewId });
      const names = await this.users.displayNames([review.reviewerId]);
      return toReviewModel(review, names.get(review.reviewerId) ?? '');
    });
  }

  async studies(): Promise<StudyRecord[]> {
    const trials = await this.dataSource.getRepository(Trial).find({ order: { nctId: 'ASC' } });
    return trials.map(toStudyRecord);
  }

  async study(id: string): Promise<StudyRecord | null> {
    const trial = await this.dataSource.getRepository(Trial).findOneBy({ id });
    return trial && toStudyRecord(trial);
  }

  /** A trial review, once the actor may read its case (checked and audited there). */
  async reviewRecord(actor: Actor, id: string): Promise<TrialReviewRecord | null> {
    const review = await this.dataSource.getRepository(TrialReview).findOneBy({ id });
    if (!review) return null;
    const cancerCase = await this.cases.get(actor, review.caseId);
    return {
      id: review.id,
      trialId: review.trialId,
      patientId: cancerCase.patientId,
      decision: review.decision,
      patientInterest: review.patientInterest,
      contactConsent: review.contactConsent,
      consentDiscussedAt: review.consentDiscussedAt,
      consentWithdrawnAt: review.consentWithdrawnAt,
      reviewedAt: review.reviewedAt,
    };
  }

  /** Booked clinic days whose trial eligibility review has not been recorded yet. */
  async pendingReviews(
    actor: Actor,
  ): Promise<{ clinicDayId: string; caseId: string | null; patientName: string; date: string }[]> {
    const days = await this.clinicDays.booked();
    const reviewed = new Set(
      (
        await this.dataSource
          .getRepository(TrialReview)
          .createQueryBuilder('r')
          .select('DISTINCT r.case_id', 'case_id')
          .where('r.case_id = ANY(:caseIds)', {
            caseIds: days.flatMap((d) => (d.caseId ? [d.caseId] : [])),
          })
          .getRawMany<{ case_id: string }>()
      ).map((r) => r.case_id),
    );
    const rows = days
      .filter((d) => !d.caseId || !reviewed.has(d.caseId))
      .sort((a, b) => a.day.localeCompare(b.day) || a.patientName.localeCompare(b.patientName));
    await this.audit.record({
      actor,
      action: 'SEARCH',
      entity: 'ClinicDay',
      entityId: null,
      outcome: 'ALLOWED',
      detail: `${rows.length} pending trial review(s)`,
    });
    return rows.map((r) => ({
      clinicDayId: r.id,
      caseId: r.caseId,
      patientName: r.patientName,
      date: r.day,
    }));
  }
}

function toReviewModel(review: TrialReview, reviewerName: string): TrialReviewModel {
  return {
    id: review.id,
    trialId: review.trialId,
    decision: review.decision,
    reason: review.reason,
    overall: review.overall,
    reviewerName,
    reviewedAt: review.reviewedAt,
    patientInterest: review.patientInterest,
    contactConsent: review.contactConsent,
    consentDiscussedAt: review.consentDiscussedAt,
    consentWithdrawnAt: review.consentWithdrawnAt,
  };
}

function toStudyRecord(trial: Trial): StudyRecord {
  return {
    id: trial.id,
    nctId: trial.nctId,
    title: trial.title,
    overallStatus: trial.overallStatus,
    phases: trial.phases,
    sponsor: trial.sponsor,
    programs: trial.programs,
    siteIds: trial.siteIds,
    eligibilityText: trial.eligibilityText,
  };
}

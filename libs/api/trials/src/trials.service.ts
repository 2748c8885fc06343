import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@oneday/api-audit';
import { User } from '@oneday/api-auth';
import { CasesService } from '@oneday/api-conference';
import { badInput, conflict, notFound } from '@oneday/api-common';
import {
  evaluateTrial,
  mapCtgovStudy,
  programsFromConditions,
  rankTrials,
  RECRUITING_STATUSES,
  type Actor,
  type CaseProgram,
  type ClinicProgram,
  type TrialCriteria,
  type EvaluationSettings,
} from '@oneday/domain';
import { DataSource } from 'typeorm';
import type { RecordTrialReviewInput } from './dto/record-trial-review.input.js';
import type {
  ImportTrialsResultModel,
  TrialMatchModel,
  TrialReviewModel,
} from './models/trial-match.model.js';
import { caseFacts, toTrialModel, trialFacts } from './trial.mapper.js';
import { TrialReview } from './trial-review.entity.js';
import { Trial } from './trial.entity.js';

const MAX_IMPORT_RECORDS = 200;

/** How old a lab or biomarker may be before it counts as unknown; set by the app. */
export const TRIAL_EVALUATION_SETTINGS = Symbol('TRIAL_EVALUATION_SETTINGS');

@Injectable()
export class TrialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
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
    return this.dataSource.transaction(async (manager) => {
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
      await this.audit.record(
        {
          actor,
          action: 'IMPORT',
          entity: 'Trial',
          outcome: 'ALLOWED',
          detail: `${result.imported} new, ${result.updated} updated, ${result.rejected} rejected`,
        },
        manager,
      );
      return result;
    });
  }

  async updateCriteria(actor: Actor, trialId: string, criteria: TrialCriteria): Promise<Trial> {
    return this.dataSource.transaction(async (manager) => {
      const trial = await manager.findOneBy(Trial, { id: trialId });
      if (!trial) throw notFound('Trial');
      trial.criteria = criteria as Record<string, unknown>;
      trial.programs = (criteria.programs ?? []).filter((p): p is ClinicProgram => p !== 'OTHER');
      await manager.save(trial);
      await this.audit.record(
        { actor, action: 'UPDATE', entity: 'TrialCriteria', entityId: trialId, outcome: 'ALLOWED' },
        manager,
      );
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
      .innerJoinAndSelect('r.reviewer', 'reviewer')
      .distinctOn(['r.trial_id'])
      .where('r.case_id = :caseId', { caseId })
      .orderBy('r.trial_id')
      .addOrderBy('r.reviewed_at', 'DESC')
      .getMany();
    return new Map(rows.map((r) => [r.trialId, toReviewModel(r, r.reviewer!)]));
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
    if (input.visitId) {
      const [visit] = await this.dataSource.query(
        `SELECT 1 FROM visit v JOIN clinic_day d ON d.id = v.clinic_day_id WHERE v.id = $1 AND d.patient_id = $2 AND v.specialty = 'RESEARCH_NURSE'`,
        [input.visitId, row.patientId],
      );
      if (!visit) throw badInput('visitId', "That is not this patient's trial eligibility visit.");
    }
    const evaluation = evaluateTrial(caseFacts(row), trialFacts(trial), asOf, this.settings);
    const discussed = input.patientInterest != null || input.contactConsent != null;
    return this.dataSource.transaction(async (manager) => {
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
      await this.audit.record(
        {
          actor,
          action: 'REVIEW',
          entity: 'TrialReview',
          entityId: review.id,
          outcome: 'ALLOWED',
          detail: `${trial.nctId}: ${input.decision}`,
        },
        manager,
      );
      const reviewer = await manager.findOneByOrFail(User, { id: actor.userId });
      return toReviewModel(review, reviewer);
    });
  }

  /** The patient changed their mind: consent to be contacted is withdrawn, the record stays. */
  async withdrawConsent(actor: Actor, reviewId: string): Promise<TrialReviewModel> {
    return this.dataSource.transaction(async (manager) => {
      const review = await manager.findOne(TrialReview, {
        where: { id: reviewId },
        relations: { reviewer: true },
      });
      if (!review) throw notFound('Trial review');
      await this.cases.get(actor, review.caseId);
      if (review.consentWithdrawnAt) throw conflict('Consent was already withdrawn.');
      review.consentWithdrawnAt = new Date();
      review.contactConsent = false;
      await manager.save(review);
      await this.audit.record(
        {
          actor,
          action: 'WITHDRAW_CONSENT',
          entity: 'TrialReview',
          entityId: reviewId,
          outcome: 'ALLOWED',
        },
        manager,
      );
      return toReviewModel(review, review.reviewer!);
    });
  }

  /** Booked clinic days whose trial eligibility review has not been recorded yet. */
  async pendingReviews(
    actor: Actor,
  ): Promise<{ clinicDayId: string; caseId: string | null; patientName: string; date: string }[]> {
    const rows: {
      clinic_day_id: string;
      case_id: string | null;
      patient_name: string;
      day: string;
    }[] = await this.dataSource.query(
      `SELECT d.id AS clinic_day_id, d.case_id, p.given_name || ' ' || p.family_name AS patient_name, to_char(d.day, 'YYYY-MM-DD') AS day
         FROM clinic_day d JOIN patient p ON p.id = d.patient_id
        WHERE d.status = 'BOOKED'
          AND NOT EXISTS (SELECT 1 FROM trial_review r WHERE r.case_id = d.case_id)
        ORDER BY d.day, patient_name`,
    );
    await this.audit.record({
      actor,
      action: 'SEARCH',
      entity: 'ClinicDay',
      entityId: null,
      outcome: 'ALLOWED',
      detail: `${rows.length} pending trial review(s)`,
    });
    return rows.map((r) => ({
      clinicDayId: r.clinic_day_id,
      caseId: r.case_id,
      patientName: r.patient_name,
      date: r.day,
    }));
  }
}

function toReviewModel(review: TrialReview, reviewer: User): TrialReviewModel {
  return {
    id: review.id,
    trialId: review.trialId,
    decision: review.decision,
    reason: review.reason,
    overall: review.overall,
    reviewerName: reviewer.displayName,
    reviewedAt: review.reviewedAt,
    patientInterest: review.patientInterest,
    contactConsent: review.contactConsent,
    consentDiscussedAt: review.consentDiscussedAt,
    consentWithdrawnAt: review.consentWithdrawnAt,
  };
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CasesService } from '@oneday/api-cases';
import { StaffDirectory } from '@oneday/api-specialists';
import { DataSource, In } from 'typeorm';
import { FollowUp } from './follow-up.entity.js';
import type { FollowUpModel, RecommendationModel } from './models/conference.model.js';
import { RecommendationTrial } from './recommendation-trial.entity.js';
import { Recommendation } from './recommendation.entity.js';

/** Recommendations with their follow-ups: a fixed number of queries for any number of cases. */
@Injectable()
export class RecommendationsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly staff: StaffDirectory,
  ) {}

  async byCase(caseIds: readonly string[]): Promise<Map<string, RecommendationModel>> {
    if (caseIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(Recommendation)
      .createQueryBuilder('r')
      .where('r.case_id = ANY(:caseIds)', { caseIds })
      .orderBy('r.recorded_at', 'ASC')
      .getMany();
    const trials = rows.length
      ? await this.dataSource
          .getRepository(RecommendationTrial)
          .findBy({ recommendationId: In(rows.map((r) => r.id)) })
      : [];
    const followUps = rows.length
      ? await this.followUps(
          await this.dataSource.getRepository(FollowUp).find({
            where: { recommendationId: In(rows.map((r) => r.id)) },
            order: { dueDate: 'ASC' },
          }),
        )
      : [];
    // The latest recommendation of a case wins (recorded in time order above).
    return new Map(
      rows.map((r) => [
        r.caseId,
        {
          id: r.id,
          consensusPlan: r.consensusPlan,
          modalities: r.modalities,
          stageDocumented: r.stageDocumented,
          guideline: r.guideline,
          guidelineVersion: r.guidelineVersion,
          trialDiscussed: r.trialDiscussed,
          trialIds: trials.filter((t) => t.recommendationId === r.id).map((t) => t.trialId),
          dissent: r.dissent,
          recordedAt: r.recordedAt,
          followUps: followUps.filter((f) => f.recommendationId === r.id).map((f) => f.model),
        },
      ]),
    );
  }

  async openFollowUps(dueBefore: string | null): Promise<FollowUpModel[]> {
    const query = this.dataSource
      .getRepository(FollowUp)
      .createQueryBuilder('f')
      .where('f.done_at IS NULL')
      .orderBy('f.due_date', 'ASC');
    if (dueBefore) query.andWhere('f.due_date < :dueBefore', { dueBefore });
    return (await this.followUps(await query.getMany())).map((f) => f.model);
  }

  /** Follow-ups with their case, patient and owner, in the order given. */
  private async followUps(
    rows: FollowUp[],
  ): Promise<{ recommendationId: string; model: FollowUpModel }[]> {
    if (rows.length === 0) return [];
    const recommendations = await this.dataSource.getRepository(Recommendation).find({
      select: { id: true, caseId: true },
      where: { id: In([...new Set(rows.map((f) => f.recommendationId))]) },
    });
    const caseOf = new Map(recommendations.map((r) => [r.id, r.caseId]));
    const [cases, owners] = await Promise.all([
      this.cases.summaries(this.dataSource.manager, [...new Set(caseOf.values())]),
      this.staff.specialists(rows.map((f) => f.ownerId)),
    ]);
    const patientOf = new Map(cases.map((c) => [c.id, c.patientName]));
    return rows.map((f) => {
      const caseId = caseOf.get(f.recommendationId)!;
      return {
        recommendationId: f.recommendationId,
        model: {
          id: f.id,
          kind: f.kind,
          description: f.description,
          ownerName: (f.ownerId && owners.get(f.ownerId)?.name) ?? null,
          dueDate: f.dueDate,
          doneAt: f.doneAt,
          caseId,
          patientName: patientOf.get(caseId) ?? '',
        },
      };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FollowUpKind } from '@oneday/domain';
import { DataSource } from 'typeorm';
import type { FollowUpModel, RecommendationModel } from './models/conference.model.js';
import { Recommendation } from './recommendation.entity.js';

interface FollowUpRow {
  id: string;
  recommendation_id: string;
  kind: FollowUpKind;
  description: string;
  owner_name: string | null;
  due_date: string;
  done_at: Date | null;
  case_id: string;
  patient_name: string;
}

const FOLLOW_UPS = `
  SELECT f.id, f.recommendation_id, f.kind, f.description, s.name AS owner_name, to_char(f.due_date, 'YYYY-MM-DD') AS due_date,
         f.done_at, r.case_id, p.given_name || ' ' || p.family_name AS patient_name
    FROM follow_up f
    JOIN recommendation r ON r.id = f.recommendation_id
    JOIN cancer_case c ON c.id = r.case_id
    JOIN patient p ON p.id = c.patient_id
    LEFT JOIN specialist s ON s.id = f.owner_id`;

export const toFollowUpModel = (f: FollowUpRow): FollowUpModel => ({
  id: f.id,
  kind: f.kind,
  description: f.description,
  ownerName: f.owner_name,
  dueDate: f.due_date,
  doneAt: f.done_at,
  caseId: f.case_id,
  patientName: f.patient_name,
});

/** Recommendations with their follow-ups, two queries for any number of cases. */
@Injectable()
export class RecommendationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byCase(caseIds: string[]): Promise<Map<string, RecommendationModel>> {
    if (caseIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(Recommendation)
      .createQueryBuilder('r')
      .where('r.case_id = ANY(:caseIds)', { caseIds })
      .orderBy('r.recorded_at', 'ASC')
      .getMany();
    const followUps: FollowUpRow[] = rows.length
      ? await this.dataSource.query(
          `${FOLLOW_UPS} WHERE f.recommendation_id = ANY($1::uuid[]) ORDER BY f.due_date`,
          [rows.map((r) => r.id)],
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
          trialIds: r.trialIds,
          dissent: r.dissent,
          recordedAt: r.recordedAt,
          followUps: followUps.filter((f) => f.recommendation_id === r.id).map(toFollowUpModel),
        },
      ]),
    );
  }

  async openFollowUps(dueBefore: string | null): Promise<FollowUpModel[]> {
    const rows: FollowUpRow[] = await this.dataSource.query(
      `${FOLLOW_UPS} WHERE f.done_at IS NULL AND ($1::date IS NULL OR f.due_date < $1::date) ORDER BY f.due_date`,
      [dueBefore],
    );
    return rows.map(toFollowUpModel);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@oneday/api-audit';
import { badInput, conflict, LiveEventsService, notFound } from '@oneday/api-common';
import { Site } from '@oneday/api-specialists';
import { conferenceMetrics, proposeAgenda, type Actor } from '@oneday/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AgendaItem } from './agenda-item.entity.js';
import { Attendance } from './attendance.entity.js';
import { CancerCase } from './cancer-case.entity.js';
import { Conference } from './conference.entity.js';
import type {
  AddCaseToAgendaInput,
  RecordRecommendationInput,
  ScheduleConferenceInput,
} from './dto/conference.inputs.js';
import { FollowUp } from './follow-up.entity.js';
import type {
  ConferenceMetricsModel,
  ConferenceModel,
  FollowUpModel,
  RecommendationModel,
} from './models/conference.model.js';
import { Recommendation } from './recommendation.entity.js';
import { RecommendationsRepository } from './recommendations.repository.js';

const isUniqueViolation = (error: unknown) =>
  (error as { driverError?: { code?: string } })?.driverError?.code === '23505';
const isForeignKeyViolation = (error: unknown) =>
  (error as { driverError?: { code?: string } })?.driverError?.code === '23503';

@Injectable()
export class ConferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recommendations: RecommendationsRepository,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
  ) {}

  /** Tell everyone in the meeting view; sent only if the transaction commits. */
  private changed(manager: EntityManager, conferenceId: string, reason: string): Promise<void> {
    return this.live.announce(manager, 'conference_changed', { conferenceId, reason });
  }

  changes(): AsyncIterableIterator<{ conferenceId: string; reason: string }> {
    return this.live.changes('conference_changed');
  }

  async present(
    actor: Actor,
    conferenceId: string,
    agendaItemId: string,
  ): Promise<ConferenceModel> {
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.findOneBy(AgendaItem, { id: agendaItemId, conferenceId });
      if (!item) throw notFound('Agenda item');
      await manager.update(
        Conference,
        { id: conferenceId },
        { currentAgendaItemId: item.id, status: 'IN_PROGRESS' },
      );
      await this.changed(manager, conferenceId, 'PRESENTING');
    });
    return this.load(actor, conferenceId);
  }

  async schedule(actor: Actor, input: ScheduleConferenceInput): Promise<ConferenceModel> {
    if (!(await this.dataSource.getRepository(Site).existsBy({ id: input.siteId })))
      throw notFound('Site');
    const conference = await this.dataSource.transaction(async (manager) => {
      const row = manager.create(Conference, {
        siteId: input.siteId,
        title: input.title,
        program: input.program ?? null,
        startsAt: input.startsAt,
        capacityMinutes: input.capacityMinutes,
      });
      await manager.save(row);
      await this.audit.record(
        { actor, action: 'SCHEDULE', entity: 'Conference', entityId: row.id, outcome: 'ALLOWED' },
        manager,
      );
      return row;
    });
    return this.load(actor, conference.id);
  }

  async list(actor: Actor, from: Date, to: Date): Promise<ConferenceModel[]> {
    const rows = await this.dataSource
      .getRepository(Conference)
      .createQueryBuilder('c')
      .select('c.id')
      .where('c.starts_at >= :from AND c.starts_at < :to', { from, to })
      .orderBy('c.starts_at')
      .getMany();
    return this.loadMany(
      actor,
      rows.map((r) => r.id),
    );
  }

  async load(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConferenceModel> {
    const [conference] = await this.loadMany(actor, [id], manager);
    if (!conference) throw notFound('Conference');
    return conference;
  }

  /** Conferences with agenda, attendance and recommendations: five queries however many. */
  private async loadMany(
    actor: Actor,
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConferenceModel[]> {
    if (ids.length === 0) return [];
    const conferences = await manager
      .getRepository(Conference)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.site', 'site')
      .where('c.id = ANY(:ids)', { ids })
      .getMany();
    const items = await manager
      .getRepository(AgendaItem)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.case', 'c')
      .innerJoinAndSelect('c.patient', 'p')
      .leftJoinAndSelect('a.presenter', 'presenter')
      .where('a.conference_id = ANY(:ids)', { ids })
      .orderBy('a.position')
      .getMany();
    const attendance = await manager.find(Attendance, {
      where: { conferenceId: In(ids) },
      relations: { specialist: true },
      order: { recordedAt: 'ASC' },
    });
    const recommendations = await this.recommendations.byCase(items.map((i) => i.caseId));
    await this.audit.record({
      actor,
      action: ids.length === 1 ? 'READ' : 'SEARCH',
      entity: 'Conference',
      entityId: ids.length === 1 ? ids[0] : null,
      outcome: 'ALLOWED',
      detail: `${conferences.length} conference(s), ${items.length} case(s)`,
    });
    const byId = new Map(conferences.map((c) => [c.id, c]));
    return ids
      .map((id) => byId.get(id))
      .filter((c): c is Conference => c !== undefined)
      .map((conference) =>
        this.toModel(
          conference,
          items.filter((i) => i.conferenceId === conference.id),
          attendance.filter((a) => a.conferenceId === conference.id),
          recommendations,
        ),
      );
  }

  private toModel(
    conference: Conference,
    items: AgendaItem[],
    attendance: Attendance[],
    recommendations: Map<string, RecommendationModel>,
  ): ConferenceModel {
    return {
      id: conference.id,
      title: conference.title,
      program: conference.program,
      startsAt: conference.startsAt,
      timeZone: conference.site?.timeZone ?? 'UTC',
      capacityMinutes: conference.capacityMinutes,
      status: conference.status,
      currentAgendaItemId: conference.currentAgendaItemId,
      agenda: items.map((item) => ({
        id: item.id,
        position: item.position,
        minutes: item.minutes,
        prospective: item.prospective,
        status: item.status,
        caseId: item.caseId,
        patientName: `${item.case!.patient!.givenName} ${item.case!.patient!.familyName}`,
        summary: [
          item.case!.histology,
          item.case!.primarySite,
          item.case!.stageGroup && `stage ${item.case!.stageGroup}`,
        ]
          .filter(Boolean)
          .join(', '),
        urgency: item.case!.urgency,
        presenterName: item.presenter?.name ?? null,
        recommendation:
          item.status === 'PRESENTED' ? (recommendations.get(item.caseId) ?? null) : null,
      })),
      attendance: attendance.map((a) => ({
        specialistId: a.specialistId,
        name: a.specialist?.name ?? '',
        specialty: a.specialty,
      })),
    };
  }

  async addToAgenda(actor: Actor, input: AddCaseToAgendaInput): Promise<ConferenceModel> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const conference = await manager.findOne(Conference, {
          where: { id: input.conferenceId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!conference) throw notFound('Conference');
        if (conference.status === 'CLOSED') throw conflict('The conference is closed.');
        const row = await manager.findOneBy(CancerCase, { id: input.caseId });
        if (!row) throw notFound('Case');
        const [{ next }] = await manager.query(
          `SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE conference_id = $1`,
          [conference.id],
        );
        await manager.insert(AgendaItem, {
          conferenceId: conference.id,
          caseId: row.id,
          position: Number(next),
          minutes: input.minutes,
          presenterId: input.presenterId ?? row.submittedById,
          prospective: !row.treatmentStarted,
        });
        if (row.status === 'SUBMITTED')
          await manager.update(CancerCase, { id: row.id }, { status: 'ON_AGENDA' });
        await this.audit.record(
          { actor, action: 'ADD_TO_AGENDA', entity: 'Case', entityId: row.id, outcome: 'ALLOWED' },
          manager,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('The case is already on this agenda.', 'caseId');
      throw error;
    }
    return this.load(actor, input.conferenceId);
  }

  /** Proposes the order (prospective, urgency, waiting) and applies it; cases over capacity go last. */
  async buildAgenda(actor: Actor, conferenceId: string): Promise<ConferenceModel> {
    await this.dataSource.transaction(async (manager) => {
      const conference = await manager.findOneBy(Conference, { id: conferenceId });
      if (!conference) throw notFound('Conference');
      const items = await manager.find(AgendaItem, {
        where: { conferenceId },
        relations: { case: true },
      });
      const proposal = proposeAgenda(
        items.map((i) => ({
          id: i.id,
          urgency: i.case!.urgency,
          treatmentStarted: !i.prospective,
          submittedAt: i.case!.submittedAt,
          minutes: i.minutes,
        })),
        conference.capacityMinutes,
      );
      await this.applyOrder(manager, [...proposal.scheduled, ...proposal.overflow]);
      await this.changed(manager, conferenceId, 'AGENDA');
      await this.audit.record(
        {
          actor,
          action: 'BUILD_AGENDA',
          entity: 'Conference',
          entityId: conferenceId,
          outcome: 'ALLOWED',
          detail: `${proposal.overflow.length} over capacity`,
        },
        manager,
      );
    });
    return this.load(actor, conferenceId);
  }

  async reorder(actor: Actor, conferenceId: string, itemIds: string[]): Promise<ConferenceModel> {
    await this.dataSource.transaction(async (manager) => {
      const items = await manager.findBy(AgendaItem, { conferenceId });
      const same = items.length === itemIds.length && items.every((i) => itemIds.includes(i.id));
      if (!same)
        throw badInput('itemIds', 'Give every agenda item of the conference exactly once.');
      await this.applyOrder(manager, itemIds);
      await this.changed(manager, conferenceId, 'AGENDA');
      await this.audit.record(
        {
          actor,
          action: 'REORDER_AGENDA',
          entity: 'Conference',
          entityId: conferenceId,
          outcome: 'ALLOWED',
        },
        manager,
      );
    });
    return this.load(actor, conferenceId);
  }

  private async applyOrder(manager: EntityManager, itemIds: string[]): Promise<void> {
    // Positions are unique per conference, checked at commit (deferred), so a swap is fine.
    for (const [index, id] of itemIds.entries())
      await manager.update(AgendaItem, { id }, { position: index + 1 });
  }

  async recordAttendance(
    actor: Actor,
    conferenceId: string,
    specialistId: string,
  ): Promise<ConferenceModel> {
    await this.dataSource.transaction(async (manager) => {
      const conference = await manager.findOneBy(Conference, { id: conferenceId });
      if (!conference) throw notFound('Conference');
      const [specialist] = await manager.query('SELECT specialty FROM specialist WHERE id = $1', [
        specialistId,
      ]);
      if (!specialist) throw notFound('Specialist');
      await manager
        .createQueryBuilder()
        .insert()
        .into(Attendance)
        .values({ conferenceId, specialistId, specialty: specialist.specialty })
        .orIgnore()
        .execute();
      if (conference.status === 'SCHEDULED')
        await manager.update(Conference, { id: conferenceId }, { status: 'IN_PROGRESS' });
      await this.audit.record(
        {
          actor,
          action: 'ATTENDANCE',
          entity: 'Conference',
          entityId: conferenceId,
          outcome: 'ALLOWED',
        },
        manager,
      );
    });
    return this.load(actor, conferenceId);
  }

  async recordRecommendation(
    actor: Actor,
    input: RecordRecommendationInput,
  ): Promise<ConferenceModel> {
    if (input.trialIds.length > 0 && !input.trialDiscussed) {
      throw badInput('trialDiscussed', 'Trials named mean a trial was discussed.');
    }
    let conferenceId = '';
    try {
      await this.dataSource.transaction(async (manager) => {
        const item = await manager.findOneBy(AgendaItem, { id: input.agendaItemId });
        if (!item) throw notFound('Agenda item');
        conferenceId = item.conferenceId;
        if (input.trialIds.length) {
          const [{ n }] = await manager.query(
            'SELECT count(*)::int AS n FROM trial WHERE id = ANY($1::uuid[])',
            [input.trialIds],
          );
          if (n !== new Set(input.trialIds).size)
            throw badInput('trialIds', 'A trial named is not in the registry.');
        }
        const recommendation = manager.create(Recommendation, {
          agendaItemId: item.id,
          caseId: item.caseId,
          consensusPlan: input.consensusPlan,
          modalities: input.modalities,
          stageDocumented: input.stageDocumented,
          stageDocumentedById: input.stageDocumentedById ?? null,
          guideline: input.guideline ?? null,
          guidelineVersion: input.guidelineVersion ?? null,
          trialDiscussed: input.trialDiscussed,
          trialIds: input.trialIds,
          dissent: input.dissent ?? null,
          recordedById: actor.userId,
        });
        await manager.save(recommendation);
        if (input.followUps.length) {
          await manager.insert(
            FollowUp,
            input.followUps.map((f) => ({
              recommendationId: recommendation.id,
              kind: f.kind,
              description: f.description,
              ownerId: f.ownerId ?? null,
              dueDate: f.dueDate,
            })),
          );
        }
        await manager.update(AgendaItem, { id: item.id }, { status: 'PRESENTED' });
        await manager.update(CancerCase, { id: item.caseId }, { status: 'DISCUSSED' });
        await this.audit.record(
          { actor, action: 'RECOMMEND', entity: 'Case', entityId: item.caseId, outcome: 'ALLOWED' },
          manager,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(
          'A recommendation is already recorded for this case at this conference.',
          'agendaItemId',
        );
      if (isForeignKeyViolation(error))
        throw badInput(
          'followUps',
          'A follow-up owner or the stage documenter is not a known specialist.',
        );
      throw error;
    }
    return this.load(actor, conferenceId);
  }

  async completeFollowUp(actor: Actor, id: string): Promise<FollowUpModel[]> {
    const updated = await this.dataSource
      .getRepository(FollowUp)
      .update({ id }, { doneAt: new Date() });
    if (!updated.affected) throw notFound('Follow-up');
    await this.audit.record({
      actor,
      action: 'COMPLETE',
      entity: 'FollowUp',
      entityId: id,
      outcome: 'ALLOWED',
    });
    return this.recommendations.openFollowUps(null);
  }

  async metrics(from: Date, to: Date, asOf: Date): Promise<ConferenceMetricsModel> {
    if (to <= from) throw badInput('to', 'The period ends before it starts.');
    const conferences: { id: string; specialties: string[] | null }[] = await this.dataSource.query(
      `SELECT c.id, array_agg(a.specialty) FILTER (WHERE a.id IS NOT NULL) AS specialties
         FROM conference c LEFT JOIN attendance a ON a.conference_id = c.id
        WHERE c.starts_at >= $1 AND c.starts_at < $2 GROUP BY c.id`,
      [from, to],
    );
    const presented: {
      conference_id: string;
      prospective: boolean;
      stage_documented: boolean;
      trial_discussed: boolean;
    }[] = await this.dataSource.query(
      `SELECT a.conference_id, a.prospective, r.stage_documented, r.trial_discussed
         FROM agenda_item a JOIN recommendation r ON r.agenda_item_id = a.id JOIN conference c ON c.id = a.conference_id
        WHERE c.starts_at >= $1 AND c.starts_at < $2`,
      [from, to],
    );
    const followUps: { due_date: string; done_on: string | null }[] = await this.dataSource.query(
      `SELECT to_char(f.due_date, 'YYYY-MM-DD') AS due_date, to_char(f.done_at AT TIME ZONE s.time_zone, 'YYYY-MM-DD') AS done_on
         FROM follow_up f JOIN recommendation r ON r.id = f.recommendation_id JOIN agenda_item a ON a.id = r.agenda_item_id
         JOIN conference c ON c.id = a.conference_id JOIN site s ON s.id = c.site_id
        WHERE c.starts_at >= $1 AND c.starts_at < $2`,
      [from, to],
    );
    return conferenceMetrics({
      conferences: conferences.map((c) => ({ id: c.id, attendedSpecialties: c.specialties ?? [] })),
      presented: presented.map((p) => ({
        conferenceId: p.conference_id,
        prospective: p.prospective,
        stageDocumented: p.stage_documented,
        trialDiscussed: p.trial_discussed,
      })),
      followUps: followUps.map((f) => ({ dueDate: f.due_date, doneOn: f.done_on })),
      asOf: asOf.toISOString().slice(0, 10),
    });
  }

  async overdueFollowUps(actor: Actor, asOf: Date): Promise<FollowUpModel[]> {
    const followUps = await this.recommendations.openFollowUps(asOf.toISOString().slice(0, 10));
    await this.audit.record({
      actor,
      action: 'SEARCH',
      entity: 'FollowUp',
      entityId: null,
      outcome: 'ALLOWED',
      detail: `${followUps.length} overdue follow-up(s)`,
    });
    return followUps;
  }
}

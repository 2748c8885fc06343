import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CasesService, type AgendaCase } from '@oneday/api-cases';
import {
  AuditLog,
  badInput,
  conflict,
  LiveEventsService,
  notFound,
  sqlState,
  UnitOfWork,
  violatedConstraint,
  type Change,
} from '@oneday/api-common';
import { StaffDirectory } from '@oneday/api-specialists';
import {
  conferenceMetrics,
  formatLocalDate,
  localDateOf,
  proposeAgenda,
  type Actor,
} from '@oneday/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AgendaItem } from './agenda-item.entity.js';
import { Attendance } from './attendance.entity.js';
import { CONFERENCE_CHANGES } from './conference.changes.js';
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
import { RecommendationTrial } from './recommendation-trial.entity.js';
import { Recommendation } from './recommendation.entity.js';
import { RecommendationsRepository } from './recommendations.repository.js';

const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';
const isForeignKeyViolation = (error: unknown) => sqlState(error) === '23503';

@Injectable()
export class ConferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recommendations: RecommendationsRepository,
    private readonly audit: AuditLog,
    private readonly live: LiveEventsService,
    private readonly uow: UnitOfWork,
    private readonly cases: CasesService,
    private readonly staff: StaffDirectory,
  ) {}

  /** Tell everyone in the meeting view; sent only once the change has committed. */
  private changed(change: Change, conferenceId: string, reason: string): void {
    change.announce('conference_changed', { conferenceId, reason });
  }

  changes(): AsyncIterableIterator<{ conferenceId: string; reason: string }> {
    return this.live.changes('conference_changed');
  }

  async present(
    actor: Actor,
    conferenceId: string,
    agendaItemId: string,
  ): Promise<ConferenceModel> {
    await this.uow.run(CONFERENCE_CHANGES.presentAgendaItem, actor, async (change) => {
      const { manager } = change;
      const item = await manager.findOneBy(AgendaItem, { id: agendaItemId, conferenceId });
      if (!item) throw notFound('Agenda item');
      await manager.update(
        Conference,
        { id: conferenceId },
        { currentAgendaItemId: item.id, status: 'IN_PROGRESS' },
      );
      change.audit({ action: 'PRESENT', entity: 'AgendaItem', entityId: item.id });
      this.changed(change, conferenceId, 'PRESENTING');
    });
    return this.load(actor, conferenceId);
  }

  async schedule(actor: Actor, input: ScheduleConferenceInput): Promise<ConferenceModel> {
    if (!(await this.staff.site(input.siteId))) throw notFound('Site');
    const conference = await this.uow.run(
      CONFERENCE_CHANGES.scheduleConference,
      actor,
      async ({ manager, audit }) => {
        const row = manager.create(Conference, {
          siteId: input.siteId,
          title: input.title,
          program: input.program ?? null,
          startsAt: input.startsAt,
          capacityMinutes: input.capacityMinutes,
        });
        await manager.save(row);
        audit({ action: 'SCHEDULE', entity: 'Conference', entityId: row.id });
        return row;
      },
    );
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

  async load(actor: Actor, id: string): Promise<ConferenceModel> {
    const [conference] = await this.loadMany(actor, [id]);
    if (!conference) throw notFound('Conference');
    return conference;
  }

  /** Conferences with agenda, attendance and recommendations: five queries however many. */
  private async loadMany(actor: Actor, ids: string[]): Promise<ConferenceModel[]> {
    if (ids.length === 0) return [];
    const { manager } = this.dataSource;
    const conferences = await manager.findBy(Conference, { id: In(ids) });
    const items = await manager.find(AgendaItem, {
      where: { conferenceId: In(ids) },
      order: { position: 'ASC' },
    });
    const attendance = await manager.find(Attendance, {
      where: { conferenceId: In(ids) },
      order: { recordedAt: 'ASC' },
    });
    const [sites, cases, staff] = await Promise.all([
      this.staff.sites(conferences.map((c) => c.siteId)),
      this.cases.summaries(
        manager,
        items.map((i) => i.caseId),
      ),
      this.staff.specialists([
        ...items.map((i) => i.presenterId),
        ...attendance.map((a) => a.specialistId),
      ]),
    ]);
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
          {
            timeZone: sites.get(conference.siteId)?.timeZone ?? 'UTC',
            cases: new Map(cases.map((c) => [c.id, c])),
            names: new Map([...staff].map(([id, s]) => [id, s.name])),
            recommendations,
          },
        ),
      );
  }

  private toModel(
    conference: Conference,
    items: AgendaItem[],
    attendance: Attendance[],
    shown: {
      timeZone: string;
      cases: Map<string, AgendaCase>;
      names: Map<string, string>;
      recommendations: Map<string, RecommendationModel>;
    },
  ): ConferenceModel {
    return {
      id: conference.id,
      title: conference.title,
      program: conference.program,
      startsAt: conference.startsAt,
      timeZone: shown.timeZone,
      capacityMinutes: conference.capacityMinutes,
      status: conference.status,
      currentAgendaItemId: conference.currentAgendaItemId,
      agenda: items.map((item) => {
        const shownCase = shown.cases.get(item.caseId)!;
        return {
          id: item.id,
          position: item.position,
          minutes: item.minutes,
          prospective: item.prospective,
          status: item.status,
          caseId: item.caseId,
          patientName: shownCase.patientName,
          summary: shownCase.summary,
          urgency: shownCase.urgency,
          presenterName: (item.presenterId && shown.names.get(item.presenterId)) ?? null,
          recommendation:
            item.status === 'PRESENTED' ? (shown.recommendations.get(item.caseId) ?? null) : null,
        };
      }),
      attendance: attendance.map((a) => ({
        specialistId: a.specialistId,
        name: shown.names.get(a.specialistId) ?? '',
        specialty: a.specialty,
      })),
    };
  }

  async addToAgenda(actor: Actor, input: AddCaseToAgendaInput): Promise<ConferenceModel> {
    try {
      await this.uow.run(CONFERENCE_CHANGES.addCaseToAgenda, actor, async (change) => {
        const { manager } = change;
        const conference = await manager.findOne(Conference, {
          where: { id: input.conferenceId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!conference) throw notFound('Conference');
        if (conference.status === 'CLOSED') throw conflict('The conference is closed.');
        const row = await this.cases.placeOnAgenda(manager, input.caseId);
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
        change.audit({ action: 'ADD_TO_AGENDA', entity: 'Case', entityId: row.id });
        this.changed(change, conference.id, 'AGENDA');
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('The case is already on this agenda.', 'caseId');
      throw error;
    }
    return this.load(actor, input.conferenceId);
  }

  /** Proposes the order (prospective, urgency, waiting) and applies it; cases over capacity go last. */
  async buildAgenda(actor: Actor, conferenceId: string): Promise<ConferenceModel> {
    await this.uow.run(CONFERENCE_CHANGES.buildAgenda, actor, async (change) => {
      const { manager } = change;
      const conference = await manager.findOneBy(Conference, { id: conferenceId });
      if (!conference) throw notFound('Conference');
      const items = await manager.findBy(AgendaItem, { conferenceId });
      const cases = new Map(
        (
          await this.cases.summaries(
            manager,
            items.map((i) => i.caseId),
          )
        ).map((c) => [c.id, c]),
      );
      const proposal = proposeAgenda(
        items.map((i) => ({
          id: i.id,
          urgency: cases.get(i.caseId)!.urgency,
          treatmentStarted: !i.prospective,
          submittedAt: cases.get(i.caseId)!.submittedAt,
          minutes: i.minutes,
        })),
        conference.capacityMinutes,
      );
      await this.applyOrder(manager, [...proposal.scheduled, ...proposal.overflow]);
      this.changed(change, conferenceId, 'AGENDA');
      change.audit({
        action: 'BUILD_AGENDA',
        entity: 'Conference',
        entityId: conferenceId,
        detail: `${proposal.overflow.length} over capacity`,
      });
    });
    return this.load(actor, conferenceId);
  }

  async reorder(actor: Actor, conferenceId: string, itemIds: string[]): Promise<ConferenceModel> {
    await this.uow.run(CONFERENCE_CHANGES.reorderAgenda, actor, async (change) => {
      const { manager } = change;
      const items = await manager.findBy(AgendaItem, { conferenceId });
      const same = items.length === itemIds.length && items.every((i) => itemIds.includes(i.id));
      if (!same)
        throw badInput('itemIds', 'Give every agenda item of the conference exactly once.');
      await this.applyOrder(manager, itemIds);
      this.changed(change, conferenceId, 'AGENDA');
      change.audit({ action: 'REORDER_AGENDA', entity: 'Conference', entityId: conferenceId });
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
    await this.uow.run(CONFERENCE_CHANGES.recordAttendance, actor, async (change) => {
      const { manager } = change;
      const conference = await manager.findOneBy(Conference, { id: conferenceId });
      if (!conference) throw notFound('Conference');
      const specialist = await this.staff.specialist(specialistId);
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
      change.audit({ action: 'ATTENDANCE', entity: 'Conference', entityId: conferenceId });
      this.changed(change, conferenceId, 'ATTENDANCE');
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
      await this.uow.run(CONFERENCE_CHANGES.recordRecommendation, actor, async (change) => {
        const { manager } = change;
        const item = await manager.findOneBy(AgendaItem, { id: input.agendaItemId });
        if (!item) throw notFound('Agenda item');
        conferenceId = item.conferenceId;
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
          dissent: input.dissent ?? null,
          recordedById: actor.userId,
        });
        await manager.save(recommendation);
        if (input.trialIds.length)
          await manager.insert(
            RecommendationTrial,
            [...new Set(input.trialIds)].map((trialId) => ({
              recommendationId: recommendation.id,
              trialId,
            })),
          );
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
        await this.cases.markDiscussed(manager, item.caseId);
        change.audit({ action: 'RECOMMEND', entity: 'Case', entityId: item.caseId });
        this.changed(change, item.conferenceId, 'RECOMMENDATION');
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(
          'A recommendation is already recorded for this case at this conference.',
          'agendaItemId',
        );
      if (violatedConstraint(error) === 'recommendation_trial_trial_id_fkey')
        throw badInput('trialIds', 'A trial named is not in the registry.');
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
    await this.uow.run(CONFERENCE_CHANGES.completeFollowUp, actor, async (change) => {
      const { manager } = change;
      const [done]: { conference_id: string }[] = await manager.query(
        `UPDATE follow_up f SET done_at = now() FROM recommendation r JOIN agenda_item a ON a.id = r.agenda_item_id
          WHERE f.id = $1 AND r.id = f.recommendation_id RETURNING a.conference_id`,
        [id],
      );
      if (!done) throw notFound('Follow-up');
      change.audit({ action: 'COMPLETE', entity: 'FollowUp', entityId: id });
      this.changed(change, done.conference_id, 'FOLLOW_UP');
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
    const followUps: { due_date: string; done_at: Date | null; site_id: string }[] =
      await this.dataSource.query(
        `SELECT to_char(f.due_date, 'YYYY-MM-DD') AS due_date, f.done_at, c.site_id
           FROM follow_up f JOIN recommendation r ON r.id = f.recommendation_id JOIN agenda_item a ON a.id = r.agenda_item_id
           JOIN conference c ON c.id = a.conference_id
          WHERE c.starts_at >= $1 AND c.starts_at < $2`,
        [from, to],
      );
    // Done "on time" is judged by the calendar of the conference's site.
    const sites = await this.staff.sites(followUps.map((f) => f.site_id));
    const doneOn = (f: (typeof followUps)[number]) =>
      f.done_at
        ? formatLocalDate(localDateOf(f.done_at, sites.get(f.site_id)?.timeZone ?? 'UTC'))
        : null;
    return conferenceMetrics({
      conferences: conferences.map((c) => ({ id: c.id, attendedSpecialties: c.specialties ?? [] })),
      presented: presented.map((p) => ({
        conferenceId: p.conference_id,
        prospective: p.prospective,
        stageDocumented: p.stage_documented,
        trialDiscussed: p.trial_discussed,
      })),
      followUps: followUps.map((f) => ({ dueDate: f.due_date, doneOn: doneOn(f) })),
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

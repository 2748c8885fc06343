import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AUTH_CHANGES } from '@oneday/api-auth';
import { CASE_CHANGES } from '@oneday/api-cases';
import { CLINIC_CHANGES } from '@oneday/api-clinic';
import { UnitOfWork, type ChangeDeclaration } from '@oneday/api-common';
import { CONFERENCE_CHANGES } from '@oneday/api-conference';
import { PATIENT_CHANGES } from '@oneday/api-patients';
import { TRIAL_CHANGES } from '@oneday/api-trials';
import { getNamedType, isInputObjectType, type GraphQLField } from 'graphql';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { WebSocket } from 'ws';
import { demoId } from '../src/seed/demo-ids.js';
import { startTestApi, type TestApi } from './test-api.js';

const DECLARED: Record<string, ChangeDeclaration> = {
  ...AUTH_CHANGES,
  ...PATIENT_CHANGES,
  ...CASE_CHANGES,
  ...CONFERENCE_CHANGES,
  ...CLINIC_CHANGES,
  ...TRIAL_CHANGES,
};

const CONFERENCE = demoId(8, 1);
const FIRST_ITEM = demoId(9, 1);

/** Every notification the database sends on the live channels, in order. */
async function listen(url: string): Promise<{ seen: string[]; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  const seen: string[] = [];
  client.on('notification', (m) => seen.push(`${m.channel} ${m.payload}`));
  await client.connect();
  await client.query('LISTEN conference_changed');
  await client.query('LISTEN day_schedule_changed');
  return { seen, close: () => client.end() };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 20));
}

describe('every change: one transaction, its audit events inside it, announcements after commit', () => {
  let api: TestApi;
  let coordinator: string;
  let physician: string;
  let mutations: Map<string, GraphQLField<unknown, unknown>>;

  beforeAll(async () => {
    api = await startTestApi();
    coordinator = await api.loginAs('coordinator@oneday.test');
    physician = await api.loginAs('physician@oneday.test');
    const schema = api.app.get(GraphQLSchemaHost).schema;
    mutations = new Map(Object.entries(schema.getMutationType()!.getFields()));
  });
  afterAll(() => api.close());

  const auditRows = async (action: string, entityId: string) =>
    (
      await api.dataSource.query(
        `SELECT outcome FROM audit_event WHERE action = $1 AND entity_id = $2`,
        [action, entityId],
      )
    ).map((r: { outcome: string }) => r.outcome);

  it('has a declaration for every mutation of the schema, and none for a mutation it lacks', () => {
    expect([...mutations.keys()].sort()).toEqual(Object.keys(DECLARED).sort());
  });

  it('announces every change to an existing meeting to its open screens', () => {
    const touchesMeeting = (field: GraphQLField<unknown, unknown>) =>
      field.args.some((arg) => {
        const type = getNamedType(arg.type);
        const names = isInputObjectType(type) ? Object.keys(type.getFields()) : [arg.name];
        return names.some((n) => ['conferenceId', 'agendaItemId'].includes(n));
      }) || field.name === 'completeFollowUp';
    const meetingChanges = [...mutations.values()].filter(touchesMeeting).map((f) => f.name);
    expect(meetingChanges.length).toBeGreaterThanOrEqual(6);
    for (const name of meetingChanges)
      expect([name, DECLARED[name].announces]).toEqual([name, ['conference_changed']]);
  });

  it('sends agenda, presenting, attendance and recommendation changes to a subscribed meeting screen', async () => {
    const ws = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${physician}` },
    });
    const reasons: string[] = [];
    const stop = ws.subscribe<{ conferenceChanged: { reason: string } }>(
      {
        query: 'subscription($id: ID!) { conferenceChanged(conferenceId: $id) { reason } }',
        variables: { id: CONFERENCE },
      },
      {
        next: (m) => void reasons.push(m.data!.conferenceChanged.reason),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await new Promise((r) => setTimeout(r, 300));
    const changes: [string, Record<string, unknown>, string][] = [
      [
        'mutation($input: AddCaseToAgendaInput!) { addCaseToAgenda(input: $input) { id } }',
        { input: { conferenceId: CONFERENCE, caseId: demoId(7, 3), minutes: 10 } },
        coordinator,
      ],
      [
        'mutation($c: ID!, $a: ID!) { presentAgendaItem(conferenceId: $c, agendaItemId: $a) { id } }',
        { c: CONFERENCE, a: FIRST_ITEM },
        coordinator,
      ],
      [
        'mutation($c: ID!, $s: ID!) { recordAttendance(conferenceId: $c, specialistId: $s) { id } }',
        { c: CONFERENCE, s: demoId(3, 5) },
        coordinator,
      ],
      [
        'mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { id } }',
        {
          input: {
            agendaItemId: FIRST_ITEM,
            consensusPlan: 'Surgery first, then adjuvant therapy.',
            modalities: ['SURGERY'],
            stageDocumented: true,
            trialDiscussed: false,
            trialIds: [],
            followUps: [],
          },
        },
        physician,
      ],
    ];
    for (const [query, variables, token] of changes) {
      const result = await api.gql(query, variables, token);
      expect(result.errors).toBeUndefined();
    }
    await until(() => reasons.length >= 4);
    expect(reasons).toEqual(['AGENDA', 'PRESENTING', 'ATTENDANCE', 'RECOMMENDATION']);
    expect(await auditRows('PRESENT', FIRST_ITEM)).toEqual(['ALLOWED']);
    stop();
    await ws.dispose();
  });

  it('leaves no audit row of success and no announcement when a change fails half-way', async () => {
    const live = await listen(String((api.dataSource.options as { url: string }).url));
    const item = demoId(9, 2);
    // The follow-up owner is unknown: the database refuses it after the recommendation is written.
    const failed = await api.gql(
      'mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { id } }',
      {
        input: {
          agendaItemId: item,
          consensusPlan: 'Radiation therapy to the prostate.',
          modalities: ['RADIATION'],
          stageDocumented: true,
          trialDiscussed: false,
          trialIds: [],
          followUps: [
            {
              kind: 'OTHER',
              description: 'Call the patient',
              ownerId: '00000000-0000-4000-8000-000000000000',
              dueDate: '2099-01-01',
            },
          ],
        },
      },
      physician,
    );
    expect(failed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const [{ n }] = await api.dataSource.query(
      'SELECT count(*)::int AS n FROM recommendation WHERE agenda_item_id = $1',
      [item],
    );
    expect(n).toBe(0);
    const [{ caseId }] = await api.dataSource.query(
      'SELECT case_id AS "caseId" FROM agenda_item WHERE id = $1',
      [item],
    );
    expect(await auditRows('RECOMMEND', caseId)).toEqual([]);
    // A later change's announcement arrives; the failed one's never does (commit order).
    await api.gql(
      'mutation($c: ID!, $s: ID!) { recordAttendance(conferenceId: $c, specialistId: $s) { id } }',
      { c: CONFERENCE, s: demoId(3, 7) },
      coordinator,
    );
    await until(() => live.seen.length > 0);
    expect(live.seen).toEqual([
      `conference_changed ${JSON.stringify({ conferenceId: CONFERENCE, reason: 'ATTENDANCE' })}`,
    ]);
    await live.close();
  });

  describe('the unit of work refuses a change that breaks its declaration, and rolls it back', () => {
    const marker = 'Unit of work test site';
    const insertSite = (manager: { query(sql: string, p: unknown[]): Promise<unknown> }) =>
      manager.query(`INSERT INTO site (name, time_zone) VALUES ($1, 'UTC')`, [marker]);
    const sites = async () =>
      (await api.dataSource.query('SELECT 1 FROM site WHERE name = $1', [marker])).length;
    const uow = () => api.app.get(UnitOfWork);

    it('when the declared audit event is missing', async () => {
      await expect(
        uow().run({ audit: 'CREATE', announces: [] }, null, async ({ manager }) => {
          await insertSite(manager);
        }),
      ).rejects.toThrow('recorded none');
      expect(await sites()).toBe(0);
    });

    it('when a declared announcement is missing, or an undeclared one is made', async () => {
      await expect(
        uow().run({ audit: 'CREATE', announces: ['day_schedule_changed'] }, null, async (c) => {
          await insertSite(c.manager);
          c.audit({ action: 'CREATE', entity: 'DemoCenter' });
        }),
      ).rejects.toThrow('announced none');
      await expect(
        uow().run({ audit: 'CREATE', announces: [] }, null, async (c) => {
          await insertSite(c.manager);
          c.audit({ action: 'CREATE', entity: 'DemoCenter' });
          c.announce('conference_changed', {});
        }),
      ).rejects.toThrow('undeclared announcement');
      expect(await sites()).toBe(0);
    });

    it('and writes the audit events of a change that keeps it, in the same transaction', async () => {
      await uow().run({ audit: 'CREATE', announces: [] }, null, async (c) => {
        await insertSite(c.manager);
        c.audit({ action: 'CREATE', entity: 'DemoCenter', detail: marker });
        c.audit({ action: 'UPDATE', entity: 'DemoCenter', detail: marker });
      });
      // The same transaction id wrote the site and both audit rows.
      const [{ n, together }] = await api.dataSource.query(
        `SELECT count(*)::int AS n,
                bool_and(a.xmin::text = (SELECT s.xmin::text FROM site s WHERE s.name = $1)) AS together
           FROM audit_event a WHERE a.detail = $1`,
        [marker],
      );
      expect([n, together]).toEqual([2, true]);
    });
  });
});

import { AuditModule } from '@oneday/api-audit';
import { AuthModule } from '@oneday/api-auth';
import { CasesModule } from '@oneday/api-cases';
import {
  featureTestingModule,
  refusal,
  type FeatureTestingModule,
  type TestActor,
} from '@oneday/api-testing';
import { TrialsModule } from '@oneday/api-trials';
import { ConferenceModule } from './conference.module.js';
import { ConferencesService } from './conferences.service.js';
import type { RecordRecommendationInput } from './dto/conference.inputs.js';

describe('ConferencesService', () => {
  let t: FeatureTestingModule;
  let conferences: ConferencesService;
  let coordinator: TestActor;

  beforeAll(async () => {
    t = await featureTestingModule({
      imports: [
        AuditModule,
        // Recommendations name the user who recorded them and the registry's trials.
        AuthModule.forRoot({ jwtSecret: 'lib-test-secret', tokenTtlSeconds: 600 }),
        CasesModule,
        TrialsModule.forRoot({ maxDataAgeDays: 180 }),
        ConferenceModule,
      ],
    });
    conferences = t.get(ConferencesService);
    coordinator = await t.anActor('COORDINATOR');
  });
  afterAll(() => t?.close());

  /** A scheduled breast conference with one submitted case on its agenda. */
  const aConferenceWithACase = async () => {
    const site = await t.aSite();
    const submitter = await t.aSpecialist({ siteId: site.id });
    const caseId = await t.aCase({
      patientId: await t.aPatient({ givenName: 'Rosa', familyName: 'Mendez' }),
      submittedById: submitter,
    });
    const conference = await conferences.schedule(coordinator, {
      siteId: site.id,
      title: 'Breast tumor board',
      program: 'BREAST',
      startsAt: new Date(Date.now() + 86_400_000),
      capacityMinutes: 60,
    });
    const withCase = await conferences.addToAgenda(coordinator, {
      conferenceId: conference.id,
      caseId,
      minutes: 15,
    });
    return { site, submitter, caseId, conference: withCase };
  };

  const recommendation = (
    agendaItemId: string,
    overrides: Partial<RecordRecommendationInput> = {},
  ): RecordRecommendationInput => ({
    agendaItemId,
    consensusPlan: 'Neoadjuvant chemotherapy, then surgery.',
    modalities: ['SYSTEMIC_THERAPY', 'SURGERY'],
    stageDocumented: true,
    trialDiscussed: false,
    trialIds: [],
    followUps: [],
    ...overrides,
  });

  it('puts a case on the agenda (the case ON_AGENDA), audited and announced', async () => {
    const meeting = await t.listen('conference_changed');
    const { caseId, conference, submitter } = await aConferenceWithACase();

    expect(conference.agenda).toMatchObject([
      { position: 1, minutes: 15, caseId, patientName: 'Rosa Mendez', status: 'PENDING' },
    ]);
    expect(
      await t.sql(
        'SELECT c.status, a.presenter_id FROM cancer_case c JOIN agenda_item a ON a.case_id = c.id WHERE c.id = $1',
        [caseId],
      ),
    ).toEqual([{ status: 'ON_AGENDA', presenter_id: submitter }]);
    expect(await t.sql(`SELECT action FROM audit_event WHERE entity_id = $1`, [caseId])).toEqual([
      { action: 'ADD_TO_AGENDA' },
    ]);
    expect(await meeting.next()).toEqual([{ conferenceId: conference.id, reason: 'AGENDA' }]);
    expect(
      await refusal(
        conferences.addToAgenda(coordinator, { conferenceId: conference.id, caseId, minutes: 10 }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'caseId' });
  });

  it('records attendance (the meeting starts) and a recommendation (the case DISCUSSED), each announced', async () => {
    const { caseId, conference, site } = await aConferenceWithACase();
    const oncologist = await t.aSpecialist({ siteId: site.id, specialty: 'MEDICAL_ONCOLOGIST' });
    const trialId = await t.aTrial();
    const meeting = await t.listen('conference_changed');

    const attended = await conferences.recordAttendance(coordinator, conference.id, oncologist);
    expect(attended).toMatchObject({
      status: 'IN_PROGRESS',
      attendance: [{ specialistId: oncologist, specialty: 'MEDICAL_ONCOLOGIST' }],
    });
    const recommended = await conferences.recordRecommendation(
      coordinator,
      recommendation(conference.agenda[0].id, {
        trialDiscussed: true,
        trialIds: [trialId],
        followUps: [
          {
            kind: 'TRIAL_SCREENING',
            description: 'Screen for the trial',
            dueDate: '2026-12-31',
            ownerId: oncologist,
          },
        ],
      }),
    );

    expect(recommended.agenda[0]).toMatchObject({
      status: 'PRESENTED',
      recommendation: { trialIds: [trialId], followUps: [{ kind: 'TRIAL_SCREENING' }] },
    });
    expect(await t.sql('SELECT status FROM cancer_case WHERE id = $1', [caseId])).toEqual([
      { status: 'DISCUSSED' },
    ]);
    expect(
      await t.sql(`SELECT recorded_by_id FROM recommendation WHERE case_id = $1`, [caseId]),
    ).toEqual([{ recorded_by_id: coordinator.userId }]);
    expect(await meeting.next(2)).toEqual([
      { conferenceId: conference.id, reason: 'ATTENDANCE' },
      { conferenceId: conference.id, reason: 'RECOMMENDATION' },
    ]);
  });

  it('refuses a recommendation naming an unknown trial with BAD_USER_INPUT on trialIds, and writes nothing', async () => {
    const { caseId, conference } = await aConferenceWithACase();
    const meeting = await t.listen('conference_changed');
    const before = [
      await t.count('recommendation'),
      await t.count('follow_up'),
      await t.count('audit_event', `action = 'RECOMMEND'`),
    ];

    const refused = await refusal(
      conferences.recordRecommendation(
        coordinator,
        recommendation(conference.agenda[0].id, {
          trialDiscussed: true,
          trialIds: ['00000000-0000-4000-8000-000000000000'],
          followUps: [{ kind: 'OTHER', description: 'Call the patient', dueDate: '2026-12-31' }],
        }),
      ),
    );

    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trialIds' });
    expect([
      await t.count('recommendation'),
      await t.count('follow_up'),
      await t.count('audit_event', `action = 'RECOMMEND'`),
    ]).toEqual(before);
    expect(await t.sql('SELECT status FROM cancer_case WHERE id = $1', [caseId])).toEqual([
      { status: 'ON_AGENDA' },
    ]);
    // Nothing committed, so nothing is announced (waited for briefly).
    expect(await meeting.next(1, 300)).toEqual([]);
  });
});

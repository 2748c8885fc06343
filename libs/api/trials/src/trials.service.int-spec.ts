import { AuditModule } from '@oneday/api-audit';
import { AuthModule } from '@oneday/api-auth';
import {
  featureTestingModule,
  refusal,
  type FeatureTestingModule,
  type TestActor,
} from '@oneday/api-testing';
import { readFileSync } from 'node:fs';
import { TrialsModule } from './trials.module.js';
import { TrialsService } from './trials.service.js';

/** Real ClinicalTrials.gov API v2 records, as the demo seed imports them. */
const ctgov = (nctId: string) =>
  readFileSync(
    new URL(`../../../../apps/api/src/seed/data/${nctId}.json`, import.meta.url),
    'utf8',
  );

describe('TrialsService', () => {
  let t: FeatureTestingModule;
  let trials: TrialsService;
  let coordinator: TestActor;

  beforeAll(async () => {
    t = await featureTestingModule({
      imports: [
        AuditModule,
        // Reviews name their reviewer (users); matches read cases; visits are the clinic's.
        AuthModule.forRoot({ jwtSecret: 'lib-test-secret', tokenTtlSeconds: 600 }),
        TrialsModule.forRoot({ maxDataAgeDays: 180 }),
      ],
    });
    trials = t.get(TrialsService);
    coordinator = await t.anActor('COORDINATOR');
  });
  afterAll(() => t?.close());

  const trialId = async (nctId: string) =>
    (await t.sql<{ id: string }>('SELECT id FROM trial WHERE nct_id = $1', [nctId]))[0].id;

  describe('import', () => {
    it('imports a ClinicalTrials.gov record, then refreshes it and keeps the center’s curation', async () => {
      const coordinator = await t.anActor('COORDINATOR');
      const result = await trials.import(coordinator, ctgov('NCT02513394'));
      expect(result).toMatchObject({
        imported: 1,
        updated: 0,
        rejected: 0,
        records: [{ nctId: 'NCT02513394', outcome: 'IMPORTED' }],
      });
      const [row] = await t.sql(
        'SELECT title, programs, overall_status FROM trial WHERE nct_id = $1',
        ['NCT02513394'],
      );
      expect(row).toMatchObject({
        title: 'PALbociclib CoLlaborative Adjuvant Study',
        programs: ['BREAST'],
      });
      const id = await trialId('NCT02513394');
      await trials.updateCriteria(coordinator, id, { programs: ['BREAST'], ecogMax: 1 });

      expect(await trials.import(coordinator, ctgov('NCT02513394'))).toMatchObject({
        imported: 0,
        updated: 1,
      });
      const [curated] = await t.sql<{ criteria: Record<string, unknown> }>(
        'SELECT criteria FROM trial WHERE id = $1',
        [id],
      );
      expect(curated.criteria).toMatchObject({ programs: ['BREAST'], ecogMax: 1 });
      expect(
        await t.sql(
          `SELECT detail FROM audit_event WHERE action = 'IMPORT' AND actor_id = $1 ORDER BY occurred_at`,
          [coordinator.userId],
        ),
      ).toEqual([
        { detail: '1 new, 0 updated, 0 rejected' },
        { detail: '0 new, 1 updated, 0 rejected' },
      ]);
    });

    it('rejects what is not a study, and refuses what is not JSON with BAD_USER_INPUT on json', async () => {
      expect(await trials.import(coordinator, '{"hello": "world"}')).toMatchObject({
        imported: 0,
        rejected: 1,
        records: [{ nctId: null, outcome: 'REJECTED' }],
      });
      expect(await refusal(trials.import(coordinator, '{not json'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'json',
      });
    });
  });

  describe('matches and reviews', () => {
    it('ranks every trial for a case, and a review keeps its decision (the latest shown, all kept)', async () => {
      await trials.import(coordinator, ctgov('NCT03377387'));
      const physician = await t.anActor('PHYSICIAN');
      const caseId = await t.aCase({
        patientId: await t.aPatient({ birthDate: '1964-01-15' }),
        submittedById: physician.specialistId!,
      });
      const neratinib = await trialId('NCT03377387');

      const matches = await trials.matches(physician, caseId);
      expect(matches.map((m) => m.rank)).toEqual(matches.map((_, i) => i + 1));
      expect(matches.map((m) => m.trial.nctId)).toEqual(expect.arrayContaining(['NCT03377387']));
      expect(matches.every((m) => m.review === null)).toBe(true);

      await trials.recordReview(physician, {
        caseId,
        trialId: neratinib,
        decision: 'CONSIDER',
        reason: 'HER2 status to be confirmed',
        patientInterest: 'INTERESTED',
        contactConsent: true,
      });
      await trials.recordReview(physician, {
        caseId,
        trialId: neratinib,
        decision: 'DEFER',
        reason: 'Waiting for pathology',
      });

      const reviewed = (await trials.matches(physician, caseId)).find(
        (m) => m.trial.id === neratinib,
      );
      expect(reviewed?.review).toMatchObject({
        decision: 'DEFER',
        reason: 'Waiting for pathology',
      });
      expect(
        await t.sql(
          'SELECT decision, contact_consent, consent_discussed_by_id FROM trial_review WHERE case_id = $1 ORDER BY reviewed_at',
          [caseId],
        ),
      ).toEqual([
        { decision: 'CONSIDER', contact_consent: true, consent_discussed_by_id: physician.userId },
        { decision: 'DEFER', contact_consent: null, consent_discussed_by_id: null },
      ]);
      expect(
        await t.sql(
          `SELECT detail FROM audit_event WHERE action = 'REVIEW' AND actor_id = $1 ORDER BY occurred_at`,
          [physician.userId],
        ),
      ).toEqual([{ detail: 'NCT03377387: CONSIDER' }, { detail: 'NCT03377387: DEFER' }]);
    });

    it('refuses consent to contact without interest, and a colleague’s case, writing no review', async () => {
      const physician = await t.anActor('PHYSICIAN');
      const colleague = await t.anActor('PHYSICIAN');
      const caseId = await t.aCase({
        patientId: await t.aPatient(),
        submittedById: physician.specialistId!,
      });
      const trial = await t.aTrial();

      expect(
        await refusal(
          trials.recordReview(physician, {
            caseId,
            trialId: trial,
            decision: 'CONSIDER',
            reason: '',
            patientInterest: 'UNDECIDED',
            contactConsent: true,
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactConsent' });
      expect(
        await refusal(
          trials.recordReview(colleague, { caseId, trialId: trial, decision: 'DEFER', reason: '' }),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(await t.count('trial_review', 'case_id = $1', [caseId])).toBe(0);
    });
  });
});

import { AuditModule } from '@oneday/api-audit';
import { PatientsService } from '@oneday/api-patients';
import { featureTestingModule, refusal, type FeatureTestingModule } from '@oneday/api-testing';
import { CasesModule } from './cases.module.js';
import { CasesService } from './cases.service.js';
import type { SubmitCaseInput } from './dto/submit-case.input.js';

const TODAY = '2026-03-10';

const submission = (mrn: string, overrides: Partial<SubmitCaseInput> = {}): SubmitCaseInput => ({
  mrn,
  program: 'BREAST',
  primarySite: 'Left breast, upper outer quadrant',
  histology: 'Invasive ductal carcinoma',
  clinicalT: 'cT2',
  clinicalN: 'cN1',
  clinicalM: 'cM0',
  stageGroup: 'iib',
  biomarkers: [{ name: 'HER2', value: 'negative', observedOn: '2026-03-01' }],
  ecog: 0,
  priorTherapy: [],
  treatmentStarted: false,
  question: 'Neoadjuvant chemotherapy before surgery?',
  urgency: 'SOON',
  findings: [],
  ...overrides,
});

describe('CasesService', () => {
  let t: FeatureTestingModule;
  let cases: CasesService;

  beforeAll(async () => {
    t = await featureTestingModule({ imports: [AuditModule, CasesModule] });
    cases = t.get(CasesService);
  });
  afterAll(() => t?.close());

  const aPatientWithMrn = async () => {
    const mrn = `MRN-${Math.random().toString(36).slice(2, 10)}`;
    return { mrn, id: await t.aPatient({ mrn }) };
  };

  describe('submit', () => {
    it('stores the case for the physician, SUBMITTED, with a SUBMIT audit row', async () => {
      const physician = await t.anActor('PHYSICIAN');
      const patient = await aPatientWithMrn();

      const record = await cases.submit(physician, submission(patient.mrn), TODAY);

      expect(record).toMatchObject({
        patient: { id: patient.id, mrn: patient.mrn },
        submittedBy: { id: physician.specialistId },
        status: 'SUBMITTED',
        stageGroup: 'IIB',
      });
      const [row] = await t.sql(
        'SELECT patient_id, submitted_by_id, status, biomarkers, first_on_agenda_at FROM cancer_case WHERE id = $1',
        [record.id],
      );
      expect(row).toEqual({
        patient_id: patient.id,
        submitted_by_id: physician.specialistId,
        status: 'SUBMITTED',
        biomarkers: { HER2: { value: 'negative', observedOn: '2026-03-01' } },
        first_on_agenda_at: null,
      });
      expect(
        await t.sql('SELECT actor_id, action, outcome FROM audit_event WHERE entity_id = $1', [
          record.id,
        ]),
      ).toEqual([{ actor_id: physician.userId, action: 'SUBMIT', outcome: 'ALLOWED' }]);
    });

    it.each([
      ['stageGroup', { clinicalM: 'cM1', stageGroup: 'IIB' }],
      ['clinicalT', { clinicalT: 'T9' }],
      ['stageGroup', { stageGroup: 'stage two' }],
      [
        'biomarkers.0.observedOn',
        { biomarkers: [{ name: 'ER', value: '90%', observedOn: '2026-03-11' }] },
      ],
      ['mrn', { mrn: 'NO-SUCH-MRN' }],
    ] as [string, Partial<SubmitCaseInput>][])(
      'answers BAD_USER_INPUT on %s and writes nothing',
      async (field, overrides) => {
        const physician = await t.anActor('PHYSICIAN');
        const patient = await aPatientWithMrn();
        const before = [await t.count('cancer_case'), await t.count('audit_event')];

        const refused = await refusal(
          cases.submit(physician, submission(patient.mrn, overrides), TODAY),
        );

        expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect([await t.count('cancer_case'), await t.count('audit_event')]).toEqual(before);
      },
    );

    it('is for physicians only', async () => {
      const coordinator = await t.anActor('COORDINATOR');
      const patient = await aPatientWithMrn();
      expect(
        await refusal(cases.submit(coordinator, submission(patient.mrn), TODAY)),
      ).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('placeOnAgenda', () => {
    it('remembers the first time and moves SUBMITTED to ON_AGENDA, once', async () => {
      const submitter = await t.aSpecialist();
      const caseId = await t.aCase({ patientId: await t.aPatient(), submittedById: submitter });

      const summary = await t.dataSource.transaction((m) => cases.placeOnAgenda(m, caseId));
      expect(summary).toMatchObject({ id: caseId, submittedById: submitter });
      const [first] = await t.sql<{ status: string; first_on_agenda_at: Date }>(
        'SELECT status, first_on_agenda_at FROM cancer_case WHERE id = $1',
        [caseId],
      );
      expect(first.status).toBe('ON_AGENDA');
      expect(first.first_on_agenda_at).toBeInstanceOf(Date);

      await t.dataSource.transaction((m) => cases.markDiscussed(m, caseId));
      await t.dataSource.transaction((m) => cases.placeOnAgenda(m, caseId));
      expect(
        await t.sql('SELECT status, first_on_agenda_at FROM cancer_case WHERE id = $1', [caseId]),
      ).toEqual([{ status: 'DISCUSSED', first_on_agenda_at: first.first_on_agenda_at }]);
    });

    it('answers null for an unknown case', async () => {
      expect(
        await t.dataSource.transaction((m) =>
          cases.placeOnAgenda(m, '00000000-0000-4000-8000-000000000000'),
        ),
      ).toBeNull();
    });
  });

  describe('what a physician sees', () => {
    it('lists their own cases and cases ever on an agenda, not a colleague’s others', async () => {
      const physician = await t.anActor('PHYSICIAN');
      const colleague = await t.aSpecialist();
      const patient = await t.aPatient();
      const own = await t.aCase({ patientId: patient, submittedById: physician.specialistId! });
      const colleagues = await t.aCase({ patientId: await t.aPatient(), submittedById: colleague });
      const onAgenda = await t.aCase({ patientId: await t.aPatient(), submittedById: colleague });
      await t.dataSource.transaction((m) => cases.placeOnAgenda(m, onAgenda));

      // Other tests of this file put cases on agendas too: those are visible as well.
      const seen = (await cases.list(physician, {})).map((c) => c.id);
      expect(seen).toEqual(expect.arrayContaining([own, onAgenda]));
      expect(seen).not.toContain(colleagues);
      expect((await cases.list(physician, { mine: true })).map((c) => c.id)).toEqual([own]);
      expect(await refusal(cases.get(physician, colleagues))).toMatchObject({ code: 'FORBIDDEN' });
      expect((await cases.get(physician, onAgenda)).id).toBe(onAgenda);
    });

    it('decides patient access from the cases (the relations cases provide to patients)', async () => {
      const physician = await t.anActor('PHYSICIAN');
      const coordinator = await t.anActor('COORDINATOR');
      const patients = t.get(PatientsService);
      const withCase = await t.aPatient();
      const onAgenda = await t.aPatient();
      const unrelated = await t.aPatient();
      await t.aCase({ patientId: withCase, submittedById: physician.specialistId! });
      const agendaCase = await t.aCase({
        patientId: onAgenda,
        submittedById: await t.aSpecialist(),
      });
      await t.dataSource.transaction((m) => cases.placeOnAgenda(m, agendaCase));

      expect(await patients.access(physician, withCase)).toEqual({ allowed: true });
      expect(await patients.access(physician, onAgenda)).toEqual({ allowed: true });
      expect(await patients.access(physician, unrelated)).toMatchObject({ allowed: false });
      expect(await refusal(patients.get(physician, unrelated))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await patients.access(coordinator, unrelated)).toEqual({ allowed: true });
      const found = (await patients.search(physician, undefined)).map((p) => p.id);
      expect(found).toEqual(expect.arrayContaining([withCase, onAgenda]));
      expect(found).not.toContain(unrelated);
    });

    it('refuses the case list to patients and admins', async () => {
      expect(await refusal(cases.list(await t.anActor('PATIENT'), {}))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await refusal(cases.list(await t.anActor('ADMIN'), {}))).toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });
});

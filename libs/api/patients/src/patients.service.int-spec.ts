import { AuditModule } from '@oneday/api-audit';
import { featureTestingModule, refusal, type FeatureTestingModule } from '@oneday/api-testing';
import type { PatientRelations } from '@oneday/domain';
import type { RegisterPatientInput } from './dto/register-patient.input.js';
import { PatientRelationsSource } from './patient-record.js';
import { PatientsModule } from './patients.module.js';
import { PatientsService } from './patients.service.js';

/**
 * The relations the cases feature would report on a database without cases: nobody is related
 * to anyone. (Cases sit above patients; the physician-with-a-case rule is tested there.)
 */
class NoCasesYet extends PatientRelationsSource {
  async relationsOf(ids: readonly string[]): Promise<Map<string, PatientRelations>> {
    return new Map(
      ids.map((patientId) => [
        patientId,
        { patientId, submittingSpecialistIds: [], onConferenceAgenda: false },
      ]),
    );
  }
}

const input = (overrides: Partial<RegisterPatientInput> = {}): RegisterPatientInput => ({
  mrn: 'MRN-1001',
  givenName: 'Ana',
  familyName: 'Reyes',
  birthDate: '1968-02-29',
  sex: 'FEMALE',
  language: 'es',
  needsInterpreter: true,
  ...overrides,
});

describe('PatientsService', () => {
  let t: FeatureTestingModule;
  let patients: PatientsService;

  beforeAll(async () => {
    t = await featureTestingModule({
      imports: [AuditModule, PatientsModule],
      providers: [{ provide: PatientRelationsSource, useClass: NoCasesYet }],
    });
    patients = t.get(PatientsService);
  });
  afterAll(() => t?.close());

  describe('register', () => {
    it('stores the patient and a CREATE audit row naming them', async () => {
      const coordinator = await t.anActor('COORDINATOR');
      const patient = await patients.register(coordinator, input({ mrn: 'MRN-REG-1' }));
      const [row] = await t.sql(
        'SELECT mrn, language, needs_interpreter, phone FROM patient WHERE id = $1',
        [patient.id],
      );
      expect(row).toEqual({
        mrn: 'MRN-REG-1',
        language: 'es',
        needs_interpreter: true,
        phone: null,
      });
      const audit = await t.sql(
        `SELECT actor_id, actor_role, action, entity, outcome FROM audit_event WHERE entity_id = $1`,
        [patient.id],
      );
      expect(audit).toEqual([
        {
          actor_id: coordinator.userId,
          actor_role: 'COORDINATOR',
          action: 'CREATE',
          entity: 'Patient',
          outcome: 'ALLOWED',
        },
      ]);
    });

    it('answers CONFLICT on mrn for a duplicate MRN and writes nothing', async () => {
      const coordinator = await t.anActor('COORDINATOR');
      await patients.register(coordinator, input({ mrn: 'MRN-DUP-1' }));
      const [patientsBefore, auditBefore] = [
        await t.count('patient'),
        await t.count('audit_event'),
      ];

      const refused = await refusal(
        patients.register(coordinator, input({ mrn: 'MRN-DUP-1', givenName: 'Other' })),
      );

      expect(refused).toMatchObject({ code: 'CONFLICT', field: 'mrn' });
      expect(await t.count('patient')).toBe(patientsBefore);
      expect(await t.count('audit_event')).toBe(auditBefore);
    });
  });

  describe('get', () => {
    it('gives a coordinator any patient and records the read', async () => {
      const coordinator = await t.anActor('COORDINATOR');
      const id = await t.aPatient({ familyName: 'Okafor' });
      expect(await patients.get(coordinator, id)).toMatchObject({ id, familyName: 'Okafor' });
      expect(
        await t.sql(`SELECT action, outcome FROM audit_event WHERE entity_id = $1`, [id]),
      ).toEqual([{ action: 'READ', outcome: 'ALLOWED' }]);
    });

    it('gives a patient themself, and FORBIDDEN (audited DENIED) for anyone else', async () => {
      const self = await t.anActor('PATIENT');
      const other = await t.aPatient();
      expect(await patients.get(self, self.patientId!)).toMatchObject({ id: self.patientId });
      expect(await refusal(patients.get(self, other))).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        await t.sql(`SELECT actor_id, outcome FROM audit_event WHERE entity_id = $1`, [other]),
      ).toEqual([{ actor_id: self.userId, outcome: 'DENIED' }]);
    });

    it('refuses a physician with no case for the patient', async () => {
      const physician = await t.anActor('PHYSICIAN');
      const id = await t.aPatient();
      expect(await refusal(patients.get(physician, id))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await patients.access(physician, id)).toMatchObject({ allowed: false });
    });
  });
});

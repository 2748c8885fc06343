import * as audit from '@oneday/api-audit';
import * as auth from '@oneday/api-auth';
import * as cases from '@oneday/api-cases';
import * as clinic from '@oneday/api-clinic';
import * as conference from '@oneday/api-conference';
import * as fhir from '@oneday/api-fhir';
import * as patients from '@oneday/api-patients';
import * as specialists from '@oneday/api-specialists';
import * as trials from '@oneday/api-trials';
import { getMetadataArgsStorage } from 'typeorm';

const LIBS = { audit, auth, cases, clinic, conference, fhir, patients, specialists, trials };

describe('feature libraries', () => {
  it('export no table entity: other features ask the owner', () => {
    const entities = new Set(getMetadataArgsStorage().tables.map((t) => t.target));
    expect(entities.size).toBeGreaterThan(15);
    const leaked = Object.entries(LIBS).flatMap(([lib, exports]) =>
      Object.entries(exports)
        .filter(([, value]) => entities.has(value as never))
        .map(([name]) => `${lib}.${name}`),
    );
    expect(leaked).toEqual([]);
  });

  it('export the module, its services, declarations and plain types, and nothing else', () => {
    const names = Object.fromEntries(
      Object.entries(LIBS).map(([lib, exports]) => [lib, Object.keys(exports).sort()]),
    );
    expect(names).toEqual({
      audit: ['AuditModule'],
      auth: ['AUTH_CHANGES', 'AuthModule', 'AuthService', 'hashPassword'],
      cases: ['CASE_CHANGES', 'CaseModel', 'CasesModule', 'CasesService'],
      clinic: ['CLINIC_CHANGES', 'ClinicDaysService', 'ClinicModule'],
      conference: ['CONFERENCE_CHANGES', 'ConferenceModule'],
      fhir: ['FHIR_JSON', 'FhirErrorsFilter', 'FhirModule', 'fhirBase', 'fhirId'],
      patients: [
        'PATIENT_CHANGES',
        'PatientRelationsSource',
        'PatientsModule',
        'PatientsService',
        'fullName',
      ],
      specialists: ['SpecialistsModule', 'StaffDirectory'],
      trials: ['TRIAL_CHANGES', 'TrialsModule'],
    });
  });
});

import fc from 'fast-check';
import { patientFromFhir, toFhirPatient, type PatientRecord } from './patient.js';
import {
  toFhirConsent,
  toFhirResearchStudy,
  toFhirResearchSubject,
  type TrialReviewRecord,
} from './research.js';

const review = (over: Partial<TrialReviewRecord>): TrialReviewRecord => ({
  id: 'r1',
  trialId: 't1',
  patientId: 'p1',
  decision: 'CONSIDER',
  patientInterest: 'INTERESTED',
  contactConsent: true,
  consentDiscussedAt: new Date('2026-11-20T17:00:00Z'),
  consentWithdrawnAt: null,
  reviewedAt: new Date('2026-11-20T17:00:00Z'),
  ...over,
});

describe('FHIR mapping', () => {
  it('reads back every patient it writes (property)', () => {
    const name = fc.stringMatching(/^[A-Za-zÀ-ÿ' -]{1,30}$/);
    fc.assert(
      fc.property(
        fc.record<PatientRecord>({
          id: fc.uuid(),
          mrn: fc.stringMatching(/^[A-Z0-9-]{3,12}$/),
          givenName: name,
          familyName: name,
          birthDate: fc.constantFrom('1950-01-31', '1988-02-29', '2001-12-01'),
          sex: fc.constantFrom('FEMALE', 'MALE', 'OTHER', 'UNKNOWN'),
          language: fc.constantFrom('en', 'es', 'zh-Hant'),
          phone: fc.option(fc.constant('+1 555 0100'), { nil: null }),
          email: fc.option(fc.constant('someone@example.org'), { nil: null }),
        }),
        (patient) => {
          const { id: _id, mrn: _mrn, ...rest } = patient;
          expect(patientFromFhir(toFhirPatient(patient))).toEqual(rest);
        },
      ),
    );
  });

  it('maps ClinicalTrials.gov status and phases to the R4 value sets', () => {
    const study = (overallStatus: string, phases: string[]) =>
      toFhirResearchStudy({
        id: 's',
        nctId: 'NCT02513394',
        title: 'PALLAS',
        overallStatus,
        phases,
        sponsor: 'Alliance',
        programs: ['BREAST'],
        siteIds: [],
        eligibilityText: '',
      });
    expect(study('RECRUITING', ['PHASE3'])).toMatchObject({
      status: 'active',
      phase: { coding: [{ code: 'phase-3' }] },
    });
    expect(study('ACTIVE_NOT_RECRUITING', ['PHASE2', 'PHASE1'])).toMatchObject({
      status: 'closed-to-accrual',
      phase: { coding: [{ code: 'phase-1-phase-2' }] },
    });
    expect(study('SOMETHING_NEW', ['NA'])).toMatchObject({
      status: 'in-review',
      phase: { coding: [{ code: 'n-a' }] },
    });
  });

  it('follows the trial review into subject status and consent', () => {
    expect(toFhirResearchSubject(review({}))['status']).toBe('candidate');
    expect(toFhirResearchSubject(review({ decision: 'NOT_ELIGIBLE' }))['status']).toBe(
      'ineligible',
    );
    const withdrawn = review({ consentWithdrawnAt: new Date('2026-11-22T10:00:00Z') });
    expect(toFhirResearchSubject(withdrawn)['status']).toBe('withdrawn');
    expect(toFhirConsent(withdrawn)).toMatchObject({
      status: 'inactive',
      provision: { type: 'deny' },
    });
    expect(toFhirConsent(review({ contactConsent: false }))?.['status']).toBe('rejected');
    expect(toFhirConsent(review({ contactConsent: null }))).toBeNull();
  });
});

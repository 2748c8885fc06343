import {
  patientFromFhir,
  toFhirAppointment,
  toFhirCondition,
  toFhirConsent,
  toFhirResearchStudy,
  toFhirResearchSubject,
  toFhirSlot,
  type FhirResource,
} from '@oneday/domain';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { DEMO_SITE_ID, demoId } from '../src/seed/demo-ids.js';
import { fhirSchemaErrors } from './fhir-schema.js';
import { startTestApi, type TestApi } from './test-api.js';

const maria = demoId(4, 1);
const mariasCase = demoId(7, 1);
const aisha = demoId(4, 3);

interface Entry {
  resource: FhirResource;
}

describe('FHIR R4 read endpoints', () => {
  let api: TestApi;
  let base: string;
  let coordinator: string;
  let physician: string;
  let patient: string;
  let clinicDayId: string;
  let visitId: string;
  let reviewId: string;

  const read = async (path: string, token?: string) => {
    const response = await fetch(`${base}/fhir/${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as FhirResource,
    };
  };

  beforeAll(async () => {
    // Compiling the R4 schema blocks this process, the api's server included, for seconds on a
    // busy machine: done before any request, so no keep-alive connection the server has already
    // timed out is reused afterwards (ECONNRESET).
    fhirSchemaErrors({ resourceType: 'Bundle' });
    api = await startTestApi();
    base = api.url.replace(/\/graphql$/, '');
    [coordinator, physician, patient] = await Promise.all([
      api.loginAs('coordinator@oneday.test'),
      api.loginAs('physician@oneday.test'),
      api.loginAs('patient@oneday.test'),
    ]);
    const itinerary = await api.gql<{ myItinerary: { id: string; visits: { id: string }[] }[] }>(
      '{ myItinerary { id visits { id } } }',
      {},
      patient,
    );
    clinicDayId = itinerary.data!.myItinerary[0].id;
    visitId = itinerary.data!.myItinerary[0].visits[0].id;
    const review = await api.gql<{ recordTrialReview: { id: string } }>(
      `mutation($input: RecordTrialReviewInput!) { recordTrialReview(input: $input) { id } }`,
      {
        input: {
          caseId: mariasCase,
          trialId: demoId(11, 1),
          decision: 'CONSIDER',
          reason: 'HR+/HER2- stage IIB',
          patientInterest: 'INTERESTED',
          contactConsent: true,
          consentDiscussedAt: new Date().toISOString(),
        },
      },
      physician,
    );
    reviewId = review.data!.recordTrialReview.id;
  });
  afterAll(() => api.close());

  it('emits every resource type valid against the official R4 JSON schema', async () => {
    const { body: slots } = await read(`Slot?schedule=${demoId(3, 1)}`, coordinator);
    const firstSlot = (slots['entry'] as Entry[])[0].resource.id;
    const paths = [
      'metadata',
      'Practitioner',
      `Practitioner/${demoId(3, 1)}`,
      'PractitionerRole',
      `PractitionerRole/${demoId(3, 1)}`,
      'Location',
      `Location/${DEMO_SITE_ID}`,
      `Schedule/${demoId(3, 1)}`,
      `Slot?schedule=${demoId(3, 1)}`,
      `Slot/${firstSlot}`,
      `Appointment/${visitId}`,
      `Patient/${maria}`,
      `Condition/${mariasCase}`,
      'ResearchStudy',
      `ResearchStudy/${demoId(11, 1)}`,
      `ResearchSubject/${reviewId}`,
      `Consent/${reviewId}`,
      `clinic-days/${clinicDayId}/bundle`,
    ];
    const seen = new Set<string>();
    for (const path of paths) {
      const { status, type, body } = await read(path, coordinator);
      expect({ path, status }).toEqual({ path, status: 200 });
      expect(type).toMatch(/^application\/fhir\+json/);
      expect({ path, errors: fhirSchemaErrors(body) }).toEqual({ path, errors: [] });
      seen.add(body.resourceType);
      for (const entry of (body['entry'] ?? []) as Entry[]) seen.add(entry.resource.resourceType);
    }
    expect([...seen].sort()).toEqual([
      'Appointment',
      'Bundle',
      'CapabilityStatement',
      'Condition',
      'Consent',
      'Location',
      'Patient',
      'Practitioner',
      'PractitionerRole',
      'ResearchStudy',
      'ResearchSubject',
      'Schedule',
      'Slot',
    ]);
  });

  it('shapes a case as an mCODE primary cancer condition with stage and tumor markers', async () => {
    const { body } = await read(`Condition/${mariasCase}`, physician);
    const contained = body['contained'] as FhirResource[];
    expect(contained.map((c) => c.resourceType)).toContain('Observation');
    const her2 = contained.find((c) => c.id === 'marker-HER2');
    expect(her2?.['code']).toMatchObject({
      coding: [{ system: 'http://loinc.org', code: '48676-1' }],
    });
    expect(body['stage']).toEqual([
      expect.objectContaining({
        summary: expect.objectContaining({
          coding: [expect.objectContaining({ system: 'http://cancerstaging.org' })],
        }),
      }),
    ]);
    expect(body['subject']).toEqual({ reference: `Patient/${maria}` });
  });

  it('exports one patient’s clinic day as a Bundle: the patient, every visit, who and where', async () => {
    const { body } = await read(`clinic-days/${clinicDayId}/bundle`, patient);
    const entries = body['entry'] as Entry[];
    const appointments = entries.filter((e) => e.resource.resourceType === 'Appointment');
    expect(body['type']).toBe('collection');
    expect(entries[0].resource).toMatchObject({ resourceType: 'Patient', id: maria });
    expect(appointments.length).toBeGreaterThan(3);
    for (const { resource } of appointments) {
      const actors = (resource['participant'] as { actor: { reference: string } }[]).map(
        (p) => p.actor.reference.split('/')[0],
      );
      expect(actors).toEqual(['Patient', 'Practitioner', 'Location']);
      for (const participant of resource['participant'] as { actor: { reference: string } }[])
        expect(
          entries.some(
            (e) => `${e.resource.resourceType}/${e.resource.id}` === participant.actor.reference,
          ),
        ).toBe(true);
    }
  });

  it('keeps GraphQL’s roles: patients reach their own records only, anonymous callers nothing', async () => {
    expect((await read(`Patient/${maria}`, patient)).status).toBe(200);
    expect((await read(`Appointment/${visitId}`, patient)).status).toBe(200);
    const other = await read(`Patient/${aisha}`, patient);
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'forbidden' }],
    });
    expect((await read(`Patient/${demoId(4, 99)}`, patient)).status).toBe(403);
    expect((await read(`Appointment/${demoId(4, 99)}`, patient)).status).toBe(403);
    expect((await read(`Appointment/${demoId(4, 99)}`, coordinator)).status).toBe(404);
    expect((await read('Practitioner', patient)).status).toBe(403);
    expect((await read(`Condition/${mariasCase}`, patient)).status).toBe(403);
    expect((await read(`Patient/${maria}`)).status).toBe(401);
    expect((await read(`Patient/${maria}`, `${patient}x`)).status).toBe(401);
    expect((await read('Patient/not-a-uuid', coordinator)).status).toBe(400);
    expect((await read(`Patient/${demoId(4, 99)}`, coordinator)).status).toBe(404);
    expect((await read('metadata')).status).toBe(200);
  });

  it('audits FHIR reads of patient data like any other read', async () => {
    const [{ since }] = await api.dataSource.query('SELECT clock_timestamp() AS since');
    await read(`Patient/${maria}`, patient);
    await read(`Patient/${aisha}`, patient);
    const events = await api.dataSource.query(
      `SELECT action, entity, entity_id, outcome FROM audit_event WHERE occurred_at >= $1 ORDER BY occurred_at`,
      [since],
    );
    expect(events).toEqual([
      { action: 'READ', entity: 'Patient', entity_id: maria, outcome: 'ALLOWED' },
      { action: 'READ', entity: 'Patient', entity_id: aisha, outcome: 'DENIED' },
    ]);
  });

  it.each(['Patient-example.json', 'Patient-mCODEPatientExample01.json'])(
    'round-trips the HL7 example %s: registered, then read back as FHIR without loss',
    async (file) => {
      const source = JSON.parse(
        readFileSync(`apps/api/test/fhir-data/${file}`, 'utf8'),
      ) as FhirResource;
      const mapped = patientFromFhir(source);
      const registered = await api.gql<{ registerPatient: { id: string } }>(
        'mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }',
        {
          input: {
            mrn: `FHIR-${file.length}-${source.id}`.slice(0, 30),
            givenName: mapped.givenName,
            familyName: mapped.familyName,
            birthDate: mapped.birthDate,
            sex: mapped.sex,
            language: mapped.language,
          },
        },
        coordinator,
      );
      expect(registered.errors).toBeUndefined();
      const { body } = await read(`Patient/${registered.data!.registerPatient.id}`, coordinator);
      expect(fhirSchemaErrors(body)).toEqual([]);
      const official =
        (source['name'] as { use?: string; family?: string; given?: string[] }[]).find(
          (n) => n.use === 'official',
        ) ?? (source['name'] as { family?: string; given?: string[] }[])[0];
      expect(body['name']).toEqual([
        { use: 'official', family: official.family, given: [official.given?.[0]] },
      ]);
      expect(body['gender']).toBe(source['gender']);
      expect(body['birthDate']).toBe(source['birthDate']);
    },
  );

  it('any record the mappers are given becomes schema-valid FHIR (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 });
    const date = fc.date({
      min: new Date('2000-01-01'),
      max: new Date('2100-01-01'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.uuid(),
        date,
        fc.integer({ min: 5, max: 240 }),
        fc.constantFrom('FREE', 'BOOKED', 'BLOCKED'),
        fc.option(text, { nil: null }),
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 12 }),
          fc.record({ value: text, observedOn: fc.constantFrom('2026-01-02', '2025-12-31') }),
          { maxKeys: 4 },
        ),
        fc.subarray(['PHASE1', 'PHASE2', 'PHASE3', 'EARLY_PHASE1', 'NA']),
        fc.constantFrom('RECRUITING', 'COMPLETED', 'WITHDRAWN', 'UNKNOWN'),
        fc.option(fc.boolean(), { nil: null }),
        (a, b, start, minutes, status, maybeText, biomarkers, phases, overallStatus, consent) => {
          const end = new Date(start.getTime() + minutes * 60_000);
          const resources = [
            toFhirSlot({
              id: a,
              specialistId: b,
              startsAt: start,
              endsAt: end,
              status,
              blockReason: maybeText,
            }),
            toFhirAppointment({
              id: a,
              patientId: b,
              patientName: 'P',
              specialistId: b,
              specialistName: 'S',
              specialty: 'RADIOLOGIST',
              roomId: a,
              roomName: 'R',
              slotId: status === 'FREE' ? null : b,
              step: 'imaging',
              stepLabel: 'Imaging',
              startsAt: start,
              endsAt: end,
              status: status === 'FREE' ? 'CANCELLED' : 'BOOKED',
            }),
            toFhirCondition({
              id: a,
              patientId: b,
              primarySite: 'Breast',
              histology: 'Ductal',
              clinicalT: maybeText,
              clinicalN: 'N0',
              clinicalM: null,
              stageGroup: maybeText,
              biomarkers,
              submittedAt: start,
            }),
            toFhirResearchStudy({
              id: a,
              nctId: 'NCT00000001',
              title: 'T',
              overallStatus,
              phases,
              sponsor: maybeText ?? '',
              programs: ['BREAST'],
              siteIds: [b],
              eligibilityText: '',
            }),
            ...[toFhirResearchSubject, toFhirConsent].map((map) =>
              map({
                id: a,
                trialId: b,
                patientId: b,
                decision: 'CONSIDER',
                patientInterest: null,
                contactConsent: consent,
                consentDiscussedAt: consent === null ? null : start,
                consentWithdrawnAt: consent ? end : null,
                reviewedAt: start,
              }),
            ),
          ].filter((r): r is FhirResource => r !== null);
          for (const resource of resources) expect(fhirSchemaErrors(resource)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

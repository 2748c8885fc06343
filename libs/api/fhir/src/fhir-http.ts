import { ParseUUIDPipe } from '@nestjs/common';
import type { FhirResource } from '@oneday/domain';
import type { Request } from 'express';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** Resource ids are uuids; anything else is a 400 OperationOutcome. */
export const fhirId = new ParseUUIDPipe({ version: undefined });

/** The absolute base the Bundle full URLs start with, as the client reached us. */
export const fhirBase = (request: Request): string =>
  `${request.protocol}://${request.get('host') ?? 'localhost'}/fhir`;

const READ_ONLY = ['read'];
const SEARCHABLE = ['read', 'search-type'];

/** What this server offers: read (and simple search) of the resources OneDay keeps. */
export function capabilityStatement(): FhirResource {
  const resources: [string, string[]][] = [
    ['Patient', READ_ONLY],
    ['Practitioner', SEARCHABLE],
    ['PractitionerRole', SEARCHABLE],
    ['Location', SEARCHABLE],
    ['Schedule', READ_ONLY],
    ['Slot', SEARCHABLE],
    ['Appointment', READ_ONLY],
    ['Condition', READ_ONLY],
    ['ResearchStudy', SEARCHABLE],
    ['ResearchSubject', READ_ONLY],
    ['Consent', READ_ONLY],
  ];
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-11-24',
    publisher: 'OneDay',
    kind: 'instance',
    software: { name: 'OneDay' },
    implementation: { description: 'OneDay same-day cancer clinic and tumor board' },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        security: {
          description: 'Bearer token from the GraphQL login mutation; roles as for GraphQL.',
        },
        resource: resources.map(([type, interactions]) => ({
          type,
          interaction: interactions.map((code) => ({ code })),
        })),
      },
    ],
  };
}

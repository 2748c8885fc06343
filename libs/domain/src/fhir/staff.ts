import { SPECIALTY_LABELS } from '../clinic/specialty-labels.js';
import type { Specialty } from '../clinic/specialty.js';
import { ONEDAY_SYSTEM, reference, type FhirResource } from './fhir-types.js';

export interface SpecialistRecord {
  id: string;
  name: string;
  specialty: Specialty;
  siteId: string;
  defaultRoomId: string | null;
}

export interface SiteRecord {
  id: string;
  name: string;
  address: string;
}

export interface RoomRecord {
  id: string;
  name: string;
  siteId: string;
}

export const specialtyConcept = (specialty: Specialty) => ({
  coding: [
    {
      system: ONEDAY_SYSTEM.specialty,
      code: specialty,
      display: SPECIALTY_LABELS[specialty].title,
    },
  ],
  text: SPECIALTY_LABELS[specialty].title,
});

export function toFhirPractitioner(specialist: SpecialistRecord): FhirResource {
  return {
    resourceType: 'Practitioner',
    id: specialist.id,
    active: true,
    name: [{ text: specialist.name }],
  };
}

/** One role per specialist: their specialty, at their site, in their usual room. */
export function toFhirPractitionerRole(specialist: SpecialistRecord): FhirResource {
  return {
    resourceType: 'PractitionerRole',
    id: specialist.id,
    active: true,
    practitioner: reference('Practitioner', specialist.id, specialist.name),
    specialty: [specialtyConcept(specialist.specialty)],
    location: [reference('Location', specialist.defaultRoomId ?? specialist.siteId)],
  };
}

export function toFhirSiteLocation(site: SiteRecord): FhirResource {
  return {
    resourceType: 'Location',
    id: site.id,
    status: 'active',
    name: site.name,
    mode: 'instance',
    address: { text: site.address },
    physicalType: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
          code: 'bu',
          display: 'Building',
        },
      ],
    },
  };
}

export function toFhirRoomLocation(room: RoomRecord): FhirResource {
  return {
    resourceType: 'Location',
    id: room.id,
    status: 'active',
    name: room.name,
    mode: 'instance',
    physicalType: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
          code: 'ro',
          display: 'Room',
        },
      ],
    },
    partOf: reference('Location', room.siteId),
  };
}

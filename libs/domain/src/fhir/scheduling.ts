import type { Specialty } from '../clinic/specialty.js';
import { instant, ONEDAY_SYSTEM, reference, type FhirResource } from './fhir-types.js';
import { specialtyConcept, type SpecialistRecord } from './staff.js';

export interface SlotRecord {
  id: string;
  specialistId: string;
  startsAt: Date;
  endsAt: Date;
  status: 'FREE' | 'BOOKED' | 'BLOCKED';
  blockReason: string | null;
}

export interface VisitRecord {
  id: string;
  patientId: string;
  patientName: string;
  specialistId: string;
  specialistName: string;
  specialty: Specialty;
  roomId: string;
  roomName: string;
  slotId: string | null;
  step: string;
  stepLabel: string;
  startsAt: Date;
  endsAt: Date;
  status: 'BOOKED' | 'CANCELLED';
}

/** One Schedule per specialist: the slots of their clinic hours hang off it. */
export function toFhirSchedule(specialist: SpecialistRecord): FhirResource {
  return {
    resourceType: 'Schedule',
    id: specialist.id,
    active: true,
    specialty: [specialtyConcept(specialist.specialty)],
    actor: [
      reference('Practitioner', specialist.id, specialist.name),
      reference('Location', specialist.defaultRoomId ?? specialist.siteId),
    ],
  };
}

const SLOT_STATUS = { FREE: 'free', BOOKED: 'busy', BLOCKED: 'busy-unavailable' } as const;

export function toFhirSlot(slot: SlotRecord): FhirResource {
  return {
    resourceType: 'Slot',
    id: slot.id,
    schedule: reference('Schedule', slot.specialistId),
    status: SLOT_STATUS[slot.status],
    start: instant(slot.startsAt),
    end: instant(slot.endsAt),
    ...(slot.blockReason ? { comment: slot.blockReason } : {}),
  };
}

/** One Appointment per visit: the patient, the specialist and the room take part. */
export function toFhirAppointment(visit: VisitRecord): FhirResource {
  const booked = visit.status === 'BOOKED';
  const participant = (actor: ReturnType<typeof reference>) => ({
    actor,
    required: 'required',
    status: booked ? 'accepted' : 'declined',
  });
  return {
    resourceType: 'Appointment',
    id: visit.id,
    status: booked ? 'booked' : 'cancelled',
    serviceType: [
      {
        coding: [{ system: ONEDAY_SYSTEM.clinicStep, code: visit.step, display: visit.stepLabel }],
        text: visit.stepLabel,
      },
    ],
    specialty: [specialtyConcept(visit.specialty)],
    description: `${visit.stepLabel} with ${visit.specialistName}, ${visit.roomName}`,
    start: instant(visit.startsAt),
    end: instant(visit.endsAt),
    minutesDuration: Math.round((visit.endsAt.getTime() - visit.startsAt.getTime()) / 60_000),
    ...(visit.slotId ? { slot: [reference('Slot', visit.slotId)] } : {}),
    participant: [
      participant(reference('Patient', visit.patientId, visit.patientName)),
      participant(reference('Practitioner', visit.specialistId, visit.specialistName)),
      participant(reference('Location', visit.roomId, visit.roomName)),
    ],
  };
}

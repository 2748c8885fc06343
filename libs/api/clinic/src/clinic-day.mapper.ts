import {
  patientLanguageOf,
  specialtyLabel,
  whatToBring,
  type PatientLanguage,
} from '@oneday/domain';
import type { ClinicDayRecord, ClinicVisit } from './clinic-day-record.js';
import type { ClinicDayModel } from './models/clinic-day.model.js';

/** Patient-facing wording (titles, purposes, the checklist) is in `language`. */
export function toClinicDayModel(
  day: ClinicDayRecord,
  visits: ClinicVisit[],
  language: PatientLanguage = 'en',
): ClinicDayModel {
  const booked = visits
    .filter((v) => v.status === 'BOOKED')
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return {
    id: day.id,
    patientId: day.patientId,
    date: day.day,
    program: day.program,
    status: day.status,
    site: {
      id: day.site.id,
      name: day.site.name,
      address: day.site.address,
      timeZone: day.site.timeZone,
    },
    visits: booked.map((v) => ({
      id: v.id,
      step: v.step,
      specialty: v.specialty,
      specialtyTitle: specialtyLabel(v.specialty, language).title,
      purpose: specialtyLabel(v.specialty, language).purpose,
      specialistName: v.specialistName,
      room: v.roomName,
      startsAt: v.startsAt,
      endsAt: v.endsAt,
      status: v.status,
    })),
    arrivalAt: booked[0]?.startsAt ?? null,
    departureAt: booked.at(-1)?.endsAt ?? null,
    lunch:
      day.lunchStartsAt && day.lunchEndsAt
        ? { startsAt: day.lunchStartsAt, endsAt: day.lunchEndsAt }
        : null,
    whatToBring: whatToBring(
      day.program,
      {
        interpreter: day.patient.needsInterpreter,
        mobilityAssistance: day.patient.needsMobilityAssistance,
        transport: day.patient.needsTransport,
      },
      language,
    ),
    patientLanguage: patientLanguageOf(day.patient.language),
  };
}

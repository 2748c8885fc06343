import type { PatientRecord } from '@oneday/api-patients';
import type { SiteRecord } from '@oneday/api-specialists';
import type { ClinicDayStatus, ClinicProgram, Specialty, VisitStatus } from '@oneday/domain';

/** A visit of a clinic day as it is shown: who, where, when. */
export interface ClinicVisit {
  id: string;
  clinicDayId: string;
  patientId: string;
  step: string;
  specialty: Specialty;
  specialistId: string;
  specialistName: string;
  slotId: string | null;
  roomId: string;
  roomName: string;
  startsAt: Date;
  endsAt: Date;
  status: VisitStatus;
}

/** A clinic day with its site and patient, as other features and the edge see it. */
export interface ClinicDayRecord {
  id: string;
  patientId: string;
  caseId: string | null;
  siteId: string;
  program: ClinicProgram;
  day: string;
  status: ClinicDayStatus;
  lunchStartsAt: Date | null;
  lunchEndsAt: Date | null;
  site: SiteRecord;
  patient: PatientRecord;
}

export interface LoadedClinicDay {
  day: ClinicDayRecord;
  visits: ClinicVisit[];
}

import type { Role } from './role.js';

/** Who is asking, as the server knows them from a verified token. */
export interface Actor {
  userId: string;
  role: Role;
  /** Set when the user is a patient: the one record they may read. */
  patientId: string | null;
  /** Set when the user is a physician or other specialist. */
  specialistId: string | null;
}

/** The facts about one patient that decide who may see them. */
export interface PatientRelations {
  patientId: string;
  /** Physicians (specialist ids) who submitted a case for this patient. */
  submittingSpecialistIds: readonly string[];
  /** True when one of the patient's cases is on a conference agenda. */
  onConferenceAgenda: boolean;
}

export type AccessDecision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: AccessDecision = { allowed: true };

/**
 * The security model of DESIGN.md for patient data: a patient reads only themself; a physician
 * reads patients they submitted and patients on an agenda; coordinators read all to book;
 * admins manage accounts and the audit log, not clinical records.
 */
export function decidePatientAccess(actor: Actor, patient: PatientRelations): AccessDecision {
  switch (actor.role) {
    case 'PATIENT':
      return actor.patientId !== null && actor.patientId === patient.patientId
        ? ALLOW
        : { allowed: false, reason: 'a patient may only read their own record' };
    case 'PHYSICIAN':
      if (patient.onConferenceAgenda) return ALLOW;
      return actor.specialistId !== null &&
        patient.submittingSpecialistIds.includes(actor.specialistId)
        ? ALLOW
        : { allowed: false, reason: 'not a patient of a case you submitted or on an agenda' };
    case 'COORDINATOR':
      return ALLOW;
    case 'ADMIN':
      return { allowed: false, reason: 'administrators do not read clinical records' };
  }
}

/** Roles that may search the patient list at all (patients only ever see themselves). */
export function canSearchPatients(role: Role): boolean {
  return role === 'COORDINATOR' || role === 'PHYSICIAN';
}

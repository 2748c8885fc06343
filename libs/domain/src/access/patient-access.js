const ALLOW = { allowed: true };
/**
 * The security model of DESIGN.md for patient data: a patient reads only themself; a physician
 * reads patients they submitted and patients on an agenda; coordinators read all to book;
 * admins manage accounts and the audit log, not clinical records.
 */
export function decidePatientAccess(actor, patient) {
    switch (actor.role) {
        case 'PATIENT':
            return actor.patientId !== null && actor.patientId === patient.patientId
                ? ALLOW
                : { allowed: false, reason: 'a patient may only read their own record' };
        case 'PHYSICIAN':
            if (patient.onConferenceAgenda)
                return ALLOW;
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
export function canSearchPatients(role) {
    return role === 'COORDINATOR' || role === 'PHYSICIAN';
}
//# sourceMappingURL=patient-access.js.map
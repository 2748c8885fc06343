/**
 * Board deliberations are for clinicians: a physician reads cases they submitted and cases on an
 * agenda; coordinators run agendas; patients and admins never read them.
 */
export function decideCaseAccess(actor, relations) {
    switch (actor.role) {
        case 'COORDINATOR':
            return { allowed: true };
        case 'PHYSICIAN':
            return relations.onConferenceAgenda || actor.specialistId === relations.submittedById
                ? { allowed: true }
                : { allowed: false, reason: 'not your case and not on an agenda' };
        case 'PATIENT':
            return { allowed: false, reason: 'patients do not see board deliberations' };
        case 'ADMIN':
            return { allowed: false, reason: 'administrators do not read clinical records' };
    }
}
//# sourceMappingURL=case-access.js.map
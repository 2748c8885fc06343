import fc from 'fast-check';
import { decideCaseAccess } from './case-access.js';
import { ROLES } from './role.js';
describe('decideCaseAccess', () => {
    const physician = {
        userId: 'u',
        role: 'PHYSICIAN',
        patientId: null,
        specialistId: 's-1',
    };
    it('lets a physician read their own submissions and agenda cases only', () => {
        expect(decideCaseAccess(physician, { submittedById: 's-1', onConferenceAgenda: false }).allowed).toBe(true);
        expect(decideCaseAccess(physician, { submittedById: 's-2', onConferenceAgenda: true }).allowed).toBe(true);
        expect(decideCaseAccess(physician, { submittedById: 's-2', onConferenceAgenda: false }).allowed).toBe(false);
    });
    it('never shows a case to a patient or an admin', () => {
        fc.assert(fc.property(fc.constantFrom(...ROLES), fc.option(fc.uuid(), { nil: null }), fc.uuid(), fc.boolean(), (role, specialistId, submittedById, onConferenceAgenda) => {
            const actor = { userId: 'u', role, patientId: 'p', specialistId };
            const decision = decideCaseAccess(actor, { submittedById, onConferenceAgenda });
            if (role === 'PATIENT' || role === 'ADMIN')
                expect(decision.allowed).toBe(false);
            if (role === 'COORDINATOR')
                expect(decision.allowed).toBe(true);
        }));
    });
});
//# sourceMappingURL=case-access.spec.js.map
import fc from 'fast-check';
import { decidePatientAccess } from './patient-access.js';
import { ROLES } from './role.js';
const id = fc.uuid();
const actorArb = fc.record({
    userId: id,
    role: fc.constantFrom(...ROLES),
    patientId: fc.option(id, { nil: null }),
    specialistId: fc.option(id, { nil: null }),
});
const relationsArb = fc.record({
    patientId: id,
    submittingSpecialistIds: fc.array(id, { maxLength: 4 }),
    onConferenceAgenda: fc.boolean(),
});
describe('decidePatientAccess', () => {
    const patient = {
        patientId: 'p-1',
        submittingSpecialistIds: ['s-1'],
        onConferenceAgenda: false,
    };
    it('lets a patient read their own record only', () => {
        const actor = { userId: 'u', role: 'PATIENT', patientId: 'p-1', specialistId: null };
        expect(decidePatientAccess(actor, patient).allowed).toBe(true);
        expect(decidePatientAccess({ ...actor, patientId: 'p-2' }, patient).allowed).toBe(false);
    });
    it('lets a physician read the patients of cases they submitted or on an agenda', () => {
        const actor = { userId: 'u', role: 'PHYSICIAN', patientId: null, specialistId: 's-1' };
        expect(decidePatientAccess(actor, patient).allowed).toBe(true);
        const other = { ...actor, specialistId: 's-9' };
        expect(decidePatientAccess(other, patient).allowed).toBe(false);
        expect(decidePatientAccess(other, { ...patient, onConferenceAgenda: true }).allowed).toBe(true);
    });
    it('keeps administrators out of clinical records', () => {
        const actor = { userId: 'u', role: 'ADMIN', patientId: null, specialistId: null };
        expect(decidePatientAccess(actor, patient)).toEqual({
            allowed: false,
            reason: 'administrators do not read clinical records',
        });
    });
    it('never lets a patient read a record that is not theirs', () => {
        fc.assert(fc.property(actorArb, relationsArb, (actor, relations) => {
            fc.pre(actor.role === 'PATIENT' && actor.patientId !== relations.patientId);
            expect(decidePatientAccess(actor, relations).allowed).toBe(false);
        }));
    });
    it('grants a physician access only through a submitted case or an agenda', () => {
        fc.assert(fc.property(actorArb, relationsArb, (actor, relations) => {
            fc.pre(actor.role === 'PHYSICIAN');
            const linked = relations.onConferenceAgenda ||
                (actor.specialistId !== null &&
                    relations.submittingSpecialistIds.includes(actor.specialistId));
            expect(decidePatientAccess(actor, relations).allowed).toBe(linked);
        }));
    });
});
//# sourceMappingURL=patient-access.spec.js.map
import { findItineraries } from './find-itineraries.js';
import { MIN, planStep, request, slot } from './itinerary-fixtures.js';
// The earliest free slot for each step in turn strands the patient: the surgeon's only opening
// is 90 minutes after the earliest intake, beyond the 60-minute waiting limit. A later intake
// makes the day work; a greedy scheduler reports "no day".
describe('a day greedy scheduling gets wrong', () => {
    it('is found by the optimiser', () => {
        const result = findItineraries(request([
            planStep('INTAKE', 30),
            planStep('SURGEON', 45, ['INTAKE']),
            planStep('TRIAL_REVIEW', 30, ['SURGEON']),
        ], [
            [slot('intake-8', '08:00', 30, 'nav'), slot('intake-9', '09:00', 30, 'nav')],
            [slot('surgeon', '10:05', 45, 'exam')],
            [slot('trial', '10:55', 30, 'research')],
        ], { maxWaitMs: 60 * MIN }));
        if (!result.feasible)
            throw new Error(result.reason);
        expect(result.options[0].visits.map((v) => v.slotId)).toEqual(['intake-9', 'surgeon', 'trial']);
    });
});
//# sourceMappingURL=itinerary-greedy-trap.spec.js.map
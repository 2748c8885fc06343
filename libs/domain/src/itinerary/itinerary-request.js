import { atLocalTime } from '../availability/local-date.js';
export const DEFAULT_PLANNING_SETTINGS = {
    interpreterExtraMinutes: 10,
    mobilityExtraMinutes: 10,
};
const MINUTE = 60_000;
/**
 * Turns a template, the steps chosen for this patient, the day's free slots and the patient's
 * needs into the optimiser's input. Optional steps are in the day only when chosen.
 */
export function buildItineraryRequest(input) {
    const { template, needs } = input;
    const settings = input.settings ?? DEFAULT_PLANNING_SETTINGS;
    const chosen = template.steps.filter((s) => s.required || input.optionalSteps.includes(s.key));
    const keys = new Set(chosen.map((s) => s.key));
    const first = chosen.find((s) => s.position === 'FIRST')?.key;
    const last = chosen.find((s) => s.position === 'LAST')?.key;
    const steps = chosen.map((s) => {
        const preds = new Set(s.after.filter((k) => keys.has(k)));
        if (first && s.key !== first)
            preds.add(first);
        if (last && s.key === last)
            for (const k of keys)
                if (k !== last)
                    preds.add(k);
        return {
            key: s.key,
            label: s.label,
            specialty: s.specialty,
            durationMs: s.durationMinutes * MINUTE,
            preds: [...preds],
        };
    });
    const candidates = steps.map((step) => input.slots
        .filter((slot) => slot.specialty === step.specialty &&
        slot.end.getTime() - slot.start.getTime() >= step.durationMs)
        .map((slot) => ({
        slotId: slot.slotId,
        specialistId: slot.specialistId,
        roomId: slot.roomId,
        start: slot.start.getTime(),
        end: slot.start.getTime() + step.durationMs,
    }))
        .sort((a, b) => a.start - b.start || a.slotId.localeCompare(b.slotId)));
    const lunch = template.lunch;
    return {
        steps,
        candidates,
        changeoverMs: (template.changeoverMinutes +
            (needs.mobilityAssistance ? settings.mobilityExtraMinutes : 0)) *
            MINUTE,
        minGapMs: (needs.interpreter ? settings.interpreterExtraMinutes : 0) * MINUTE,
        maxWaitMs: template.maxWaitMinutes * MINUTE,
        lunch: lunch
            ? {
                windowStart: atLocalTime(input.date, lunch.windowStartMinute, input.timeZone).getTime(),
                windowEnd: atLocalTime(input.date, lunch.windowEndMinute, input.timeZone).getTime(),
                durationMs: lunch.durationMinutes * MINUTE,
            }
            : null,
        dayLabel: input.dayLabel,
    };
}
//# sourceMappingURL=itinerary-request.js.map
import type { Candidate, ItineraryRequest, PlanStep } from './itinerary-request.js';

/** Test helpers: times as "HH:mm" on one UTC day, so scenarios read like a clinic schedule. */
export const at = (hhmm: string) => Date.parse(`2030-01-07T${hhmm}:00Z`);
export const MIN = 60_000;

export function planStep(key: string, minutes: number, preds: string[] = []): PlanStep {
  return {
    key,
    label: key.replace(/_/g, ' ').toLowerCase(),
    specialty: 'MEDICAL_ONCOLOGIST',
    durationMs: minutes * MIN,
    preds,
  };
}

export function slot(
  id: string,
  hhmm: string,
  minutes: number,
  room = 'room-1',
  specialist = `sp-${id}`,
): Candidate {
  return {
    slotId: id,
    specialistId: specialist,
    roomId: room,
    start: at(hhmm),
    end: at(hhmm) + minutes * MIN,
  };
}

export function request(
  steps: PlanStep[],
  candidates: Candidate[][],
  overrides: Partial<ItineraryRequest> = {},
): ItineraryRequest {
  return {
    steps,
    candidates: candidates.map((list) => [...list].sort((a, b) => a.start - b.start)),
    changeoverMs: 5 * MIN,
    minGapMs: 0,
    maxWaitMs: 60 * MIN,
    lunch: null,
    dayLabel: '2030-01-07',
    ...overrides,
  };
}

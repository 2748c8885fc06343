import type { ItineraryRequest } from './itinerary-request.js';
import type { Itinerary, PlacedVisit } from './itinerary.js';

export type ItineraryCheck = { ok: true; itinerary: Itinerary } | { ok: false; problem: string };

const LUNCH_PLACE = '\u0000lunch';

/**
 * The rules of a valid day, written plainly: every step once, on one of its own candidate slots,
 * no overlap, walking time between rooms, order rules, the longest wait, and lunch (a break
 * inside the window between two visits, or no visit inside the window at all). Used to check a
 * day chosen in the client before booking it, and as the oracle the optimiser is tested against.
 */
export function checkItinerary(
  request: ItineraryRequest,
  visitsInput: PlacedVisit[],
  lunch: { start: number; end: number } | null,
): ItineraryCheck {
  const visits = [...visitsInput].sort((a, b) => a.start - b.start);
  const keys = request.steps.map((s) => s.key);
  if (visits.length !== keys.length || new Set(visits.map((v) => v.stepKey)).size !== keys.length) {
    return { ok: false, problem: 'every step of the day must be booked exactly once' };
  }
  for (const visit of visits) {
    const index = keys.indexOf(visit.stepKey);
    if (index < 0) return { ok: false, problem: `${visit.stepKey} is not a step of this day` };
    const match = request.candidates[index].find(
      (c) => c.slotId === visit.slotId && c.start === visit.start && c.end === visit.end,
    );
    if (!match)
      return { ok: false, problem: `${request.steps[index].label}: that time is not free` };
  }
  const order = new Map(visits.map((v, i) => [v.stepKey, i]));
  for (const step of request.steps) {
    for (const pred of step.preds) {
      if ((order.get(pred) ?? -1) > (order.get(step.key) ?? -1)) {
        const predLabel = request.steps.find((s) => s.key === pred)?.label ?? pred;
        return { ok: false, problem: `${step.label} must come after ${predLabel}` };
      }
    }
  }

  const places: { start: number; end: number; place: string }[] = visits.map((v) => ({
    ...v,
    place: v.roomId,
  }));
  if (lunch) {
    const rule = request.lunch;
    if (!rule) return { ok: false, problem: 'this program has no lunch break' };
    if (
      lunch.end - lunch.start !== rule.durationMs ||
      lunch.start < rule.windowStart ||
      lunch.end > rule.windowEnd
    ) {
      return { ok: false, problem: 'lunch must be inside the lunch window' };
    }
    if (lunch.start < visits[0].end || lunch.end > visits[visits.length - 1].start) {
      return { ok: false, problem: 'lunch comes between two visits' };
    }
    places.push({ ...lunch, place: LUNCH_PLACE });
    places.sort((a, b) => a.start - b.start);
  } else if (request.lunch) {
    const { windowStart, windowEnd } = request.lunch;
    if (visits.some((v) => v.start < windowEnd && v.end > windowStart)) {
      return { ok: false, problem: 'the day needs a lunch break' };
    }
  }

  for (let i = 1; i < places.length; i++) {
    const prev = places[i - 1];
    const next = places[i];
    const gap = next.start - prev.end;
    const walking = prev.place !== next.place ? request.changeoverMs : 0;
    const handover =
      prev.place === LUNCH_PLACE || next.place === LUNCH_PLACE ? 0 : request.minGapMs;
    if (gap < walking + handover) return { ok: false, problem: 'visits are too close together' };
    const spansWindow =
      !lunch &&
      request.lunch &&
      prev.end <= request.lunch.windowStart &&
      next.start >= request.lunch.windowEnd;
    const allowed =
      request.maxWaitMs +
      (spansWindow && request.lunch ? request.lunch.windowEnd - request.lunch.windowStart : 0);
    if (gap > allowed)
      return { ok: false, problem: 'the patient would wait too long between visits' };
  }

  let roomChanges = 0;
  for (let i = 1; i < visits.length; i++)
    if (visits[i].roomId !== visits[i - 1].roomId) roomChanges++;
  const arrival = visits[0].start;
  const departure = visits[visits.length - 1].end;
  const busy = visits.reduce((sum, v) => sum + (v.end - v.start), 0);
  const crossesWindow =
    request.lunch !== null &&
    arrival < request.lunch.windowStart &&
    departure > request.lunch.windowEnd;
  const lunchBreak = lunch
    ? lunch.end - lunch.start
    : crossesWindow && request.lunch
      ? request.lunch.durationMs
      : 0;
  return {
    ok: true,
    itinerary: {
      visits,
      lunch,
      arrival,
      departure,
      spanMs: departure - arrival,
      waitingMs: Math.max(0, departure - arrival - busy - lunchBreak),
      roomChanges,
    },
  };
}

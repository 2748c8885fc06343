import { checkItinerary } from './check-itinerary.js';
import type { Candidate, ItineraryRequest } from './itinerary-request.js';
import {
  compareItineraries,
  type Itinerary,
  type ItineraryResult,
  type PlacedVisit,
} from './itinerary.js';

/** A partial day: which steps are done, the last one placed, and how it started. */
interface Label {
  /** Start of the first visit: later is better (shorter span). */
  first: number;
  roomChanges: number;
  /** Room of the last clinical visit (lunch is not a room). */
  room: string;
  node: number;
  candidate: Candidate;
  prev: Label | null;
}

const LUNCH_STEP = 5 * 60_000;

function lowerBound(list: Candidate[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps only labels no other label beats on both first start and room changes. */
function insertPareto(labels: Label[], label: Label): boolean {
  for (const other of labels) {
    if (
      other.room === label.room &&
      other.first >= label.first &&
      other.roomChanges <= label.roomChanges
    )
      return false;
  }
  for (let i = labels.length - 1; i >= 0; i--) {
    const other = labels[i];
    if (
      other.room === label.room &&
      label.first >= other.first &&
      label.roomChanges <= other.roomChanges
    )
      labels.splice(i, 1);
  }
  labels.push(label);
  return true;
}

interface ModeResult {
  finals: Label[];
  /** Steps that appeared in at least one partial day. */
  reached: Set<number>;
}

/**
 * Exact dynamic programme over (steps done, last step, its slot) keeping, per state, the
 * Pareto set of (latest first start, fewest room changes). Every order allowed by the rules is
 * explored, so a day is found whenever one exists; the span is exact because the last visit's
 * end is fixed by the state and the first start is maximised.
 */
function solveMode(request: ItineraryRequest, withLunch: boolean): ModeResult {
  const n = request.steps.length;
  const lunch = request.lunch;
  const lunchNode = withLunch ? n : -1;
  const nodes = withLunch ? n + 1 : n;
  const full = (1 << nodes) - 1;
  const index = new Map(request.steps.map((s, i) => [s.key, i]));
  const predMask = request.steps.map((s) =>
    s.preds.reduce((m, k) => m | (1 << (index.get(k) ?? 0)), 0),
  );
  const candidates: Candidate[][] = request.candidates.map((list) =>
    lunch && !withLunch
      ? list.filter((c) => c.end <= lunch.windowStart || c.start >= lunch.windowEnd)
      : list,
  );
  if (withLunch && lunch) {
    const starts: Candidate[] = [];
    for (let t = lunch.windowStart; t + lunch.durationMs <= lunch.windowEnd; t += LUNCH_STEP) {
      starts.push({
        slotId: '',
        specialistId: '',
        roomId: '',
        start: t,
        end: t + lunch.durationMs,
      });
    }
    candidates.push(starts);
    predMask.push(0);
  }

  const states = new Map<number, Label[]>();
  const masks = new Map<number, number[]>();
  const offsets: number[] = [];
  let total = 0;
  for (const list of candidates) {
    offsets.push(total);
    total += list.length;
  }
  const keyOf = (mask: number, node: number, candidateIndex: number) =>
    mask * total + offsets[node] + candidateIndex;
  const reached = new Set<number>();
  const add = (mask: number, node: number, ci: number, label: Label) => {
    const key = keyOf(mask, node, ci);
    let labels = states.get(key);
    if (!labels) {
      labels = [];
      states.set(key, labels);
      const list = masks.get(mask);
      if (list) list.push(key);
      else masks.set(mask, [key]);
    }
    if (insertPareto(labels, label)) reached.add(node);
  };

  for (let k = 0; k < n; k++) {
    if (predMask[k] !== 0) continue;
    candidates[k].forEach((c, ci) =>
      add(1 << k, k, ci, {
        first: c.start,
        roomChanges: 0,
        room: c.roomId,
        node: k,
        candidate: c,
        prev: null,
      }),
    );
  }

  const finals: Label[] = [];
  // Every transition adds a step, so a mask is complete before any larger mask is read.
  for (let mask = 1; mask <= full; mask++) {
    for (const key of masks.get(mask) ?? []) {
      for (const label of states.get(key) ?? []) {
        if (mask === full) {
          finals.push(label);
          continue;
        }
        const fromLunch = label.node === lunchNode;
        const placeFrom = fromLunch ? '' : label.candidate.roomId;
        for (let k = 0; k < nodes; k++) {
          if (mask & (1 << k) || (predMask[k] & mask) !== predMask[k]) continue;
          const toLunch = k === lunchNode;
          // Lunch sits between two visits: never first (no state starts with it), never last.
          if (toLunch && (mask | (1 << k)) === full) continue;
          const list = candidates[k];
          const handover = fromLunch || toLunch ? 0 : request.minGapMs;
          // Without a lunch step, a wait across the lunch window may be longer by the window.
          const windowAllowance =
            !withLunch && lunch !== null && label.candidate.end <= lunch.windowStart
              ? lunch.windowEnd - lunch.windowStart
              : 0;
          const earliest = label.candidate.end + handover;
          for (let ci = lowerBound(list, earliest); ci < list.length; ci++) {
            const c = list[ci];
            const gap = c.start - label.candidate.end;
            if (gap > request.maxWaitMs + windowAllowance) break;
            const allowance = lunch !== null && c.start >= lunch.windowEnd ? windowAllowance : 0;
            const walking =
              fromLunch || toLunch || c.roomId !== placeFrom ? request.changeoverMs : 0;
            if (gap < walking + handover || gap > request.maxWaitMs + allowance) continue;
            const room = toLunch ? label.room : c.roomId;
            const changed = !toLunch && c.roomId !== label.room ? 1 : 0;
            add(mask | (1 << k), k, ci, {
              first: label.first,
              roomChanges: label.roomChanges + changed,
              room,
              node: k,
              candidate: c,
              prev: label,
            });
          }
        }
      }
    }
  }
  return { finals, reached };
}

function toItinerary(request: ItineraryRequest, label: Label, withLunch: boolean): Itinerary {
  const visits: PlacedVisit[] = [];
  let lunch: { start: number; end: number } | null = null;
  for (let l: Label | null = label; l; l = l.prev) {
    if (withLunch && l.node === request.steps.length) {
      lunch = { start: l.candidate.start, end: l.candidate.end };
    } else {
      const { slotId, specialistId, roomId, start, end } = l.candidate;
      visits.push({ stepKey: request.steps[l.node].key, slotId, specialistId, roomId, start, end });
    }
  }
  const checked = checkItinerary(request, visits, lunch);
  // The programme only builds valid days; a failure here is a bug worth failing loudly on.
  if (!checked.ok) throw new Error(`optimiser produced an invalid day: ${checked.problem}`);
  return checked.itinerary;
}

/**
 * The best days for one date, ranked by span, waiting and room changes; at most one option per
 * arrival time so the coordinator sees real alternatives. When no day fits, the reason names the
 * step that could not be placed.
 */
export function findItineraries(request: ItineraryRequest, maxOptions = 5): ItineraryResult {
  const empty = request.steps.findIndex((_, i) => request.candidates[i].length === 0);
  if (empty >= 0) {
    const step = request.steps[empty];
    return {
      feasible: false,
      stepKey: step.key,
      reason: `No ${step.label.toLowerCase()} (${step.specialty.toLowerCase().replace(/_/g, ' ')}) free on ${request.dayLabel}.`,
    };
  }
  const modes = request.lunch ? [false, true] : [false];
  const options: Itinerary[] = [];
  const reached = new Set<number>();
  for (const withLunch of modes) {
    const result = solveMode(request, withLunch);
    result.reached.forEach((k) => reached.add(k));
    for (const label of result.finals) options.push(toItinerary(request, label, withLunch));
  }
  if (options.length === 0) {
    const missing = request.steps.find((_, i) => !reached.has(i));
    return {
      feasible: false,
      stepKey: missing?.key ?? null,
      reason: missing
        ? `${missing.label} cannot be fitted after the steps that must come before it on ${request.dayLabel}.`
        : `The free slots on ${request.dayLabel} do not fit every step in order within the waiting limits.`,
    };
  }
  options.sort(compareItineraries);
  const byArrival = new Map<number, Itinerary>();
  for (const option of options)
    if (!byArrival.has(option.arrival)) byArrival.set(option.arrival, option);
  return { feasible: true, options: [...byArrival.values()].slice(0, maxOptions) };
}

import fc from 'fast-check';
import { checkItinerary } from './check-itinerary.js';
import { findItineraries } from './find-itineraries.js';
import { at, MIN, planStep, request } from './itinerary-fixtures.js';
import type { Candidate, ItineraryRequest } from './itinerary-request.js';
import { compareItineraries, type Itinerary, type PlacedVisit } from './itinerary.js';

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

function product<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>(
    (acc, list) => acc.flatMap((prefix) => list.map((x) => [...prefix, x])),
    [[]],
  );
}

/** Every order, every slot, every lunch time on the 5-minute grid: the oracle. */
function bruteForce(req: ItineraryRequest): Itinerary | null {
  let best: Itinerary | null = null;
  const lunchStarts: number[] = [];
  if (req.lunch) {
    for (
      let t = req.lunch.windowStart;
      t + req.lunch.durationMs <= req.lunch.windowEnd;
      t += 5 * MIN
    )
      lunchStarts.push(t);
  }
  const lunches = [
    null,
    ...lunchStarts.map((start) => ({ start, end: start + (req.lunch?.durationMs ?? 0) })),
  ];
  for (const order of permutations(req.steps.map((_, i) => i))) {
    for (const choice of product(order.map((i) => req.candidates[i]))) {
      const visits: PlacedVisit[] = choice.map((c: Candidate, j) => ({
        ...c,
        stepKey: req.steps[order[j]].key,
      }));
      for (const lunch of lunches) {
        const checked = checkItinerary(req, visits, lunch);
        if (checked.ok && (!best || compareItineraries(checked.itinerary, best) < 0))
          best = checked.itinerary;
      }
    }
  }
  return best;
}

const grid = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((k) => k * 5 * MIN);

const dayArb = fc
  .record({
    size: fc.integer({ min: 1, max: 3 }),
    withLunch: fc.boolean(),
    changeover: fc.constantFrom(0, 5, 10),
    minGap: fc.constantFrom(0, 10),
    maxWait: fc.constantFrom(15, 30, 60, 120),
  })
  .chain(({ size, withLunch, changeover, minGap, maxWait }) =>
    fc.record({
      durations: fc.array(fc.constantFrom(15, 30, 45), { minLength: size, maxLength: size }),
      preds: fc.array(fc.array(fc.boolean(), { minLength: size, maxLength: size }), {
        minLength: size,
        maxLength: size,
      }),
      slots: fc.array(
        fc.array(fc.record({ offset: grid(0, 100), room: fc.constantFrom('r1', 'r2', 'r3') }), {
          minLength: 0,
          maxLength: 4,
        }),
        { minLength: size, maxLength: size },
      ),
      withLunch: fc.constant(withLunch),
      changeover: fc.constant(changeover),
      minGap: fc.constant(minGap),
      maxWait: fc.constant(maxWait),
    }),
  )
  .map(({ durations, preds, slots, withLunch, changeover, minGap, maxWait }) => {
    const keys = durations.map((_, i) => `S${i}`);
    // Predecessors only among earlier indices, so the rules never form a circle.
    const steps = durations.map((d, i) =>
      planStep(
        keys[i],
        d,
        keys.filter((_, j) => j < i && preds[i][j]),
      ),
    );
    const candidates = slots.map((list, i) =>
      list.map((s, j) => ({
        slotId: `S${i}-${j}`,
        specialistId: `sp${i}`,
        roomId: s.room,
        start: at('08:00') + s.offset,
        end: at('08:00') + s.offset + durations[i] * MIN,
      })),
    );
    return request(steps, candidates, {
      changeoverMs: changeover * MIN,
      minGapMs: minGap * MIN,
      maxWaitMs: maxWait * MIN,
      lunch: withLunch
        ? { windowStart: at('11:30'), windowEnd: at('13:00'), durationMs: 30 * MIN }
        : null,
    });
  });

describe('findItineraries against brute force', () => {
  it('finds a day exactly when one exists, and its best is as good as the best of all', () => {
    fc.assert(
      fc.property(dayArb, (req) => {
        const oracle = bruteForce(req);
        const result = findItineraries(req);
        expect(result.feasible).toBe(oracle !== null);
        if (!result.feasible || !oracle) return;
        const best = result.options[0];
        expect([best.spanMs, best.waitingMs, best.roomChanges]).toEqual([
          oracle.spanMs,
          oracle.waitingMs,
          oracle.roomChanges,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('only ever proposes valid days, ranked', () => {
    fc.assert(
      fc.property(dayArb, (req) => {
        const result = findItineraries(req);
        if (!result.feasible) return;
        for (const option of result.options) {
          expect(checkItinerary(req, option.visits, option.lunch).ok).toBe(true);
        }
        for (let i = 1; i < result.options.length; i++) {
          expect(compareItineraries(result.options[i - 1], result.options[i])).toBeLessThanOrEqual(
            0,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

import { findItineraries } from './find-itineraries.js';
import { at, MIN, planStep, request, slot } from './itinerary-fixtures.js';

describe('findItineraries', () => {
  it('books every step back to back in one room order', () => {
    const result = findItineraries(
      request(
        [
          planStep('INTAKE', 30),
          planStep('SURGEON', 45, ['INTAKE']),
          planStep('WRAP_UP', 30, ['INTAKE', 'SURGEON']),
        ],
        [
          [slot('n1', '08:00', 30, 'nav')],
          [slot('s1', '08:35', 45, 'exam'), slot('s2', '10:00', 45, 'exam')],
          [slot('n2', '09:25', 30, 'nav')],
        ],
      ),
    );
    if (!result.feasible) throw new Error(result.reason);
    const [best] = result.options;
    expect(best.visits.map((v) => v.slotId)).toEqual(['n1', 's1', 'n2']);
    expect(best.spanMs).toBe(115 * MIN);
    expect(best.waitingMs).toBe(10 * MIN);
    expect(best.roomChanges).toBe(2);
  });

  it('names the step and specialty when nobody is free', () => {
    const result = findItineraries(
      request([planStep('INTAKE', 30), planStep('GENETICS', 45)], [[slot('n1', '08:00', 30)], []]),
    );
    expect(result).toEqual({
      feasible: false,
      stepKey: 'GENETICS',
      reason: 'No genetics (medical oncologist) free on 2030-01-07.',
    });
  });

  it('prefers the later start that makes the day shorter', () => {
    const result = findItineraries(
      request(
        [planStep('A', 30), planStep('B', 30, ['A'])],
        [[slot('a1', '08:00', 30), slot('a2', '09:00', 30)], [slot('b1', '09:30', 30)]],
      ),
    );
    if (!result.feasible) throw new Error(result.reason);
    expect(result.options[0].visits.map((v) => v.slotId)).toEqual(['a2', 'b1']);
    expect(result.options[0].spanMs).toBe(60 * MIN);
  });

  it('breaks a tie in span by fewer room changes', () => {
    const result = findItineraries(
      request(
        [planStep('A', 30), planStep('B', 30, ['A']), planStep('C', 30, ['B'])],
        [
          [slot('a1', '08:00', 30, 'room-1')],
          [slot('b-far', '08:35', 30, 'room-2'), slot('b-near', '08:35', 30, 'room-1', 'sp-b2')],
          [slot('c1', '09:10', 30, 'room-1')],
        ],
      ),
    );
    if (!result.feasible) throw new Error(result.reason);
    expect(result.options[0].visits.map((v) => v.slotId)).toEqual(['a1', 'b-near', 'c1']);
    expect(result.options[0].roomChanges).toBe(0);
  });

  it('keeps the walking time between rooms and the interpreter handover', () => {
    const steps = [planStep('A', 30), planStep('B', 30, ['A'])];
    const candidates = [
      [slot('a', '08:00', 30, 'r1')],
      [slot('b-tight', '08:32', 30, 'r2'), slot('b-ok', '08:45', 30, 'r2')],
    ];
    const plain = findItineraries(request(steps, candidates));
    const interpreted = findItineraries(request(steps, candidates, { minGapMs: 10 * MIN }));
    if (!plain.feasible || !interpreted.feasible) throw new Error('expected a day');
    expect(plain.options[0].visits[1].slotId).toBe('b-ok');
    expect(interpreted.options[0].visits[1].slotId).toBe('b-ok');
    const tooTight = findItineraries(
      request(steps, [candidates[0], [slot('b', '08:40', 30, 'r2')]], { minGapMs: 10 * MIN }),
    );
    expect(tooTight.feasible).toBe(false);
  });

  it('puts a lunch break in the window when the day runs through it', () => {
    const lunch = { windowStart: at('11:30'), windowEnd: at('13:30'), durationMs: 30 * MIN };
    const result = findItineraries(
      request(
        [planStep('A', 60), planStep('B', 60, ['A'])],
        [
          [slot('a', '11:00', 60, 'r1')],
          [slot('b', '12:45', 60, 'r1'), slot('b-late', '14:00', 60, 'r1')],
        ],
        { lunch },
      ),
    );
    if (!result.feasible) throw new Error(result.reason);
    const [best] = result.options;
    expect(best.visits.map((v) => v.slotId)).toEqual(['a', 'b']);
    expect(best.lunch).toEqual({ start: at('12:05'), end: at('12:35') });
  });

  it('needs no lunch step for a morning-only day', () => {
    const lunch = { windowStart: at('11:30'), windowEnd: at('13:30'), durationMs: 30 * MIN };
    const result = findItineraries(
      request([planStep('A', 60)], [[slot('a', '08:00', 60)]], { lunch }),
    );
    if (!result.feasible) throw new Error(result.reason);
    expect(result.options[0].lunch).toBeNull();
  });

  it('offers at most one option per arrival time, best first', () => {
    const result = findItineraries(
      request(
        [planStep('A', 30)],
        [[slot('a1', '08:00', 30), slot('a2', '09:00', 30), slot('a3', '10:00', 30)]],
      ),
      2,
    );
    if (!result.feasible) throw new Error(result.reason);
    expect(result.options.map((o) => o.arrival)).toEqual([at('08:00'), at('09:00')]);
  });
});

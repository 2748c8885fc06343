// The optimiser alone (libs/domain, built by the api build): 8 steps x 40 candidate slots, and
// a 14-day search over a demo-center-like schedule. Deterministic inputs (seeded generator).
import { summarize, time } from './stats.mjs';

const MIN = 60_000;

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 8 steps like a breast day: intake first, wrap-up last, consults after imaging, trial review after consults. */
function eightByForty(rand) {
  const day = Date.parse('2030-01-07T16:00:00Z');
  const keys = [
    'INTAKE',
    'IMAGING',
    'SURGERY',
    'MED_ONC',
    'RAD_ONC',
    'GENETICS',
    'TRIAL',
    'WRAP_UP',
  ];
  const preds = {
    INTAKE: [],
    IMAGING: ['INTAKE'],
    SURGERY: ['INTAKE', 'IMAGING'],
    MED_ONC: ['INTAKE', 'IMAGING'],
    RAD_ONC: ['INTAKE', 'IMAGING'],
    GENETICS: ['INTAKE'],
    TRIAL: ['INTAKE', 'SURGERY', 'MED_ONC', 'RAD_ONC'],
    WRAP_UP: keys.slice(0, 7),
  };
  const steps = keys.map((key) => ({
    key,
    label: key,
    specialty: 'MEDICAL_ONCOLOGIST',
    durationMs: (key.length % 2 ? 25 : 40) * MIN,
    preds: preds[key],
  }));
  const candidates = steps.map((step, i) => {
    const list = [];
    for (let c = 0; c < 40; c++) {
      const start = day + Math.floor(rand() * 108) * 5 * MIN; // 08:00 to 17:00, 5-minute grid
      list.push({
        slotId: `${i}-${c}`,
        specialistId: `sp-${i}-${c % 3}`,
        roomId: `room-${i}-${c % 3}`,
        start,
        end: start + step.durationMs,
      });
    }
    return list.sort((a, b) => a.start - b.start);
  });
  return {
    steps,
    candidates,
    changeoverMs: 5 * MIN,
    minGapMs: 0,
    maxWaitMs: 60 * MIN,
    lunch: { windowStart: day + 210 * MIN, windowEnd: day + 330 * MIN, durationMs: 30 * MIN },
    dayLabel: '2030-01-07',
  };
}

/** Free slots of a demo-like center on one weekday: two of each consultant, 45- and 30-minute grids. */
function demoDaySlots(domain, date, timeZone, rand) {
  const staff = [
    ['NURSE_NAVIGATOR', 30, 2],
    ['RADIOLOGIST', 30, 1],
    ['BREAST_SURGEON', 45, 2],
    ['MEDICAL_ONCOLOGIST', 45, 2],
    ['RADIATION_ONCOLOGIST', 45, 1],
    ['GENETIC_COUNSELOR', 45, 1],
    ['PLASTIC_SURGEON', 30, 1],
    ['RESEARCH_NURSE', 30, 1],
  ];
  const slots = [];
  for (const [specialty, minutes, count] of staff) {
    for (let k = 0; k < count; k++) {
      const hours = [8 * 60, 12 * 60, 13 * 60, 17 * 60];
      for (const [from, to] of [
        [hours[0], hours[1]],
        [hours[2], hours[3]],
      ]) {
        for (let m = from; m + minutes <= to; m += minutes) {
          // A third of the slots are already taken by other patients.
          if (rand() < 0.33) continue;
          const start = domain.atLocalTime(date, m, timeZone);
          slots.push({
            slotId: `${specialty}-${k}-${m}`,
            specialistId: `${specialty}-${k}`,
            specialty,
            roomId: `${specialty}-room-${k}`,
            start,
            end: new Date(start.getTime() + minutes * MIN),
          });
        }
      }
    }
  }
  return slots;
}

export function benchOptimiser(domain) {
  const rand = random(20261124);
  const single = [];
  let feasible = 0;
  for (let i = 0; i < 200; i++) {
    const request = eightByForty(rand);
    const { ms, result } = time(() => domain.findItineraries(request));
    single.push(ms);
    if (result.feasible) feasible++;
  }
  const template = domain.DEFAULT_PROGRAM_TEMPLATES.find((t) => t.program === 'BREAST');
  const searches = [];
  for (let run = 0; run < 50; run++) {
    const days = [];
    let date = domain.parseLocalDate('2030-01-07');
    while (days.length < 14) {
      if (domain.isoWeekday(date) <= 5) days.push(date);
      date = domain.addLocalDays(date, 1);
    }
    const inputs = days.map((d) => ({
      date: d,
      slots: demoDaySlots(domain, d, 'America/Los_Angeles', rand),
    }));
    const { ms } = time(() => {
      for (const input of inputs) {
        const request = domain.buildItineraryRequest({
          template,
          optionalSteps: ['PLASTIC_SURGERY'],
          slots: input.slots,
          date: input.date,
          dayLabel: domain.formatLocalDate(input.date),
          timeZone: 'America/Los_Angeles',
          needs: { interpreter: false, mobilityAssistance: false },
        });
        domain.findItineraries(request, 3);
      }
    });
    searches.push(ms);
  }
  return {
    'optimiser 8 steps x 40 slots (ms)': {
      ...summarize(single),
      feasibleShare: feasible / single.length,
    },
    'optimiser 14-day search, breast + plastic surgery, 9 steps (ms)': summarize(searches),
  };
}

import { parseLocalDate } from '../availability/local-date.js';
import { parseClockTime, slotsFromWeeklyHours } from '../availability/weekly-hours.js';
import { findItineraries } from './find-itineraries.js';
import { buildItineraryRequest } from './itinerary-request.js';
import { DEFAULT_PROGRAM_TEMPLATES } from './program-template.js';

// 2026-03-08: Los Angeles clocks jump from 02:00 to 03:00. A clinic open that Sunday must still
// put the lunch window at 11:30 local (18:30 UTC, not 19:30) and slots at their wall-clock hours.
describe('a clinic day on the daylight-saving change', () => {
  const zone = 'America/Los_Angeles';
  const date = parseLocalDate('2026-03-08');
  const prostate = DEFAULT_PROGRAM_TEMPLATES.find((t) => t.program === 'PROSTATE')!;
  const specialties = [
    'NURSE_NAVIGATOR',
    'UROLOGIC_ONCOLOGIST',
    'RADIATION_ONCOLOGIST',
    'MEDICAL_ONCOLOGIST',
    'RESEARCH_NURSE',
  ] as const;
  const slots = specialties.flatMap((specialty) =>
    slotsFromWeeklyHours(
      ['08:00', '13:00'].map((start) => ({
        isoWeekday: 7,
        startMinute: parseClockTime(start),
        endMinute: parseClockTime(start) + 240,
        slotMinutes: specialty.endsWith('NURSE') || specialty === 'NURSE_NAVIGATOR' ? 30 : 45,
      })),
      date,
      1,
      zone,
    ).map((s, i) => ({
      slotId: `${specialty}-${i}`,
      specialistId: specialty,
      specialty,
      roomId: `${specialty}-room`,
      start: s.start,
      end: s.end,
    })),
  );

  it('computes the lunch window and the day in local wall-clock time', () => {
    const request = buildItineraryRequest({
      template: prostate,
      optionalSteps: [],
      slots,
      date,
      dayLabel: '2026-03-08',
      timeZone: zone,
      needs: { interpreter: false, mobilityAssistance: false },
    });
    expect(new Date(request.lunch!.windowStart).toISOString()).toBe('2026-03-08T18:30:00.000Z');
    const result = findItineraries(request);
    if (!result.feasible) throw new Error(result.reason);
    // Every visit sits at a wall-clock slot time of PDT (UTC-7): on the hour or at :15/:30/:45.
    for (const visit of result.options[0].visits) {
      expect(new Date(visit.start).getUTCMinutes() % 15).toBe(0);
      expect(new Date(visit.start).getUTCHours()).toBeGreaterThanOrEqual(15);
    }
  });
});

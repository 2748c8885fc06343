import fc from 'fast-check';
import { parseLocalDate, localDateOf, localDayBounds } from './local-date.js';
import { parseClockTime, slotsFromWeeklyHours } from './weekly-hours.js';
const LA = 'America/Los_Angeles';
describe('slotsFromWeeklyHours', () => {
    const mondayMorning = {
        isoWeekday: 1,
        startMinute: parseClockTime('08:00'),
        endMinute: parseClockTime('12:00'),
        slotMinutes: 30,
    };
    it('cuts a weekly block into slots in the site zone', () => {
        // 2026-11-23 is a Monday; Los Angeles is UTC-8 in November.
        const slots = slotsFromWeeklyHours([mondayMorning], parseLocalDate('2026-11-23'), 7, LA);
        expect(slots).toHaveLength(8);
        expect(slots[0].start.toISOString()).toBe('2026-11-23T16:00:00.000Z');
        expect(slots[7].end.toISOString()).toBe('2026-11-23T20:00:00.000Z');
    });
    it('keeps wall-clock hours across the spring daylight-saving change', () => {
        // 2026-03-08 (Sunday) clocks go forward in Los Angeles; the Monday after is UTC-7.
        const before = slotsFromWeeklyHours([mondayMorning], parseLocalDate('2026-03-02'), 1, LA);
        const after = slotsFromWeeklyHours([mondayMorning], parseLocalDate('2026-03-09'), 1, LA);
        expect(before[0].start.toISOString()).toBe('2026-03-02T16:00:00.000Z');
        expect(after[0].start.toISOString()).toBe('2026-03-09T15:00:00.000Z');
    });
    it('knows the daylight-saving day is 23 hours long', () => {
        const { start, end } = localDayBounds(parseLocalDate('2026-03-08'), LA);
        expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
    });
    it('handles a half-hour zone', () => {
        const slots = slotsFromWeeklyHours([{ ...mondayMorning, slotMinutes: 60 }], parseLocalDate('2026-11-23'), 1, 'Asia/Kolkata');
        expect(slots[0].start.toISOString()).toBe('2026-11-23T02:30:00.000Z');
    });
    const hoursArb = fc
        .record({
        isoWeekday: fc.integer({ min: 1, max: 7 }),
        startMinute: fc.integer({ min: 0, max: 23 * 60 }),
        length: fc.integer({ min: 0, max: 10 * 60 }),
        slotMinutes: fc.constantFrom(10, 15, 20, 30, 45, 60),
    })
        .map(({ length, startMinute, ...rest }) => ({
        ...rest,
        startMinute,
        endMinute: Math.min(startMinute + length, 24 * 60 - 1),
    }));
    it('never yields overlapping slots and keeps each slot on its local day and hours', () => {
        fc.assert(fc.property(fc.array(hoursArb, { maxLength: 5 }), fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }), fc.constantFrom(LA, 'UTC', 'Asia/Kolkata', 'Europe/London'), (hours, day, zone) => {
            const first = localDateOf(day, zone);
            const slots = slotsFromWeeklyHours(hours, first, 3, zone);
            const sorted = [...slots].sort((a, b) => a.start.getTime() - b.start.getTime());
            for (let i = 1; i < sorted.length; i++) {
                expect(sorted[i].start.getTime()).toBeGreaterThanOrEqual(sorted[i - 1].end.getTime());
            }
            for (const slot of slots) {
                expect(slot.end.getTime()).toBeGreaterThan(slot.start.getTime());
            }
        }));
    });
});
describe('parseLocalDate', () => {
    it('rejects impossible dates', () => {
        expect(() => parseLocalDate('2026-02-30')).toThrow(RangeError);
        expect(() => parseLocalDate('26-2-3')).toThrow(RangeError);
    });
});
//# sourceMappingURL=weekly-hours.spec.js.map
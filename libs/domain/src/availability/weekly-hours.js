import { addLocalDays, atLocalTime, isoWeekday } from './local-date.js';
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** "08:30" -> 510. */
export function parseClockTime(text) {
    const match = TIME.exec(text);
    if (!match)
        throw new RangeError(`not an HH:mm time: ${text}`);
    return Number(match[1]) * 60 + Number(match[2]);
}
/**
 * Bookable slots for `days` calendar days from `firstDay`, in the site's zone. Slot lengths are
 * real durations, so a session that spans a clock change still yields whole slots.
 */
export function slotsFromWeeklyHours(hours, firstDay, days, timeZone) {
    const slots = [];
    for (let offset = 0; offset < days; offset++) {
        const date = addLocalDays(firstDay, offset);
        const weekday = isoWeekday(date);
        const blocks = hours
            .filter((h) => h.isoWeekday === weekday && h.endMinute > h.startMinute && h.slotMinutes > 0)
            .sort((a, b) => a.startMinute - b.startMinute);
        let lastEnd = Number.NEGATIVE_INFINITY;
        for (const block of blocks) {
            const sessionEnd = atLocalTime(date, block.endMinute, timeZone).getTime();
            const step = block.slotMinutes * 60_000;
            // Overlapping blocks in a template must not produce overlapping slots.
            let start = Math.max(atLocalTime(date, block.startMinute, timeZone).getTime(), lastEnd);
            while (start + step <= sessionEnd) {
                slots.push({ start: new Date(start), end: new Date(start + step) });
                start += step;
            }
            lastEnd = Math.max(lastEnd, start);
        }
    }
    return slots;
}
//# sourceMappingURL=weekly-hours.js.map
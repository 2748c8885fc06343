import { TZDate } from '@date-fns/tz';

/** A calendar date as a site's clinic speaks of it (no time, no zone). */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseLocalDate(text: string): LocalDate {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`not a yyyy-MM-dd date: ${text}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1) {
    throw new RangeError(`no such calendar date: ${text}`);
  }
  return { year, month, day };
}

export function formatLocalDate({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar arithmetic: the date `days` after `date`, whatever any zone's clocks do. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(date: LocalDate): number {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The instant a wall-clock time on a date happens in a zone. */
export function atLocalTime(date: LocalDate, minutesAfterMidnight: number, timeZone: string): Date {
  const hours = Math.floor(minutesAfterMidnight / 60);
  const minutes = minutesAfterMidnight % 60;
  const local = new TZDate(date.year, date.month - 1, date.day, hours, minutes, timeZone);
  return new Date(local.getTime());
}

/** The instants a site's calendar day starts and ends (23 or 25 hours on a daylight-saving day). */
export function localDayBounds(date: LocalDate, timeZone: string): { start: Date; end: Date } {
  return {
    start: atLocalTime(date, 0, timeZone),
    end: atLocalTime(addLocalDays(date, 1), 0, timeZone),
  };
}

/** The site's calendar date of an instant. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const local = new TZDate(instant.getTime(), timeZone);
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
}

/** Minutes since the site's local midnight, for placing an instant on a day's timeline. */
export function minutesIntoLocalDay(instant: Date, timeZone: string): number {
  const local = new TZDate(instant.getTime(), timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

/** A time shown the way the site's clock shows it, never the viewer's own zone. */
export function formatInSiteZone(
  instant: Date | string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
  locale = 'en-US',
): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(new Date(instant));
}

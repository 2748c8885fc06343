import { addLocalDays, formatLocalDate, isoWeekday, localDateOf } from '@oneday/domain';

/** The n-th weekday from `after` days ahead, in the demo site's zone. */
export function weekdayAhead(after: number, n = 0): string {
  let day = addLocalDays(localDateOf(new Date(), 'America/Los_Angeles'), after);
  let found = -1;
  for (;;) {
    if (isoWeekday(day) <= 5 && ++found === n) return formatLocalDate(day);
    day = addLocalDays(day, 1);
  }
}

export function weekendAhead(after: number): string {
  let day = addLocalDays(localDateOf(new Date(), 'America/Los_Angeles'), after);
  while (isoWeekday(day) !== 6) day = addLocalDays(day, 1);
  return formatLocalDate(day);
}

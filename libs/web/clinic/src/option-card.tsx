import type { ClinicDayOptionsQuery } from '@oneday/shared-types';
import { clock, duration } from './format.js';

export type DayOption =
  ClinicDayOptionsQuery['clinicDayOptions']['days'][number]['options'][number];

export function OptionCard({
  option,
  timeZone,
  booking,
  onBook,
}: {
  option: DayOption;
  timeZone: string;
  booking: boolean;
  onBook: () => void;
}) {
  const rows = [
    ...option.visits.map((v) => ({
      key: v.slotId + v.stepKey,
      start: v.startsAt,
      end: v.endsAt,
      what: v.stepLabel,
      who: v.specialistName,
      where: v.room,
    })),
    ...(option.lunch
      ? [
          {
            key: 'lunch',
            start: option.lunch.startsAt,
            end: option.lunch.endsAt,
            what: 'Lunch break',
            who: '',
            where: 'Cafeteria',
          },
        ]
      : []),
  ].sort((a, b) => a.start.localeCompare(b.start));
  const titleId = `option-${option.rank}-${option.arrivalAt}`;
  return (
    <article className="card option" aria-labelledby={titleId}>
      <header className="option-head">
        <h3 id={titleId}>
          Option {option.rank}: {clock(option.arrivalAt, timeZone)} –{' '}
          {clock(option.departureAt, timeZone)}
        </h3>
        <p className="score">
          <span>{duration(option.spanMinutes)} in clinic</span>
          <span>{duration(option.waitingMinutes)} waiting</span>
          <span>
            {option.roomChanges} room change{option.roomChanges === 1 ? '' : 's'}
          </span>
        </p>
      </header>
      <table className="data-table compact">
        <caption className="visually-hidden">Visits of option {option.rank}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Step</th>
            <th scope="col">With</th>
            <th scope="col">Room</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.key === 'lunch' ? 'lunch-row' : undefined}>
              <td>
                {clock(r.start, timeZone)} – {clock(r.end, timeZone)}
              </td>
              <td>{r.what}</td>
              <td>{r.who}</td>
              <td>{r.where}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="primary" onClick={onBook} disabled={booking}>
        {booking ? 'Booking…' : `Book option ${option.rank}`}
      </button>
    </article>
  );
}

import { useQuery, useSubscription } from '@apollo/client/react';
import {
  addLocalDays,
  formatLocalDate,
  localDateOf,
  minutesIntoLocalDay,
  parseLocalDate,
} from '@oneday/domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { clock, longDate } from './format.js';
import {
  DayScheduleChangedDocument,
  DayScheduleDocument,
  PendingTrialReviewsDocument,
  ProgramsDocument,
} from './graphql.js';

const DAY_START = 7 * 60;
const DAY_END = 18 * 60;
const HOURS = Array.from({ length: (DAY_END - DAY_START) / 60 + 1 }, (_, i) => DAY_START / 60 + i);

const position = (start: string, end: string, zone: string) => {
  const from = minutesIntoLocalDay(new Date(start), zone);
  const to = from + (Date.parse(end) - Date.parse(start)) / 60_000;
  const span = DAY_END - DAY_START;
  return { left: `${((from - DAY_START) / span) * 100}%`, width: `${((to - from) / span) * 100}%` };
};

export function BoardPage() {
  const [params, setParams] = useSearchParams();
  const { data: setup } = useQuery(ProgramsDocument);
  const site = setup?.sites[0];
  const zone = site?.timeZone ?? 'UTC';
  const date = params.get('date') ?? formatLocalDate(localDateOf(new Date(), zone));
  const [lastChange, setLastChange] = useState<string | null>(null);
  const variables = { siteId: site?.id ?? '', date };
  const { data, loading, error, refetch } = useQuery(DayScheduleDocument, {
    variables,
    skip: !site,
  });
  useSubscription(DayScheduleChangedDocument, {
    variables,
    skip: !site,
    onData: ({ data: change }) => {
      setLastChange(change.data?.dayScheduleChanged.reason.toLowerCase() ?? null);
      void refetch();
    },
  });

  const { data: pending } = useQuery(PendingTrialReviewsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const shift = (days: number) =>
    setParams({ date: formatLocalDate(addLocalDays(parseLocalDate(date), days)) });

  return (
    <section aria-labelledby="board-title">
      <div className="page-title">
        <h1 id="board-title">Board: {longDate(date)}</h1>
        <div className="board-controls">
          <button type="button" onClick={() => shift(-1)}>
            ← Previous day
          </button>
          <label className="visually-hidden" htmlFor="board-date">
            Date
          </label>
          <input
            id="board-date"
            type="date"
            value={date}
            onChange={(e) => e.target.value && setParams({ date: e.target.value })}
          />
          <button type="button" onClick={() => shift(1)}>
            Next day →
          </button>
        </div>
      </div>
      <p className="muted">
        {site?.name}. Times in {zone}. Updates live when anyone books, moves or cancels.
        {lastChange && <span role="status"> Updated: a day was {lastChange}.</span>}
      </p>
      <ul className="legend" aria-label="Legend">
        <li>
          <span className="slot free" /> Free
        </li>
        <li>
          <span className="slot booked" /> Booked
        </li>
        <li>
          <span className="slot blocked" /> Blocked
        </li>
      </ul>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {loading && !data && <p className="muted">Loading…</p>}
      {data && (
        <div className="board" role="table" aria-label={`Schedule for ${longDate(date)}`}>
          <div className="board-row board-hours" role="row">
            <span className="board-name" role="columnheader">
              Specialist
            </span>
            <div className="board-track" role="columnheader">
              {HOURS.map((h) => (
                <span
                  key={h}
                  className="hour"
                  style={{ left: `${((h * 60 - DAY_START) / (DAY_END - DAY_START)) * 100}%` }}
                >
                  {h % 12 || 12}
                  {h < 12 ? 'am' : 'pm'}
                </span>
              ))}
            </div>
          </div>
          {data.daySchedule.rows.map((row) => (
            <div className="board-row" role="row" key={row.specialistId}>
              <span className="board-name" role="rowheader">
                {row.specialistName}
                <small>{row.specialtyTitle}</small>
              </span>
              <div className="board-track" role="cell">
                {row.slots.map((slot) => {
                  const visit = row.visits.find(
                    (v) => v.startsAt >= slot.startsAt && v.startsAt < slot.endsAt,
                  );
                  const status = slot.status.toLowerCase();
                  const label = `${clock(slot.startsAt, zone)}–${clock(slot.endsAt, zone)} ${visit ? `${visit.patientName}, ${visit.step.replace(/_/g, ' ').toLowerCase()}` : status}${slot.blockReason ? ` (${slot.blockReason})` : ''}`;
                  return (
                    <span
                      key={slot.id}
                      className={`slot ${status}`}
                      style={position(slot.startsAt, slot.endsAt, zone)}
                      title={label}
                    >
                      <span className="visually-hidden">{label}</span>
                      {visit && (
                        <span aria-hidden="true" className="slot-text">
                          {visit.patientName.split(' ')[0]}
                        </span>
                      )}
                    </span>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
      )}
      <section className="card pending" aria-labelledby="pending-title">
        <h2 id="pending-title">Trial eligibility reviews pending</h2>
        {pending && pending.pendingTrialReviews.length === 0 && (
          <p className="muted">Every booked patient’s review is recorded.</p>
        )}
        <ul>
          {pending?.pendingTrialReviews.map((p) => (
            <li key={p.clinicDayId}>
              {longDate(p.date)}: {p.patientName}{' '}
              {p.caseId ? (
                <Link to={`/cases/${p.caseId}/trials`}>review trials</Link>
              ) : (
                <span className="muted">(no case linked yet)</span>
              )}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

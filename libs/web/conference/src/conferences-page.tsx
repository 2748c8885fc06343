import { useMutation, useQuery } from '@apollo/client/react';
import { formatInSiteZone } from '@oneday/domain';
import type { CaseProgram } from '@oneday/shared-types';
import { clientErrorOf, useSession } from '@oneday/web-session';
import {
  CLINIC_PROGRAM_LABEL,
  CONFERENCE_STATUS_LABEL,
  FOLLOW_UP_KIND_LABEL,
  optionsOf,
  valueOf,
} from '@oneday/web-vocabulary';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  CompleteFollowUpDocument,
  ConferencesDocument,
  ScheduleConferenceDocument,
} from './graphql.js';

const DAY = 86_400_000;

export function ConferencesPage() {
  const { user } = useSession();
  const [period] = useState(() => ({
    from: new Date(Date.now() - 30 * DAY).toISOString(),
    to: new Date(Date.now() + 90 * DAY).toISOString(),
  }));
  const { data, error } = useQuery(ConferencesDocument, { variables: period });
  const [complete] = useMutation(CompleteFollowUpDocument, { refetchQueries: ['Conferences'] });
  const [schedule, { loading: scheduling }] = useMutation(ScheduleConferenceDocument, {
    refetchQueries: ['Conferences'],
  });
  const [form, setForm] = useState({
    title: 'Breast Cancer Conference',
    program: 'BREAST' as CaseProgram | null,
    startsAt: '',
    capacityMinutes: '60',
  });
  const [message, setMessage] = useState<string | null>(null);
  const zone = data?.sites[0]?.timeZone ?? 'UTC';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      await schedule({
        variables: {
          input: {
            siteId: data?.sites[0]?.id ?? '',
            title: form.title,
            program: form.program,
            startsAt: new Date(form.startsAt).toISOString(),
            capacityMinutes: Number(form.capacityMinutes),
          },
        },
      });
    } catch (caught) {
      setMessage(clientErrorOf(caught).message);
    }
  };

  return (
    <section aria-labelledby="conferences-title">
      <div className="page-title">
        <h1 id="conferences-title">Cancer Conference</h1>
        <Link to="/conference/metrics">CoC 2.5 report →</Link>
      </div>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Conference</th>
            <th scope="col">Cases</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {data?.conferences.map((c) => (
            <tr key={c.id}>
              <td>
                {formatInSiteZone(c.startsAt, zone, {
                  weekday: 'short',
                  month: 'short',
                  day: 'numeric',
                  hour: 'numeric',
                  minute: '2-digit',
                })}
              </td>
              <td>
                <Link to={`/conference/${c.id}`}>{c.title}</Link>
              </td>
              <td>{c.agenda.length}</td>
              <td>{CONFERENCE_STATUS_LABEL[c.status].toLowerCase()}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <section className="card" aria-labelledby="overdue-title">
        <h2 id="overdue-title">Overdue follow-ups</h2>
        {data?.overdueFollowUps.length === 0 && <p className="muted">Nothing overdue.</p>}
        <ul className="followups">
          {data?.overdueFollowUps.map((f) => (
            <li key={f.id}>
              <strong>{f.patientName}</strong>: {f.description} (
              {FOLLOW_UP_KIND_LABEL[f.kind].toLowerCase()}), due {f.dueDate}
              {f.ownerName && <>, {f.ownerName}</>}{' '}
              <button type="button" onClick={() => void complete({ variables: { id: f.id } })}>
                Mark done<span className="visually-hidden"> for {f.patientName}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      {user?.role === 'COORDINATOR' && (
        <form className="card form-grid" onSubmit={submit} aria-label="Schedule a conference">
          <h2 className="wide">Schedule a conference</h2>
          <div className="field">
            <label htmlFor="conf-title">Title</label>
            <input
              id="conf-title"
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="conf-program">Program</label>
            <select
              id="conf-program"
              value={form.program ?? ''}
              onChange={(e) =>
                setForm({ ...form, program: valueOf(CLINIC_PROGRAM_LABEL, e.target.value) })
              }
            >
              <option value="">General (all sites)</option>
              {optionsOf(CLINIC_PROGRAM_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="conf-start">Starts</label>
            <input
              id="conf-start"
              type="datetime-local"
              required
              value={form.startsAt}
              onChange={(e) => setForm({ ...form, startsAt: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="conf-capacity">Minutes for cases</label>
            <input
              id="conf-capacity"
              type="number"
              min={15}
              max={240}
              value={form.capacityMinutes}
              onChange={(e) => setForm({ ...form, capacityMinutes: e.target.value })}
            />
          </div>
          {message && (
            <p role="alert" className="error wide">
              {message}
            </p>
          )}
          <div className="wide">
            <button type="submit" className="primary" disabled={scheduling || !form.startsAt}>
              Schedule
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { formatInSiteZone, SPECIALTY_LABELS } from '@oneday/domain';
import { useSession } from '@oneday/web-session';
import { CONFERENCE_STATUS_LABEL, MODALITY_LABEL, URGENCY_LABEL } from '@oneday/web-vocabulary';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  AddCaseToAgendaDocument,
  AgendaCandidatesDocument,
  BuildAgendaDocument,
  ConferenceChangedDocument,
  ConferenceDocument,
  PresentAgendaItemDocument,
  RecordAttendanceDocument,
  ReorderAgendaDocument,
} from './graphql.js';
import { RecommendationForm } from './recommendation-form.js';

export function ConferencePage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const coordinator = user?.role === 'COORDINATOR';
  const { data, error, refetch } = useQuery(ConferenceDocument, { variables: { id } });
  // Everyone in the meeting sees the same case, attendance and recommendations as they change.
  useSubscription(ConferenceChangedDocument, { variables: { id }, onData: () => void refetch() });
  const [present] = useMutation(PresentAgendaItemDocument);
  const { data: candidates } = useQuery(AgendaCandidatesDocument, { skip: !coordinator });
  const refetchQueries = ['Conference', 'AgendaCandidates'];
  const [addCase] = useMutation(AddCaseToAgendaDocument, { refetchQueries });
  const [build] = useMutation(BuildAgendaDocument, { refetchQueries });
  const [reorder] = useMutation(ReorderAgendaDocument, { refetchQueries });
  const [attend] = useMutation(RecordAttendanceDocument, { refetchQueries });
  const [caseToAdd, setCaseToAdd] = useState('');
  const [attendee, setAttendee] = useState('');

  if (error) {
    return (
      <p role="alert" className="error">
        {error.message}
      </p>
    );
  }
  if (!data) return <p className="muted">Loading…</p>;
  const conference = data.conference;
  const agenda = conference.agenda;
  const current = Math.max(
    0,
    agenda.findIndex((a) => a.id === conference.currentAgendaItemId),
  );
  const item = agenda[current];
  const show = (index: number) => void present({ variables: { id, itemId: agenda[index].id } });
  // Running total of minutes, to show which cases fall beyond the conference's capacity.
  const cumulative = agenda.reduce<number[]>(
    (totals, a) => [...totals, (totals.at(-1) ?? 0) + a.minutes],
    [],
  );
  const move = (index: number, by: number) => {
    const ids = agenda.map((a) => a.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    void reorder({ variables: { id, itemIds: ids } });
  };

  return (
    <section aria-labelledby="conference-title">
      <p>
        <Link to="/conference">← All conferences</Link>
      </p>
      <h1 id="conference-title">{conference.title}</h1>
      <p className="muted">
        {formatInSiteZone(conference.startsAt, conference.timeZone, {
          dateStyle: 'full',
          timeStyle: 'short',
        })}{' '}
        · {conference.capacityMinutes} minutes for cases ·{' '}
        {CONFERENCE_STATUS_LABEL[conference.status].toLowerCase()}
      </p>
      <div className="two-columns">
        <section className="card" aria-labelledby="agenda-title">
          <h2 id="agenda-title">Agenda</h2>
          <ol className="agenda">
            {agenda.map((a, index) => {
              const minutes = cumulative[index];
              return (
                <li
                  key={a.id}
                  className={minutes > conference.capacityMinutes ? 'over' : undefined}
                  aria-current={index === current ? 'step' : undefined}
                >
                  <div className="agenda-entry">
                    <span>
                      {coordinator ? (
                        <button type="button" className="link-button" onClick={() => show(index)}>
                          {a.patientName}
                        </button>
                      ) : (
                        <strong>{a.patientName}</strong>
                      )}{' '}
                      <span className="muted">
                        {a.summary} · {a.minutes} min · {URGENCY_LABEL[a.urgency].toLowerCase()}
                        {!a.prospective && ' · retrospective'}
                        {a.status === 'PRESENTED' && ' · presented'}
                        {minutes > conference.capacityMinutes && ' · over capacity'}
                      </span>
                    </span>
                    {coordinator && (
                      <span className="agenda-moves">
                        <button
                          type="button"
                          disabled={index === 0}
                          onClick={() => move(index, -1)}
                        >
                          ↑<span className="visually-hidden"> Move {a.patientName} up</span>
                        </button>
                        <button
                          type="button"
                          disabled={index === agenda.length - 1}
                          onClick={() => move(index, 1)}
                        >
                          ↓<span className="visually-hidden"> Move {a.patientName} down</span>
                        </button>
                      </span>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
          {coordinator && (
            <>
              <div className="row-inputs">
                <label className="visually-hidden" htmlFor="agenda-add">
                  Case to add
                </label>
                <select
                  id="agenda-add"
                  value={caseToAdd}
                  onChange={(e) => setCaseToAdd(e.target.value)}
                >
                  <option value="">Choose a submitted case…</option>
                  {candidates?.cases.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.patient.name}: {c.histology} ({URGENCY_LABEL[c.urgency].toLowerCase()})
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  disabled={!caseToAdd}
                  onClick={() =>
                    void addCase({
                      variables: { input: { conferenceId: id, caseId: caseToAdd, minutes: 10 } },
                    }).then(() => setCaseToAdd(''))
                  }
                >
                  Add to agenda
                </button>
              </div>
              <button
                type="button"
                className="primary"
                onClick={() => void build({ variables: { id } })}
              >
                Propose order
              </button>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="attendance-title">
          <h2 id="attendance-title">Attendance</h2>
          <ul>
            {conference.attendance.map((a) => (
              <li key={a.specialistId}>
                {a.name}{' '}
                <span className="muted">({SPECIALTY_LABELS[a.specialty].title.toLowerCase()})</span>
              </li>
            ))}
          </ul>
          {coordinator && (
            <div className="row-inputs">
              <label className="visually-hidden" htmlFor="attendee">
                Specialist attending
              </label>
              <select id="attendee" value={attendee} onChange={(e) => setAttendee(e.target.value)}>
                <option value="">Choose who attends…</option>
                {data.specialists.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} ({s.specialtyTitle})
                  </option>
                ))}
              </select>
              <button
                type="button"
                disabled={!attendee}
                onClick={() =>
                  void attend({ variables: { id, specialistId: attendee } }).then(() =>
                    setAttendee(''),
                  )
                }
              >
                Record attendance
              </button>
            </div>
          )}
        </section>
      </div>
      {item && (
        <section className="card meeting" aria-labelledby="presenting-title">
          <h2 id="presenting-title">
            Presenting {current + 1} of {agenda.length}: {item.patientName}
          </h2>
          <p>
            {item.summary}. Presenter: {item.presenterName ?? '—'}.{' '}
            <Link to={`/cases/${item.caseId}`}>Open the evidence</Link> ·{' '}
            <Link to={`/cases/${item.caseId}/trials`}>Trial matches</Link>
          </p>
          {item.recommendation ? (
            <div role="note">
              <h3>Recommendation</h3>
              <p>{item.recommendation.consensusPlan}</p>
              <p className="muted">
                {item.recommendation.modalities
                  .map((m) => MODALITY_LABEL[m].toLowerCase())
                  .join(', ')}
              </p>
              <ul>
                {item.recommendation.followUps.map((f) => (
                  <li key={f.id}>
                    {f.description} (due {f.dueDate})
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <RecommendationForm
              key={item.id}
              agendaItemId={item.id}
              specialists={data.specialists.map((s) => ({
                id: s.id,
                label: `${s.name} (${s.specialtyTitle})`,
              }))}
              trials={data.trials.map((t) => ({
                id: t.id,
                label: `${t.nctId} ${t.title.slice(0, 60)}`,
              }))}
            />
          )}
          {coordinator && (
            <div className="actions">
              <button type="button" disabled={current === 0} onClick={() => show(current - 1)}>
                ← Previous case
              </button>
              <button
                type="button"
                disabled={current >= agenda.length - 1}
                onClick={() => show(current + 1)}
              >
                Next case →
              </button>
            </div>
          )}
        </section>
      )}
    </section>
  );
}

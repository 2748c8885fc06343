import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { addLocalDays, formatLocalDate, localDateOf } from '@oneday/domain';
import type { ClinicDayOptionsQuery, ClinicProgram } from '@oneday/shared-types';
import { clientErrorOf } from '@oneday/web-session';
import { CLINIC_PROGRAM_LABEL, PROGRAM_LABEL, valueOf } from '@oneday/web-vocabulary';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { clock, longDate } from './format.js';
import {
  BookClinicDayDocument,
  ClinicDayOptionsDocument,
  PatientCasesDocument,
  ProgramsDocument,
} from './graphql.js';
import { OptionCard, type DayOption } from './option-card.js';
import { PatientPicker, type PickedPatient } from './patient-picker.js';

type Options = ClinicDayOptionsQuery['clinicDayOptions'];
type Booked = { id: string; date: string; arrivalAt: string | null; departureAt: string | null };

const SEARCH_DAYS = 21;

export function BookClinicDayPage() {
  const { data: setup } = useQuery(ProgramsDocument);
  const [patient, setPatient] = useState<PickedPatient | null>(null);
  const [program, setProgram] = useState<ClinicProgram>('BREAST');
  const [siteId, setSiteId] = useState('');
  const [mode, setMode] = useState<'earliest' | 'date'>('earliest');
  const [date, setDate] = useState('');
  const [optional, setOptional] = useState<string[]>([]);
  const [caseId, setCaseId] = useState('');
  const { data: patientCases } = useQuery(PatientCasesDocument, {
    variables: { patientId: patient?.id ?? '' },
    skip: !patient,
  });
  const [options, setOptions] = useState<Options | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [booked, setBooked] = useState<Booked | null>(null);
  const [bookingRank, setBookingRank] = useState<string | null>(null);
  // One key per option shown: pressing "Book" twice books once.
  const keys = useRef(new Map<string, string>());
  const [findOptions, { loading: searching }] = useLazyQuery(ClinicDayOptionsDocument, {
    fetchPolicy: 'network-only',
  });
  const [bookDay] = useMutation(BookClinicDayDocument);

  const site = setup?.sites.find((s) => s.id === (siteId || setup.sites[0]?.id));
  const template = setup?.programs.find((p) => p.program === program);
  const zone = site?.timeZone ?? 'UTC';

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!patient || !site) return;
    setMessage(null);
    setBooked(null);
    const tomorrow = addLocalDays(localDateOf(new Date(), zone), 1);
    const range =
      mode === 'date'
        ? { date }
        : {
            from: formatLocalDate(tomorrow),
            to: formatLocalDate(addLocalDays(tomorrow, SEARCH_DAYS)),
          };
    try {
      const result = await findOptions({
        variables: {
          input: {
            patientId: patient.id,
            program,
            siteId: site.id,
            optionalSteps: optional,
            ...range,
          },
        },
      });
      const found = result.data?.clinicDayOptions ?? null;
      setOptions(found);
      if (found && !found.feasible) setMessage(found.reason ?? 'No day fits.');
    } catch (caught) {
      setOptions(null);
      setMessage(clientErrorOf(caught).message);
    }
  };

  const book = async (day: string, option: DayOption) => {
    if (!patient || !site) return;
    const id = `${day}-${option.rank}-${option.arrivalAt}`;
    const key = keys.current.get(id) ?? crypto.randomUUID();
    keys.current.set(id, key);
    setBookingRank(id);
    setMessage(null);
    try {
      const result = await bookDay({
        variables: {
          input: {
            patientId: patient.id,
            program,
            siteId: site.id,
            date: day,
            optionalSteps: optional,
            caseId: caseId || null,
            idempotencyKey: key,
            lunchStartsAt: option.lunch?.startsAt ?? null,
            visits: option.visits.map((v) => ({
              stepKey: v.stepKey,
              slotId: v.slotId,
              startsAt: v.startsAt,
            })),
          },
        },
      });
      if (result.data) {
        setBooked(result.data.bookClinicDay);
        setOptions(null);
      }
    } catch (caught) {
      const error = clientErrorOf(caught);
      if (error.code === 'SLOT_TAKEN') {
        setMessage(
          'Another booking just took one of these times. Nothing was booked. The options below are up to date.',
        );
        setOptions((error.extensions['freshOptions'] as Options | null) ?? null);
      } else {
        setMessage(error.message);
      }
    } finally {
      setBookingRank(null);
    }
  };

  return (
    <section aria-labelledby="book-title" className="wizard">
      <h1 id="book-title">Book a same-day clinic</h1>
      <p className="muted">
        Every specialist of the program, one day, one place, with a clinical-trial eligibility
        review.
      </p>
      <PatientPicker
        selected={patient}
        onSelect={(p) => {
          setPatient(p);
          setCaseId('');
          setOptions(null);
          setBooked(null);
        }}
      />
      <form className="card" onSubmit={search} aria-label="Program and day">
        <fieldset>
          <legend>2. Program and day</legend>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="wizard-program">Program</label>
              <select
                id="wizard-program"
                value={program}
                onChange={(e) => {
                  setProgram(valueOf(CLINIC_PROGRAM_LABEL, e.target.value) ?? program);
                  setOptional([]);
                }}
              >
                {setup?.programs.map((p) => (
                  <option key={p.program} value={p.program}>
                    {CLINIC_PROGRAM_LABEL[p.program]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="wizard-site">Site</label>
              <select
                id="wizard-site"
                value={site?.id ?? ''}
                onChange={(e) => setSiteId(e.target.value)}
              >
                {setup?.sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="wizard-case">Case this day is for</label>
              <select id="wizard-case" value={caseId} onChange={(e) => setCaseId(e.target.value)}>
                <option value="">No case linked</option>
                {patientCases?.cases.map((c) => (
                  <option key={c.id} value={c.id}>
                    {PROGRAM_LABEL[c.program]}: {c.histology}
                    {c.stageGroup ? `, stage ${c.stageGroup}` : ''}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="field wide inline-choices">
              <legend>When</legend>
              <label className="check">
                <input
                  type="radio"
                  name="when"
                  checked={mode === 'earliest'}
                  onChange={() => setMode('earliest')}
                />
                Earliest days (next {SEARCH_DAYS} days)
              </label>
              <label className="check">
                <input
                  type="radio"
                  name="when"
                  checked={mode === 'date'}
                  onChange={() => setMode('date')}
                />
                On a date
              </label>
              {mode === 'date' && (
                <input
                  aria-label="Date"
                  type="date"
                  value={date}
                  required
                  onChange={(e) => setDate(e.target.value)}
                />
              )}
            </fieldset>
            {template && template.steps.some((s) => !s.required) && (
              <fieldset className="field wide inline-choices">
                <legend>Optional steps</legend>
                {template.steps
                  .filter((s) => !s.required)
                  .map((s) => (
                    <label key={s.key} className="check">
                      <input
                        type="checkbox"
                        checked={optional.includes(s.key)}
                        onChange={(e) =>
                          setOptional((current) =>
                            e.target.checked
                              ? [...current, s.key]
                              : current.filter((k) => k !== s.key),
                          )
                        }
                      />
                      {s.label}
                    </label>
                  ))}
              </fieldset>
            )}
          </div>
        </fieldset>
        <button type="submit" className="primary" disabled={!patient || searching}>
          {searching ? 'Searching…' : 'Find options'}
        </button>
        {!patient && <p className="muted">Choose a patient first.</p>}
      </form>

      {message && (
        <p role="alert" className="error card">
          {message}
        </p>
      )}

      {booked && patient && (
        <div role="status" className="card success">
          <h2>Booked</h2>
          <p>
            {patient.givenName} {patient.familyName}: {longDate(booked.date)}
            {booked.arrivalAt && booked.departureAt && (
              <>
                , {clock(booked.arrivalAt, zone)} – {clock(booked.departureAt, zone)}
              </>
            )}
            . The patient can see the day under “My day”.
          </p>
          <Link to={`/clinic/board?date=${booked.date}`}>See the board for that day</Link>
        </div>
      )}

      {options?.days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`}>3. Options for {longDate(day.date)}</h2>
          {day.options.map((option) => (
            <OptionCard
              key={option.rank}
              option={option}
              timeZone={zone}
              booking={bookingRank === `${day.date}-${option.rank}-${option.arrivalAt}`}
              onBook={() => void book(day.date, option)}
            />
          ))}
        </section>
      ))}
    </section>
  );
}

import { useMutation } from '@apollo/client/react';
import type { BiomarkerInput, CaseProgram, FindingInput, Urgency } from '@oneday/shared-types';
import { clientErrorOf, type ClientError } from '@oneday/web-session';
import {
  FINDING_KIND_LABEL,
  optionsOf,
  PROGRAM_LABEL,
  URGENCY_LABEL,
  valueOf,
} from '@oneday/web-vocabulary';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { SubmitCaseDocument } from './graphql.js';

type Biomarker = BiomarkerInput;
type Finding = FindingInput;

const today = () => new Date().toISOString().slice(0, 10);
const EMPTY_MARKER: Biomarker = { name: '', value: '', observedOn: '' };
const EMPTY_FINDING: Finding = {
  kind: 'LAB',
  name: '',
  value: '',
  unit: '',
  observedOn: '',
  text: '',
};

/** What the physician typed stays on the screen whatever the server says. */
export function SubmitCasePage() {
  const navigate = useNavigate();
  const [form, setForm] = useState({
    mrn: '',
    program: 'BREAST' as CaseProgram,
    primarySite: '',
    histology: '',
    clinicalT: '',
    clinicalN: '',
    clinicalM: '',
    stageGroup: '',
    ecog: '',
    urgency: 'ROUTINE' as Urgency,
    treatmentStarted: false,
    priorTherapy: '',
    question: '',
  });
  const [markers, setMarkers] = useState<Biomarker[]>([{ ...EMPTY_MARKER, observedOn: today() }]);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [error, setError] = useState<ClientError | null>(null);
  const [submit, { loading }] = useMutation(SubmitCaseDocument);
  const set = (key: keyof typeof form, value: string | boolean) =>
    setForm((f) => ({ ...f, [key]: value }));
  const invalid = (field: string) =>
    error?.field === field || (error?.field?.startsWith(`${field}.`) ?? false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const optional = (v: string) => (v.trim() ? v.trim() : null);
    try {
      const result = await submit({
        variables: {
          input: {
            mrn: form.mrn.trim(),
            program: form.program,
            primarySite: form.primarySite,
            histology: form.histology,
            clinicalT: optional(form.clinicalT),
            clinicalN: optional(form.clinicalN),
            clinicalM: optional(form.clinicalM),
            stageGroup: optional(form.stageGroup),
            ecog: form.ecog === '' ? null : Number(form.ecog),
            urgency: form.urgency,
            treatmentStarted: form.treatmentStarted,
            priorTherapy: form.priorTherapy
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            question: form.question,
            biomarkers: markers.filter((m) => m.name.trim()),
            findings: findings
              .filter((f) => f.name.trim())
              .map((f) => ({
                ...f,
                value: f.value || null,
                unit: f.unit || null,
                text: f.text || null,
              })),
          },
        },
      });
      if (result.data) await navigate(`/cases/${result.data.submitCase.id}`);
    } catch (caught) {
      setError(clientErrorOf(caught));
    }
  };

  const field = (key: keyof typeof form, label: string, input?: ReactNode) => (
    <div className="field">
      <label htmlFor={`case-${key}`}>{label}</label>
      {input ?? (
        <input
          id={`case-${key}`}
          value={form[key] as string}
          onChange={(e) => set(key, e.target.value)}
          aria-invalid={invalid(key)}
          aria-describedby={invalid(key) ? 'case-error' : undefined}
        />
      )}
    </div>
  );

  return (
    <section aria-labelledby="submit-title">
      <h1 id="submit-title">Submit a case to the Cancer Conference</h1>
      <form className="card form-grid" onSubmit={onSubmit} aria-label="Case" noValidate>
        {field('mrn', 'Patient MRN')}
        {field(
          'program',
          'Program',
          <select
            id="case-program"
            value={form.program}
            onChange={(e) => set('program', valueOf(PROGRAM_LABEL, e.target.value) ?? form.program)}
          >
            {optionsOf(PROGRAM_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>,
        )}
        {field('primarySite', 'Primary site')}
        {field('histology', 'Histology')}
        {field('clinicalT', 'Clinical T')}
        {field('clinicalN', 'Clinical N')}
        {field('clinicalM', 'Clinical M')}
        {field('stageGroup', 'Stage group')}
        {field(
          'ecog',
          'ECOG',
          <select
            id="case-ecog"
            value={form.ecog}
            onChange={(e) => set('ecog', e.target.value)}
            aria-invalid={invalid('ecog')}
          >
            <option value="">Not assessed</option>
            {[0, 1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>,
        )}
        {field(
          'urgency',
          'Urgency',
          <select
            id="case-urgency"
            value={form.urgency}
            onChange={(e) => set('urgency', valueOf(URGENCY_LABEL, e.target.value) ?? form.urgency)}
          >
            {optionsOf(URGENCY_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>,
        )}
        {field('priorTherapy', 'Prior therapy (comma-separated)')}
        <label className="check">
          <input
            type="checkbox"
            checked={form.treatmentStarted}
            onChange={(e) => set('treatmentStarted', e.target.checked)}
          />
          Treatment has started (presented retrospectively)
        </label>
        <div className="field wide">
          <label htmlFor="case-question">Question for the board</label>
          <textarea
            id="case-question"
            rows={3}
            value={form.question}
            onChange={(e) => set('question', e.target.value)}
            aria-invalid={invalid('question')}
          />
        </div>

        <fieldset className="wide">
          <legend>Biomarkers</legend>
          {markers.map((m, i) => (
            <div className="row-inputs" key={i}>
              <input
                aria-label={`Marker ${i + 1} name`}
                placeholder="ER, HER2, PSA…"
                value={m.name}
                onChange={(e) =>
                  setMarkers((all) =>
                    all.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)),
                  )
                }
              />
              <input
                aria-label={`Marker ${i + 1} value`}
                placeholder="POSITIVE 90%"
                value={m.value}
                onChange={(e) =>
                  setMarkers((all) =>
                    all.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)),
                  )
                }
              />
              <input
                aria-label={`Marker ${i + 1} date`}
                type="date"
                value={m.observedOn}
                aria-invalid={error?.field === `biomarkers.${i}.observedOn`}
                onChange={(e) =>
                  setMarkers((all) =>
                    all.map((x, j) => (j === i ? { ...x, observedOn: e.target.value } : x)),
                  )
                }
              />
              <button
                type="button"
                onClick={() => setMarkers((all) => all.filter((_, j) => j !== i))}
              >
                Remove<span className="visually-hidden"> marker {i + 1}</span>
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => setMarkers((all) => [...all, { ...EMPTY_MARKER, observedOn: today() }])}
          >
            Add marker
          </button>
        </fieldset>

        <fieldset className="wide">
          <legend>Evidence: labs, imaging, pathology, history, notes</legend>
          {findings.map((f, i) => (
            <div className="row-inputs" key={i}>
              <select
                aria-label={`Finding ${i + 1} kind`}
                value={f.kind}
                onChange={(e) =>
                  setFindings((all) =>
                    all.map((x, j) =>
                      j === i
                        ? { ...x, kind: valueOf(FINDING_KIND_LABEL, e.target.value) ?? x.kind }
                        : x,
                    ),
                  )
                }
              >
                {optionsOf(FINDING_KIND_LABEL).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <input
                aria-label={`Finding ${i + 1} name`}
                placeholder="Hemoglobin, CT chest…"
                value={f.name}
                onChange={(e) =>
                  setFindings((all) =>
                    all.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)),
                  )
                }
              />
              <input
                aria-label={`Finding ${i + 1} value`}
                placeholder="value"
                value={f.value ?? ''}
                onChange={(e) =>
                  setFindings((all) =>
                    all.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)),
                  )
                }
              />
              <input
                aria-label={`Finding ${i + 1} unit`}
                placeholder="unit"
                value={f.unit ?? ''}
                onChange={(e) =>
                  setFindings((all) =>
                    all.map((x, j) => (j === i ? { ...x, unit: e.target.value } : x)),
                  )
                }
              />
              <input
                aria-label={`Finding ${i + 1} date`}
                type="date"
                value={f.observedOn}
                aria-invalid={error?.field === `findings.${i}.observedOn`}
                onChange={(e) =>
                  setFindings((all) =>
                    all.map((x, j) => (j === i ? { ...x, observedOn: e.target.value } : x)),
                  )
                }
              />
              <input
                aria-label={`Finding ${i + 1} text`}
                placeholder="report text"
                value={f.text ?? ''}
                onChange={(e) =>
                  setFindings((all) =>
                    all.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)),
                  )
                }
              />
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              setFindings((all) => [...all, { ...EMPTY_FINDING, observedOn: today() }])
            }
          >
            Add evidence
          </button>
        </fieldset>

        {error && (
          <p id="case-error" role="alert" className="error wide">
            {error.message}
          </p>
        )}
        <div className="wide">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? 'Submitting…' : 'Submit case'}
          </button>
        </div>
      </form>
    </section>
  );
}

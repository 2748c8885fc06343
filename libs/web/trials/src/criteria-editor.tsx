import { useMutation } from '@apollo/client/react';
import type { TrialsQuery } from '@oneday/shared-types';
import { clientErrorOf, type ClientError } from '@oneday/web-session';
import { CLINIC_PROGRAM_LABEL, optionsOf } from '@oneday/web-vocabulary';
import { useState, type FormEvent } from 'react';
import { UpdateTrialCriteriaDocument } from './graphql.js';

type Criteria = TrialsQuery['trials'][number]['criteria'];

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const number = (text: string) => (text.trim() === '' ? null : Number(text));

/** Markers as "ER=POSITIVE, HER2=NEGATIVE"; variants as "BRCA1=PATHOGENIC". */
const pairs = (text: string) =>
  list(text).map((pair) => {
    const [left, right = ''] = pair.split('=').map((s) => s.trim());
    return [left, right] as const;
  });

export function CriteriaEditor({
  trialId,
  criteria,
  onDone,
}: {
  trialId: string;
  criteria: Criteria;
  onDone: () => void;
}) {
  const [form, setForm] = useState({
    programs: criteria.programs,
    histologies: criteria.histologies.join(', '),
    primarySites: criteria.primarySites.join(', '),
    stageMin: criteria.stageMin ?? '',
    stageMax: criteria.stageMax ?? '',
    biomarkers: criteria.biomarkers.map((b) => `${b.name}=${b.equals}`).join(', '),
    ecogMax: criteria.ecogMax?.toString() ?? '',
    psaMax: criteria.psaMax?.toString() ?? '',
    priorTherapyRequired: criteria.priorTherapyRequired.join(', '),
    priorTherapyExcluded: criteria.priorTherapyExcluded.join(', '),
    variants: criteria.variants.map((v) => `${v.gene}=${v.variantClass}`).join(', '),
  });
  const [error, setError] = useState<ClientError | null>(null);
  const [save, { loading }] = useMutation(UpdateTrialCriteriaDocument, {
    refetchQueries: ['Trials'],
  });
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await save({
        variables: {
          input: {
            trialId,
            programs: form.programs,
            histologies: list(form.histologies),
            primarySites: list(form.primarySites),
            stageMin: form.stageMin.trim() || null,
            stageMax: form.stageMax.trim() || null,
            biomarkers: pairs(form.biomarkers).map(([name, equals]) => ({ name, equals })),
            ecogMax: number(form.ecogMax),
            psaMin: criteria.psaMin,
            psaMax: number(form.psaMax),
            gradeGroupMin: criteria.gradeGroupMin,
            gradeGroupMax: criteria.gradeGroupMax,
            priorTherapyRequired: list(form.priorTherapyRequired),
            priorTherapyExcluded: list(form.priorTherapyExcluded),
            variants: pairs(form.variants).map(([gene, variantClass]) => ({ gene, variantClass })),
          },
        },
      });
      onDone();
    } catch (caught) {
      setError(clientErrorOf(caught));
    }
  };

  const text = (key: keyof typeof form, label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${trialId}-${key}`}>{label}</label>
      <input
        id={`${trialId}-${key}`}
        value={form[key] as string}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={error?.field === key}
        placeholder={hint}
      />
    </div>
  );

  return (
    <form className="card form-grid" onSubmit={submit} aria-label="Edit criteria">
      <fieldset className="field wide inline-choices">
        <legend>Programs</legend>
        {optionsOf(CLINIC_PROGRAM_LABEL).map(([p, label]) => (
          <label key={p} className="check">
            <input
              type="checkbox"
              checked={form.programs.includes(p)}
              onChange={(e) =>
                setForm((f) => ({
                  ...f,
                  programs: e.target.checked
                    ? [...f.programs, p]
                    : f.programs.filter((x) => x !== p),
                }))
              }
            />
            {label}
          </label>
        ))}
      </fieldset>
      {text('histologies', 'Histology words', 'ductal, lobular')}
      {text('primarySites', 'Primary site words', 'breast')}
      {text('stageMin', 'Lowest stage', 'II')}
      {text('stageMax', 'Highest stage', 'III')}
      {text('biomarkers', 'Markers', 'ER=POSITIVE, HER2=NEGATIVE')}
      {text('ecogMax', 'ECOG at most', '1')}
      {text('psaMax', 'PSA at most (ng/mL)')}
      {text('variants', 'Variants', 'BRCA1=PATHOGENIC')}
      {text('priorTherapyRequired', 'Prior therapy required', 'trastuzumab')}
      {text('priorTherapyExcluded', 'Prior therapy excluded', 'CDK4/6 inhibitor')}
      {error && (
        <p role="alert" className="error wide">
          {error.message}
        </p>
      )}
      <div className="wide actions">
        <button type="submit" className="primary" disabled={loading}>
          Save criteria
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

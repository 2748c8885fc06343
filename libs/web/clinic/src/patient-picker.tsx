import { useQuery } from '@apollo/client/react';
import type { FindPatientsQuery } from '@oneday/shared-types';
import { useDeferredValue, useState } from 'react';
import { FindPatientsDocument } from './graphql.js';

export type PickedPatient = FindPatientsQuery['patients'][number];

export function PatientPicker({
  selected,
  onSelect,
}: {
  selected: PickedPatient | null;
  onSelect: (p: PickedPatient) => void;
}) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const { data } = useQuery(FindPatientsDocument, {
    variables: { search: deferred || null },
    skip: deferred.length < 2,
  });
  return (
    <fieldset className="card">
      <legend>1. Patient</legend>
      {selected && (
        <p className="selected" aria-live="polite">
          <strong>
            {selected.givenName} {selected.familyName}
          </strong>{' '}
          ({selected.mrn}, born {selected.birthDate})
          {selected.needs.interpreter && (
            <span className="badge">interpreter ({selected.language})</span>
          )}
          {selected.needs.mobilityAssistance && <span className="badge">mobility</span>}
        </p>
      )}
      <label htmlFor="wizard-patient-search">Find the patient by name or MRN</label>
      <input
        id="wizard-patient-search"
        type="search"
        value={search}
        maxLength={100}
        onChange={(e) => setSearch(e.target.value)}
      />
      {data && (
        <ul className="pick-list" aria-label="Matching patients">
          {data.patients.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                aria-pressed={selected?.id === p.id}
                onClick={() => {
                  onSelect(p);
                  setSearch('');
                }}
              >
                {p.familyName}, {p.givenName} · {p.mrn}
              </button>
            </li>
          ))}
          {data.patients.length === 0 && <li className="muted">No patient matches.</li>}
        </ul>
      )}
    </fieldset>
  );
}

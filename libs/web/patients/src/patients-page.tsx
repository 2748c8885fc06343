import { useQuery } from '@apollo/client/react';
import { graphql } from '@oneday/shared-types';
import { useDeferredValue, useState } from 'react';
import { RegisterPatientForm } from './register-patient-form.js';

export const PatientsDocument = graphql(`
  query Patients($search: String) {
    patients(search: $search) {
      id
      mrn
      givenName
      familyName
      birthDate
      sex
      language
      needs {
        interpreter
        mobilityAssistance
        transport
      }
    }
  }
`);

const needsOf = (needs: {
  interpreter: boolean;
  mobilityAssistance: boolean;
  transport: boolean;
}) =>
  [
    needs.interpreter && 'Interpreter',
    needs.mobilityAssistance && 'Mobility',
    needs.transport && 'Transport',
  ]
    .filter(Boolean)
    .join(', ') || '—';

export function PatientsPage() {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const { data, loading, error } = useQuery(PatientsDocument, {
    variables: { search: deferred || null },
  });
  const [registering, setRegistering] = useState(false);

  return (
    <section aria-labelledby="patients-title">
      <div className="page-title">
        <h1 id="patients-title">Patients</h1>
        <button
          type="button"
          className="primary"
          onClick={() => setRegistering((open) => !open)}
          aria-expanded={registering}
        >
          {registering ? 'Close form' : 'Register patient'}
        </button>
      </div>
      {registering && <RegisterPatientForm onRegistered={() => setRegistering(false)} />}
      <label htmlFor="patient-search">Find a patient by name or MRN</label>
      <input
        id="patient-search"
        type="search"
        value={search}
        maxLength={100}
        onChange={(e) => setSearch(e.target.value)}
        placeholder="e.g. Alvarez or MRN-100001"
      />
      {error && (
        <p role="alert" className="error">
          Could not load patients: {error.message}
        </p>
      )}
      <table className="data-table">
        <caption className="visually-hidden">Patients matching the search</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">MRN</th>
            <th scope="col">Born</th>
            <th scope="col">Sex</th>
            <th scope="col">Language</th>
            <th scope="col">Needs</th>
          </tr>
        </thead>
        <tbody aria-busy={loading}>
          {data?.patients.map((p) => (
            <tr key={p.id}>
              <td>
                {p.familyName}, {p.givenName}
              </td>
              <td>{p.mrn}</td>
              <td>{p.birthDate}</td>
              <td>{p.sex.toLowerCase()}</td>
              <td>{p.language}</td>
              <td>{needsOf(p.needs)}</td>
            </tr>
          ))}
          {data && data.patients.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                No patient matches “{deferred}”.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

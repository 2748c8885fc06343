import { useMutation, useQuery } from '@apollo/client/react';
import type { ImportTrialsMutation } from '@oneday/shared-types';
import { clientErrorOf, useSession } from '@oneday/web-session';
import { Fragment, useState, type FormEvent } from 'react';
import { CriteriaEditor } from './criteria-editor.js';
import { ImportTrialsDocument, TrialsDocument } from './graphql.js';
import { phaseText, statusText } from './status-labels.js';

export function TrialsPage() {
  const { user } = useSession();
  const { data, loading, error } = useQuery(TrialsDocument);
  const [editing, setEditing] = useState<string | null>(null);
  const [json, setJson] = useState('');
  const [imported, setImported] = useState<ImportTrialsMutation['importTrials'] | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [importTrials, { loading: importing }] = useMutation(ImportTrialsDocument, {
    refetchQueries: ['Trials'],
  });

  const submitImport = async (event: FormEvent) => {
    event.preventDefault();
    setImportError(null);
    try {
      const result = await importTrials({ variables: { json } });
      setImported(result.data?.importTrials ?? null);
      setJson('');
    } catch (caught) {
      setImportError(clientErrorOf(caught).message);
    }
  };

  return (
    <section aria-labelledby="trials-registry-title">
      <h1 id="trials-registry-title">Clinical trials</h1>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {loading && <p className="muted">Loading…</p>}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Trial</th>
            <th scope="col">Phase</th>
            <th scope="col">Status</th>
            <th scope="col">Sponsor or group</th>
            <th scope="col">Site</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data?.trials.map((t) => (
            <Fragment key={t.id}>
              <tr>
                <td>
                  <strong>{t.nctId}</strong> {t.title}
                </td>
                <td>{phaseText(t.phases)}</td>
                <td>{statusText(t.overallStatus)}</td>
                <td>{t.cooperativeGroup ?? t.sponsor}</td>
                <td>{t.internal ? 'Internal' : 'External'}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => setEditing(editing === t.id ? null : t.id)}
                    aria-expanded={editing === t.id}
                  >
                    Edit criteria<span className="visually-hidden"> of {t.nctId}</span>
                  </button>
                </td>
              </tr>
              {editing === t.id && (
                <tr>
                  <td colSpan={6}>
                    <CriteriaEditor
                      trialId={t.id}
                      criteria={t.criteria}
                      onDone={() => setEditing(null)}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {user?.role === 'COORDINATOR' && (
        <form className="card" onSubmit={submitImport} aria-label="Import trials">
          <h2>Import from ClinicalTrials.gov</h2>
          <label htmlFor="import-json">
            Study JSON (API v2: one study, a list, or a search response)
          </label>
          <textarea
            id="import-json"
            rows={5}
            value={json}
            onChange={(e) => setJson(e.target.value)}
          />
          {importError && (
            <p role="alert" className="error">
              {importError}
            </p>
          )}
          {imported && (
            <div role="status">
              <p>
                {imported.imported} new, {imported.updated} updated, {imported.rejected} rejected.
              </p>
              <ul>
                {imported.records.map((r, i) => (
                  <li key={i}>
                    {r.nctId ?? 'Record'}: {r.outcome.toLowerCase()}
                    {r.reason && ` (${r.reason})`}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="submit" className="primary" disabled={importing || !json.trim()}>
            {importing ? 'Importing…' : 'Import'}
          </button>
        </form>
      )}
    </section>
  );
}

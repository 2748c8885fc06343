import { useQuery } from '@apollo/client/react';
import { graphql } from '@oneday/shared-types';
import { useSession } from '@oneday/web-session';
import { CASE_STATUS_LABEL, PROGRAM_LABEL, URGENCY_LABEL } from '@oneday/web-vocabulary';
import { Link } from 'react-router';
import { stageOf } from './labels.js';

const CasesDocument = graphql(`
  query Cases($filter: CasesFilter) {
    cases(filter: $filter) {
      id
      program
      primarySite
      histology
      clinicalT
      clinicalN
      clinicalM
      stageGroup
      urgency
      status
      submittedAt
      patient {
        id
        name
        mrn
      }
      submittedBy {
        id
        name
      }
    }
  }
`);

export function CasesPage() {
  const { user } = useSession();
  const { data, loading, error } = useQuery(CasesDocument, { variables: { filter: {} } });
  const title = user?.role === 'PHYSICIAN' ? 'My cases' : 'Cases';
  return (
    <section aria-labelledby="cases-title">
      <div className="page-title">
        <h1 id="cases-title">{title}</h1>
        {user?.role === 'PHYSICIAN' && (
          <Link className="button-link" to="/cases/new">
            Submit a case
          </Link>
        )}
      </div>
      {user?.role === 'PHYSICIAN' && (
        <p className="muted">
          Cases you submitted to the Cancer Conference, and cases on a conference agenda.
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          Could not load cases: {error.message}
        </p>
      )}
      {loading && <p className="muted">Loading…</p>}
      <ul className="case-list">
        {data?.cases.map((c) => (
          <li key={c.id} className="card case-card">
            <div className="case-card-head">
              <h2>
                <Link to={`/cases/${c.id}`}>{c.patient.name}</Link>
              </h2>
              <span className={`badge status-${c.status.toLowerCase()}`}>
                {CASE_STATUS_LABEL[c.status]}
              </span>
              {c.urgency !== 'ROUTINE' && (
                <span className={`badge urgency-${c.urgency.toLowerCase()}`}>
                  {URGENCY_LABEL[c.urgency].toLowerCase()}
                </span>
              )}
            </div>
            <p>
              {PROGRAM_LABEL[c.program]}: {c.histology}, {c.primarySite}. {stageOf(c)}.
            </p>
            <p className="muted">
              {c.patient.mrn} · submitted by {c.submittedBy.name} on{' '}
              {new Date(c.submittedAt).toLocaleDateString()}
            </p>
          </li>
        ))}
      </ul>
      {data && data.cases.length === 0 && <p className="muted">No cases yet.</p>}
    </section>
  );
}

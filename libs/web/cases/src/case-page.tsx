import { useQuery } from '@apollo/client/react';
import { graphql } from '@oneday/shared-types';
import { CASE_STATUS_LABEL, FINDING_KIND_LABEL, PROGRAM_LABEL } from '@oneday/web-vocabulary';
import { Link, useParams } from 'react-router';
import { stageOf } from './labels.js';

const CaseDocument = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      id
      program
      primarySite
      histology
      clinicalT
      clinicalN
      clinicalM
      stageGroup
      ecog
      priorTherapy
      treatmentStarted
      question
      urgency
      status
      submittedAt
      patient {
        id
        name
        mrn
        birthDate
        sex
      }
      submittedBy {
        id
        name
        specialty
      }
      recommendation {
        consensusPlan
        modalities
        guideline
        guidelineVersion
        trialDiscussed
        followUps {
          id
          description
          dueDate
          doneAt
        }
      }
      biomarkers {
        name
        value
        observedOn
      }
      findings {
        kind
        name
        value
        unit
        observedOn
        text
      }
    }
  }
`);

export function CasePage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CaseDocument, { variables: { id } });
  if (loading) return <p className="muted">Loading…</p>;
  if (error || !data) {
    return (
      <p role="alert" className="error">
        {error?.message ?? 'Case not found.'}
      </p>
    );
  }
  const c = data.case;
  return (
    <article aria-labelledby="case-title">
      <p>
        <Link to="/cases">← All cases</Link>
      </p>
      <div className="page-title">
        <h1 id="case-title">
          {c.patient.name} <span className="muted">({c.patient.mrn})</span>
        </h1>
        <span className={`badge status-${c.status.toLowerCase()}`}>
          {CASE_STATUS_LABEL[c.status]}
        </span>
      </div>
      <p>
        <Link className="button-link" to={`/cases/${c.id}/trials`}>
          Clinical-trial eligibility review →
        </Link>
      </p>
      <div className="card">
        <h2>Question for the board</h2>
        <p className="question">{c.question}</p>
      </div>
      {c.recommendation && (
        <section className="card recommendation" aria-labelledby="recommendation-title">
          <h2 id="recommendation-title">The board’s recommendation</h2>
          <p>{c.recommendation.consensusPlan}</p>
          <p className="muted">
            {c.recommendation.modalities.map((m) => m.toLowerCase().replace(/_/g, ' ')).join(', ')}
            {c.recommendation.guideline &&
              ` · ${c.recommendation.guideline} ${c.recommendation.guidelineVersion ?? ''}`}
            {c.recommendation.trialDiscussed && ' · clinical trial discussed'}
          </p>
          {c.recommendation.followUps.length > 0 && (
            <ul>
              {c.recommendation.followUps.map((f) => (
                <li key={f.id}>
                  {f.description}, due {f.dueDate}
                  {f.doneAt ? ' (done)' : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <div className="two-columns">
        <section className="card" aria-labelledby="diagnosis-title">
          <h2 id="diagnosis-title">Diagnosis</h2>
          <dl className="facts">
            <dt>Program</dt>
            <dd>{PROGRAM_LABEL[c.program]}</dd>
            <dt>Primary site</dt>
            <dd>{c.primarySite}</dd>
            <dt>Histology</dt>
            <dd>{c.histology}</dd>
            <dt>Clinical stage</dt>
            <dd>{stageOf(c)}</dd>
            <dt>ECOG</dt>
            <dd>{c.ecog ?? 'Not recorded'}</dd>
            <dt>Treatment started</dt>
            <dd>{c.treatmentStarted ? 'Yes' : 'No (prospective)'}</dd>
            <dt>Prior therapy</dt>
            <dd>{c.priorTherapy.length ? c.priorTherapy.join(', ') : 'None'}</dd>
            <dt>Submitted by</dt>
            <dd>{c.submittedBy.name}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="biomarkers-title">
          <h2 id="biomarkers-title">Biomarkers</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Marker</th>
                <th scope="col">Result</th>
                <th scope="col">Measured</th>
              </tr>
            </thead>
            <tbody>
              {c.biomarkers.map((b) => (
                <tr key={b.name}>
                  <td>{b.name}</td>
                  <td>{b.value}</td>
                  <td>{b.observedOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section className="card" aria-labelledby="findings-title">
        <h2 id="findings-title">Evidence</h2>
        <ul className="findings">
          {c.findings.map((f, i) => (
            <li key={i}>
              <span className="badge">{FINDING_KIND_LABEL[f.kind].toLowerCase()}</span>{' '}
              <strong>{f.name}</strong> ({f.observedOn})
              {f.value && (
                <>
                  : {f.value} {f.unit}
                </>
              )}
              {f.text && <p>{f.text}</p>}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

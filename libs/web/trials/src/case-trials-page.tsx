import { useQuery } from '@apollo/client/react';
import { ELIGIBILITY_LABEL, PATIENT_INTEREST_LABEL } from '@oneday/web-vocabulary';
import { Link, useParams } from 'react-router';
import { TrialMatchesDocument } from './graphql.js';
import { CRITERION_STATUS, phaseText, statusText } from './status-labels.js';
import { TrialReviewForm } from './trial-review-form.js';

export function CaseTrialsPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(TrialMatchesDocument, { variables: { caseId: id } });
  if (loading) return <p className="muted">Evaluating trials…</p>;
  if (error || !data) {
    return (
      <p role="alert" className="error">
        {error?.message ?? 'Case not found.'}
      </p>
    );
  }
  return (
    <section aria-labelledby="trials-title">
      <p>
        <Link to={`/cases/${id}`}>← Back to the case</Link>
      </p>
      <h1 id="trials-title">
        Trial eligibility: {data.case.patient.name}{' '}
        <span className="muted">({data.case.patient.mrn})</span>
      </h1>
      <p className="muted">
        Recruiting and later-phase trials first, internal before external. Missing or outdated data
        shows as unknown, never as a reason to exclude. Taking part is always the patient’s choice.
      </p>
      {data.trialMatches.map((match) => (
        <article
          key={match.trial.id}
          className="card trial-match"
          aria-labelledby={`trial-${match.trial.id}`}
        >
          <header className="option-head">
            <h2 id={`trial-${match.trial.id}`}>
              {match.rank}. {match.trial.title}
            </h2>
            <span className={`badge eligibility-${match.overall.toLowerCase()}`}>
              {ELIGIBILITY_LABEL[match.overall]}
            </span>
          </header>
          <p className="muted">
            {match.trial.nctId} · {phaseText(match.trial.phases)} ·{' '}
            {statusText(match.trial.overallStatus)} ·{' '}
            {match.trial.internal ? 'internal' : 'external'} ·{' '}
            {match.trial.cooperativeGroup ?? match.trial.sponsor} · {match.trial.locations.length}{' '}
            location
            {match.trial.locations.length === 1 ? '' : 's'}
          </p>
          <p className="reasons">Ranked by: {match.reasons.join('; ')}.</p>
          <table className="data-table compact">
            <caption className="visually-hidden">Criteria of {match.trial.nctId}</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Result</th>
                <th scope="col">Patient’s value</th>
              </tr>
            </thead>
            <tbody>
              {match.criteria.map((c) => (
                <tr key={c.criterion}>
                  <td>{c.requirement}</td>
                  <td className={`criterion ${c.status.toLowerCase()}`}>
                    <span aria-hidden="true">{CRITERION_STATUS[c.status].symbol}</span>{' '}
                    {CRITERION_STATUS[c.status].text}
                  </td>
                  <td>
                    {c.value ?? '—'}
                    {c.observedOn && <span className="muted"> ({c.observedOn})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {match.trial.inclusionLines.length > 0 && (
            <details>
              <summary>Eligibility text from ClinicalTrials.gov</summary>
              <h3>Inclusion</h3>
              <ul>
                {match.trial.inclusionLines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
              <h3>Exclusion</h3>
              <ul>
                {match.trial.exclusionLines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </details>
          )}
          {match.review && (
            <p className="last-review" role="note">
              Last review: <strong>{statusText(match.review.decision)}</strong> by{' '}
              {match.review.reviewerName} on{' '}
              {new Date(match.review.reviewedAt).toLocaleDateString()}
              {match.review.reason && <> ({match.review.reason})</>}. Patient:{' '}
              {match.review.patientInterest
                ? PATIENT_INTEREST_LABEL[match.review.patientInterest].toLowerCase()
                : 'not discussed'}
              {match.review.contactConsent &&
                !match.review.consentWithdrawnAt &&
                ', agrees to be contacted'}
              {match.review.consentWithdrawnAt && ', consent withdrawn'}.
            </p>
          )}
          <TrialReviewForm caseId={id} trialId={match.trial.id} nctId={match.trial.nctId} />
        </article>
      ))}
    </section>
  );
}

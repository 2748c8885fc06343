import { useMutation } from '@apollo/client/react';
import type { PatientInterest, ReviewDecision } from '@oneday/shared-types';
import { clientErrorOf, type ClientError } from '@oneday/web-session';
import {
  optionsOf,
  PATIENT_INTEREST_LABEL,
  REVIEW_DECISION_LABEL,
  valueOf,
} from '@oneday/web-vocabulary';
import { useState, type FormEvent } from 'react';
import { RecordTrialReviewDocument } from './graphql.js';

const INTEREST_CHOICES = [['', 'Not discussed yet'] as const, ...optionsOf(PATIENT_INTEREST_LABEL)];

export function TrialReviewForm({
  caseId,
  trialId,
  nctId,
}: {
  caseId: string;
  trialId: string;
  nctId: string;
}) {
  const [decision, setDecision] = useState<ReviewDecision>('CONSIDER');
  const [reason, setReason] = useState('');
  const [interest, setInterest] = useState<PatientInterest | ''>('');
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [saved, setSaved] = useState(false);
  const [record, { loading }] = useMutation(RecordTrialReviewDocument, {
    refetchQueries: ['TrialMatches'],
  });
  const id = (name: string) => `${nctId}-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await record({
        variables: {
          input: {
            caseId,
            trialId,
            decision,
            reason,
            patientInterest: interest || null,
            contactConsent: interest === 'INTERESTED' ? consent : null,
          },
        },
      });
      setSaved(true);
    } catch (caught) {
      setError(clientErrorOf(caught));
    }
  };

  return (
    <form className="review-form" onSubmit={submit} aria-label={`Review of ${nctId}`}>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={id('decision')}>Decision</label>
          <select
            id={id('decision')}
            value={decision}
            onChange={(e) =>
              setDecision(valueOf(REVIEW_DECISION_LABEL, e.target.value) ?? decision)
            }
          >
            {optionsOf(REVIEW_DECISION_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('reason')}>Reason</label>
          <input
            id={id('reason')}
            value={reason}
            maxLength={2000}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <fieldset className="field wide inline-choices">
          <legend>Patient’s interest (voluntary, discussed in advance)</legend>
          {INTEREST_CHOICES.map(([value, label]) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={id('interest')}
                checked={interest === value}
                onChange={() => setInterest(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <label className="check wide">
          <input
            type="checkbox"
            checked={consent}
            disabled={interest !== 'INTERESTED'}
            onChange={(e) => setConsent(e.target.checked)}
          />
          The patient agrees to be contacted by the research team
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {saved && <p role="status">Review saved.</p>}
      <button type="submit" className="primary" disabled={loading}>
        {loading ? 'Saving…' : 'Save review'}
      </button>
    </form>
  );
}

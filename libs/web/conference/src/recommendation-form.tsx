import { useMutation } from '@apollo/client/react';
import type { FollowUpKind, Modality } from '@oneday/shared-types';
import { clientErrorOf, type ClientError } from '@oneday/web-session';
import { FOLLOW_UP_KIND_LABEL, MODALITY_LABEL, optionsOf, valueOf } from '@oneday/web-vocabulary';
import { useState, type FormEvent } from 'react';
import { RecordRecommendationDocument } from './graphql.js';

interface Option {
  id: string;
  label: string;
}

export function RecommendationForm({
  agendaItemId,
  specialists,
  trials,
}: {
  agendaItemId: string;
  specialists: Option[];
  trials: Option[];
}) {
  const [plan, setPlan] = useState('');
  const [modalities, setModalities] = useState<Modality[]>([]);
  const [stageDocumented, setStageDocumented] = useState(true);
  const [stageBy, setStageBy] = useState('');
  const [guideline, setGuideline] = useState('NCCN');
  const [version, setVersion] = useState('');
  const [trialIds, setTrialIds] = useState<string[]>([]);
  const [dissent, setDissent] = useState('');
  const [followUps, setFollowUps] = useState<
    { kind: FollowUpKind; description: string; ownerId: string; dueDate: string }[]
  >([]);
  const [error, setError] = useState<ClientError | null>(null);
  const [record, { loading }] = useMutation(RecordRecommendationDocument, {
    refetchQueries: ['Conference'],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await record({
        variables: {
          input: {
            agendaItemId,
            consensusPlan: plan,
            modalities,
            stageDocumented,
            stageDocumentedById: stageBy || null,
            guideline: guideline || null,
            guidelineVersion: version || null,
            trialDiscussed: trialIds.length > 0,
            trialIds,
            dissent: dissent || null,
            followUps: followUps.map((f) => ({ ...f, ownerId: f.ownerId || null })),
          },
        },
      });
    } catch (caught) {
      setError(clientErrorOf(caught));
    }
  };

  return (
    <form className="form-grid" onSubmit={submit} aria-label="Recommendation">
      <div className="field wide">
        <label htmlFor="rec-plan">Consensus plan</label>
        <textarea
          id="rec-plan"
          rows={3}
          value={plan}
          onChange={(e) => setPlan(e.target.value)}
          aria-invalid={error?.field === 'consensusPlan'}
        />
      </div>
      <fieldset className="field wide inline-choices">
        <legend>Modalities</legend>
        {optionsOf(MODALITY_LABEL).map(([m, label]) => (
          <label key={m} className="check">
            <input
              type="checkbox"
              checked={modalities.includes(m)}
              onChange={(e) =>
                setModalities((all) =>
                  e.target.checked ? [...all, m] : all.filter((x) => x !== m),
                )
              }
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={stageDocumented}
          onChange={(e) => setStageDocumented(e.target.checked)}
        />
        Stage documented
      </label>
      <div className="field">
        <label htmlFor="rec-stage-by">Staged by</label>
        <select id="rec-stage-by" value={stageBy} onChange={(e) => setStageBy(e.target.value)}>
          <option value="">—</option>
          {specialists.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="rec-guideline">Guideline</label>
        <input
          id="rec-guideline"
          value={guideline}
          onChange={(e) => setGuideline(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="rec-version">Guideline version</label>
        <input
          id="rec-version"
          value={version}
          onChange={(e) => setVersion(e.target.value)}
          placeholder="4.2025"
        />
      </div>
      <fieldset className="field wide inline-choices">
        <legend>Clinical trials discussed</legend>
        {trials.map((t) => (
          <label key={t.id} className="check">
            <input
              type="checkbox"
              checked={trialIds.includes(t.id)}
              onChange={(e) =>
                setTrialIds((all) =>
                  e.target.checked ? [...all, t.id] : all.filter((x) => x !== t.id),
                )
              }
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <div className="field wide">
        <label htmlFor="rec-dissent">Dissent (if any)</label>
        <input id="rec-dissent" value={dissent} onChange={(e) => setDissent(e.target.value)} />
      </div>
      <fieldset className="wide">
        <legend>Follow-ups</legend>
        {followUps.map((f, i) => (
          <div className="row-inputs" key={i}>
            <select
              aria-label={`Follow-up ${i + 1} kind`}
              value={f.kind}
              onChange={(e) =>
                setFollowUps((all) =>
                  all.map((x, j) =>
                    j === i
                      ? { ...x, kind: valueOf(FOLLOW_UP_KIND_LABEL, e.target.value) ?? x.kind }
                      : x,
                  ),
                )
              }
            >
              {optionsOf(FOLLOW_UP_KIND_LABEL).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
            <input
              aria-label={`Follow-up ${i + 1} description`}
              value={f.description}
              onChange={(e) =>
                setFollowUps((all) =>
                  all.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)),
                )
              }
            />
            <select
              aria-label={`Follow-up ${i + 1} owner`}
              value={f.ownerId}
              onChange={(e) =>
                setFollowUps((all) =>
                  all.map((x, j) => (j === i ? { ...x, ownerId: e.target.value } : x)),
                )
              }
            >
              <option value="">No owner</option>
              {specialists.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
            <input
              aria-label={`Follow-up ${i + 1} due`}
              type="date"
              value={f.dueDate}
              onChange={(e) =>
                setFollowUps((all) =>
                  all.map((x, j) => (j === i ? { ...x, dueDate: e.target.value } : x)),
                )
              }
            />
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setFollowUps((all) => [
              ...all,
              {
                kind: 'FAMILY_GENETIC_TESTING',
                description: 'Offer genetic testing to first-degree relatives',
                ownerId: '',
                dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
              },
            ])
          }
        >
          Add follow-up
        </button>
      </fieldset>
      {error && (
        <p role="alert" className="error wide">
          {error.message}
        </p>
      )}
      <div className="wide">
        <button type="submit" className="primary" disabled={loading}>
          Record recommendation
        </button>
      </div>
    </form>
  );
}

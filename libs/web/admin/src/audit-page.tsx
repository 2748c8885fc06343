import { useQuery } from '@apollo/client/react';
import { graphql, type AuditedEntity, type AuditOutcome } from '@oneday/shared-types';
import {
  AUDIT_OUTCOME_LABEL,
  AUDITED_ENTITY_LABEL,
  optionsOf,
  valueOf,
} from '@oneday/web-vocabulary';
import { useState } from 'react';

const AuditEventsDocument = graphql(`
  query AuditEvents($filter: AuditEventsFilter) {
    auditEvents(filter: $filter) {
      id
      occurredAt
      actorId
      actorRole
      action
      entity
      entityId
      outcome
      detail
    }
  }
`);

export function AuditPage() {
  const [outcome, setOutcome] = useState<AuditOutcome | null>(null);
  const [entity, setEntity] = useState<AuditedEntity | null>(null);
  const { data, loading, error } = useQuery(AuditEventsDocument, {
    variables: { filter: { outcome, entity, limit: 200 } },
    fetchPolicy: 'network-only',
  });
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit log</h1>
      <p className="muted">
        Every read and change of patient data, newest first. Entries cannot be edited or removed.
      </p>
      <div className="filters">
        <div className="field">
          <label htmlFor="audit-outcome">Outcome</label>
          <select
            id="audit-outcome"
            value={outcome ?? ''}
            onChange={(e) => setOutcome(valueOf(AUDIT_OUTCOME_LABEL, e.target.value))}
          >
            <option value="">Any</option>
            {optionsOf(AUDIT_OUTCOME_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">Record type</label>
          <select
            id="audit-entity"
            value={entity ?? ''}
            onChange={(e) => setEntity(valueOf(AUDITED_ENTITY_LABEL, e.target.value))}
          >
            <option value="">Any</option>
            {optionsOf(AUDITED_ENTITY_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
            <th scope="col">Outcome</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody aria-busy={loading}>
          {data?.auditEvents.map((e) => (
            <tr key={e.id}>
              <td>{new Date(e.occurredAt).toLocaleString()}</td>
              <td>
                {e.actorRole?.toLowerCase() ?? 'anonymous'}
                {e.actorId && <span className="muted mono"> {e.actorId.slice(-8)}</span>}
              </td>
              <td>{e.action.toLowerCase()}</td>
              <td>
                {AUDITED_ENTITY_LABEL[e.entity]}
                {e.entityId && <span className="muted mono"> {e.entityId.slice(-8)}</span>}
              </td>
              <td>
                <span className={`badge outcome-${e.outcome.toLowerCase()}`}>
                  {AUDIT_OUTCOME_LABEL[e.outcome].toLowerCase()}
                </span>
              </td>
              <td>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '@oneday/shared-types';
import type { RegisterPatientInput } from '@oneday/shared-types';
import { clientErrorOf, type ClientError } from '@oneday/web-session';
import { optionsOf, SEX_LABEL, valueOf } from '@oneday/web-vocabulary';
import { useState, type FormEvent } from 'react';

const RegisterPatientDocument = graphql(`
  mutation RegisterPatient($input: RegisterPatientInput!) {
    registerPatient(input: $input) {
      id
      mrn
    }
  }
`);

const EMPTY: RegisterPatientInput = {
  mrn: '',
  givenName: '',
  familyName: '',
  birthDate: '',
  sex: 'FEMALE',
  language: 'en',
  needsInterpreter: false,
  needsMobilityAssistance: false,
  needsTransport: false,
};

export function RegisterPatientForm({ onRegistered }: { onRegistered: () => void }) {
  const [input, setInput] = useState<RegisterPatientInput>(EMPTY);
  const [error, setError] = useState<ClientError | null>(null);
  const [register, { loading }] = useMutation(RegisterPatientDocument, {
    refetchQueries: ['Patients'],
  });
  const set = <K extends keyof RegisterPatientInput>(key: K, value: RegisterPatientInput[K]) =>
    setInput((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await register({ variables: { input } });
      setInput(EMPTY);
      onRegistered();
    } catch (caught) {
      setError(clientErrorOf(caught));
    }
  };

  const invalid = (field: string) => error?.field === field;
  const text = (
    field: 'mrn' | 'givenName' | 'familyName' | 'birthDate',
    label: string,
    type = 'text',
  ) => (
    <div className="field">
      <label htmlFor={`register-${field}`}>{label}</label>
      <input
        id={`register-${field}`}
        type={type}
        value={input[field]}
        onChange={(e) => set(field, e.target.value)}
        aria-invalid={invalid(field)}
        aria-describedby={invalid(field) ? 'register-error' : undefined}
        required
      />
    </div>
  );

  return (
    <form className="card form-grid" onSubmit={submit} aria-label="Register patient">
      {text('mrn', 'MRN')}
      {text('givenName', 'Given name')}
      {text('familyName', 'Family name')}
      {text('birthDate', 'Birth date', 'date')}
      <div className="field">
        <label htmlFor="register-sex">Sex</label>
        <select
          id="register-sex"
          value={input.sex}
          onChange={(e) => set('sex', valueOf(SEX_LABEL, e.target.value) ?? input.sex)}
        >
          {optionsOf(SEX_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="register-language">Preferred language</label>
        <select
          id="register-language"
          value={input.language ?? 'en'}
          onChange={(e) => set('language', e.target.value)}
        >
          <option value="en">English</option>
          <option value="es">Spanish</option>
          <option value="zh">Chinese</option>
          <option value="vi">Vietnamese</option>
          <option value="tl">Tagalog</option>
          <option value="ja">Japanese</option>
        </select>
      </div>
      <fieldset className="field wide">
        <legend>Needs on the clinic day</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={Boolean(input.needsInterpreter)}
            onChange={(e) => set('needsInterpreter', e.target.checked)}
          />
          Interpreter
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={Boolean(input.needsMobilityAssistance)}
            onChange={(e) => set('needsMobilityAssistance', e.target.checked)}
          />
          Mobility assistance
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={Boolean(input.needsTransport)}
            onChange={(e) => set('needsTransport', e.target.checked)}
          />
          Transport
        </label>
      </fieldset>
      {error && (
        <p id="register-error" role="alert" className="error wide">
          {error.message}
        </p>
      )}
      <div className="wide">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Registering…' : 'Register'}
        </button>
      </div>
    </form>
  );
}

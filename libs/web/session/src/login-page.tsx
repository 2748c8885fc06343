import { useMutation } from '@apollo/client/react';
import { graphql } from '@oneday/shared-types';
import { useState, type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { clientErrorOf, type ClientError } from './graphql-error.js';
import { useSession } from './session-context.js';

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
    }
  }
`);

export function LoginPage() {
  const { user, signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ClientError | null>(null);
  const [login, { loading }] = useMutation(LoginDocument);

  if (user) return <Navigate to="/" replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await login({ variables: { input: { email, password } } });
      if (result.data) await signIn(result.data.login.token);
    } catch (caught) {
      setError(clientErrorOf(caught));
    }
  };

  return (
    <main className="login" id="main">
      <form className="card login-card" onSubmit={submit} noValidate aria-describedby="login-hint">
        <h1>
          <span className="brand-mark" aria-hidden="true">
            ◐
          </span>{' '}
          OneDay
        </h1>
        <p id="login-hint" className="muted">
          Sign in to the multidisciplinary cancer clinic.
        </p>
        <label htmlFor="email">Email</label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={error?.field === 'email'}
          required
        />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {error && (
          <p role="alert" className="error">
            {error.message}
          </p>
        )}
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

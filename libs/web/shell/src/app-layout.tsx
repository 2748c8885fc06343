import { switchLanguage } from '@oneday/web-i18n';
import { useSession } from '@oneday/web-session';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useNavigate } from 'react-router';
import { NAVIGATION, ROLE_NAMES } from './navigation.js';

/** The patient's chrome follows their language; staff screens are in English. */
const PATIENT_WORDS: Record<string, string> = {
  'My day': 'navMyDay',
  Patient: 'patientRole',
  'Sign out': 'signOut',
  'Skip to content': 'skipToContent',
  'Loading…': 'loading',
};

export function AppLayout() {
  const { user, loading, signOut } = useSession();
  const navigate = useNavigate();
  const { t } = useTranslation();
  if (loading) return <p className="muted page-loading">Loading…</p>;
  if (!user) return <Navigate to="/login" replace />;
  const say = (english: string) =>
    user.role === 'PATIENT' && PATIENT_WORDS[english] ? t(PATIENT_WORDS[english]) : english;

  const handleSignOut = async () => {
    await signOut();
    await switchLanguage('en', false);
    await navigate('/login');
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {say('Skip to content')}
      </a>
      <header className="app-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◐
          </span>{' '}
          OneDay
        </span>
        <nav aria-label="Main">
          <ul>
            {NAVIGATION[user.role].map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{say(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {user.displayName}
            <span className="role-name">{say(ROLE_NAMES[user.role])}</span>
          </span>
          <button type="button" onClick={() => void handleSignOut()}>
            {say('Sign out')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="muted page-loading">{say('Loading…')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

/** "/" sends each role to its own first screen. */
export function HomeRedirect() {
  const { user, loading } = useSession();
  if (loading) return null;
  if (!user) return <Navigate to="/login" replace />;
  return <Navigate to={NAVIGATION[user.role][0].to} replace />;
}

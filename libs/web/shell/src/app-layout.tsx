import { useSession } from '@oneday/web-session';
import { Navigate, NavLink, Outlet, useNavigate } from 'react-router';
import { NAVIGATION, ROLE_NAMES } from './navigation.js';

export function AppLayout() {
  const { user, loading, signOut } = useSession();
  const navigate = useNavigate();
  if (loading) return <p className="muted page-loading">Loading…</p>;
  if (!user) return <Navigate to="/login" replace />;

  const handleSignOut = async () => {
    await signOut();
    await navigate('/login');
  };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
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
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {user.displayName}
            <span className="role-name">{ROLE_NAMES[user.role]}</span>
          </span>
          <button type="button" onClick={() => void handleSignOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
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

import type { Role } from '@oneday/shared-types';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useSession } from './session-context.js';

/** Hides a screen from other roles; the server checks again on every request. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user, loading } = useSession();
  if (loading) return <p className="muted">Loading…</p>;
  if (!user) return <Navigate to="/login" replace />;
  if (!roles.includes(user.role)) return <Navigate to="/" replace />;
  return <>{children}</>;
}

import type { Role } from '@oneday/shared-types';

export interface NavItem {
  to: string;
  label: string;
}

/** Each role's workspace; the first item is where the role lands after signing in. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  COORDINATOR: [
    { to: '/clinic/book', label: 'Book a clinic day' },
    { to: '/clinic/board', label: 'Board' },
    { to: '/patients', label: 'Patients' },
    { to: '/cases', label: 'Cases' },
    { to: '/conference', label: 'Conference' },
    { to: '/trials', label: 'Trials' },
  ],
  PHYSICIAN: [
    { to: '/cases', label: 'My cases' },
    { to: '/conference', label: 'Conference' },
    { to: '/trials', label: 'Trials' },
  ],
  PATIENT: [{ to: '/my-day', label: 'My day' }],
  ADMIN: [
    { to: '/admin/users', label: 'Users' },
    { to: '/admin/audit', label: 'Audit log' },
    { to: '/conference/metrics', label: 'CoC report' },
  ],
};

export const ROLE_NAMES: Record<Role, string> = {
  COORDINATOR: 'Clinic coordinator',
  PHYSICIAN: 'Physician',
  PATIENT: 'Patient',
  ADMIN: 'Administrator',
};

/** Readable fixed ids, so seeding twice finds the same rows and tests can name them. */
export const demoId = (group: number, n: number) =>
  `00000000-0000-4000-8000-${String(group).padStart(4, '0')}${String(n).padStart(8, '0')}`;

export const DEMO_SITE_ID = demoId(1, 1);
export const DEMO_PASSWORD = 'OneDay-demo-2026';

export const DEMO_LOGINS = [
  { email: 'coordinator@oneday.test', role: 'COORDINATOR', name: 'Casey Coordinator' },
  { email: 'physician@oneday.test', role: 'PHYSICIAN', name: 'Dr. Priya Raman (breast surgeon)' },
  { email: 'patient@oneday.test', role: 'PATIENT', name: 'Maria Alvarez' },
  { email: 'admin@oneday.test', role: 'ADMIN', name: 'Alex Admin' },
] as const;

import { lazy } from 'react';

// Each workspace is its own chunk: a patient's phone loads the patient's day, not the board.
export const BookClinicDayPage = lazy(() =>
  import('@oneday/web-clinic').then((m) => ({ default: m.BookClinicDayPage })),
);
export const BoardPage = lazy(() =>
  import('@oneday/web-clinic').then((m) => ({ default: m.BoardPage })),
);
export const PatientsPage = lazy(() =>
  import('@oneday/web-patients').then((m) => ({ default: m.PatientsPage })),
);
export const CasesPage = lazy(() =>
  import('@oneday/web-cases').then((m) => ({ default: m.CasesPage })),
);
export const CasePage = lazy(() =>
  import('@oneday/web-cases').then((m) => ({ default: m.CasePage })),
);
export const SubmitCasePage = lazy(() =>
  import('@oneday/web-conference').then((m) => ({ default: m.SubmitCasePage })),
);
export const ConferencesPage = lazy(() =>
  import('@oneday/web-conference').then((m) => ({ default: m.ConferencesPage })),
);
export const ConferencePage = lazy(() =>
  import('@oneday/web-conference').then((m) => ({ default: m.ConferencePage })),
);
export const MetricsPage = lazy(() =>
  import('@oneday/web-conference').then((m) => ({ default: m.MetricsPage })),
);
export const TrialsPage = lazy(() =>
  import('@oneday/web-trials').then((m) => ({ default: m.TrialsPage })),
);
export const CaseTrialsPage = lazy(() =>
  import('@oneday/web-trials').then((m) => ({ default: m.CaseTrialsPage })),
);
export const MyDayPage = lazy(() =>
  import('@oneday/web-my-day').then((m) => ({ default: m.MyDayPage })),
);
export const UsersPage = lazy(() =>
  import('@oneday/web-admin').then((m) => ({ default: m.UsersPage })),
);
export const AuditPage = lazy(() =>
  import('@oneday/web-admin').then((m) => ({ default: m.AuditPage })),
);

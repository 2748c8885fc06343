import { lazy, type ComponentType } from 'react';

// Each workspace is its own chunk: a patient's phone loads the patient's day, not the board.
function page<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export const BookClinicDayPage = page(() => import('@oneday/web-clinic'), 'BookClinicDayPage');
export const BoardPage = page(() => import('@oneday/web-clinic'), 'BoardPage');
export const PatientsPage = page(() => import('@oneday/web-patients'), 'PatientsPage');
export const CasesPage = page(() => import('@oneday/web-cases'), 'CasesPage');
export const CasePage = page(() => import('@oneday/web-cases'), 'CasePage');
export const SubmitCasePage = page(() => import('@oneday/web-conference'), 'SubmitCasePage');
export const ConferencesPage = page(() => import('@oneday/web-conference'), 'ConferencesPage');
export const ConferencePage = page(() => import('@oneday/web-conference'), 'ConferencePage');
export const MetricsPage = page(() => import('@oneday/web-conference'), 'MetricsPage');
export const TrialsPage = page(() => import('@oneday/web-trials'), 'TrialsPage');
export const CaseTrialsPage = page(() => import('@oneday/web-trials'), 'CaseTrialsPage');
export const MyDayPage = page(() => import('@oneday/web-my-day'), 'MyDayPage');
export const UsersPage = page(() => import('@oneday/web-admin'), 'UsersPage');
export const AuditPage = page(() => import('@oneday/web-admin'), 'AuditPage');

import { LoginPage, RequireRole, SessionProvider } from '@oneday/web-session';
import { AppLayout, HomeRedirect } from '@oneday/web-shell';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import {
  AuditPage,
  BoardPage,
  BookClinicDayPage,
  CasePage,
  CasesPage,
  CaseTrialsPage,
  ConferencePage,
  ConferencesPage,
  MetricsPage,
  MyDayPage,
  PatientsPage,
  SubmitCasePage,
  TrialsPage,
  UsersPage,
} from './pages.js';

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route element={<AppLayout />}>
            <Route index element={<HomeRedirect />} />
            <Route
              path="clinic/book"
              element={
                <RequireRole roles={['COORDINATOR']}>
                  <BookClinicDayPage />
                </RequireRole>
              }
            />
            <Route
              path="clinic/board"
              element={
                <RequireRole roles={['COORDINATOR']}>
                  <BoardPage />
                </RequireRole>
              }
            />
            <Route
              path="patients"
              element={
                <RequireRole roles={['COORDINATOR']}>
                  <PatientsPage />
                </RequireRole>
              }
            />
            <Route
              path="cases"
              element={
                <RequireRole roles={['COORDINATOR', 'PHYSICIAN']}>
                  <CasesPage />
                </RequireRole>
              }
            />
            <Route
              path="cases/new"
              element={
                <RequireRole roles={['PHYSICIAN']}>
                  <SubmitCasePage />
                </RequireRole>
              }
            />
            <Route
              path="conference"
              element={
                <RequireRole roles={['COORDINATOR', 'PHYSICIAN']}>
                  <ConferencesPage />
                </RequireRole>
              }
            />
            <Route
              path="conference/metrics"
              element={
                <RequireRole roles={['COORDINATOR', 'PHYSICIAN', 'ADMIN']}>
                  <MetricsPage />
                </RequireRole>
              }
            />
            <Route
              path="conference/:id"
              element={
                <RequireRole roles={['COORDINATOR', 'PHYSICIAN']}>
                  <ConferencePage />
                </RequireRole>
              }
            />
            <Route
              path="cases/:id"
              element={
                <RequireRole roles={['COORDINATOR', 'PHYSICIAN']}>
                  <CasePage />
                </RequireRole>
              }
            />
            <Route
              path="cases/:id/trials"
              element={
                <RequireRole roles={['COORDINATOR', 'PHYSICIAN']}>
                  <CaseTrialsPage />
                </RequireRole>
              }
            />
            <Route
              path="trials"
              element={
                <RequireRole roles={['COORDINATOR', 'PHYSICIAN']}>
                  <TrialsPage />
                </RequireRole>
              }
            />
            <Route
              path="my-day"
              element={
                <RequireRole roles={['PATIENT']}>
                  <MyDayPage />
                </RequireRole>
              }
            />
            <Route
              path="admin/users"
              element={
                <RequireRole roles={['ADMIN']}>
                  <UsersPage />
                </RequireRole>
              }
            />
            <Route
              path="admin/audit"
              element={
                <RequireRole roles={['ADMIN']}>
                  <AuditPage />
                </RequireRole>
              }
            />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}

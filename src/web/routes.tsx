import { lazy, Suspense } from 'react';
import { Navigate, Outlet, ScrollRestoration, type RouteObject } from 'react-router';
import { AppLayout } from './components/AppLayout.js';
import { FullPageLoader } from './components/FullPageLoader.js';
import { AnonymousOnly, RequireAdmin, RequireAuth } from './components/guards.js';
import { RouteError } from './components/RouteError.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ResetPasswordPage } from './pages/ResetPasswordPage.js';

// Pages most users never open are loaded on demand, to keep the first download small.
const OutboxPage = lazy(() => import('./pages/OutboxPage.js').then((m) => ({ default: m.OutboxPage })));
const UsersPage = lazy(() => import('./pages/admin/UsersPage.js').then((m) => ({ default: m.UsersPage })));
const UserEditPage = lazy(() => import('./pages/admin/UserEditPage.js').then((m) => ({ default: m.UserEditPage })));
const OrganisationsPage = lazy(() => import('./pages/admin/OrganisationsPage.js').then((m) => ({ default: m.OrganisationsPage })));
const NetworksPage = lazy(() => import('./pages/admin/NetworksPage.js').then((m) => ({ default: m.NetworksPage })));
const CareActsPage = lazy(() => import('./pages/admin/CareActsPage.js').then((m) => ({ default: m.CareActsPage })));
const PatientAccessPage = lazy(() => import('./pages/admin/PatientAccessPage.js').then((m) => ({ default: m.PatientAccessPage })));
const CaseloadPage = lazy(() => import('./pages/patients/CaseloadPage.js').then((m) => ({ default: m.CaseloadPage })));
const PatientSearchPage = lazy(() => import('./pages/patients/PatientSearchPage.js').then((m) => ({ default: m.PatientSearchPage })));
const PatientFormPage = lazy(() => import('./pages/patients/PatientFormPage.js').then((m) => ({ default: m.PatientFormPage })));
const PatientPage = lazy(() => import('./pages/patients/PatientPage.js').then((m) => ({ default: m.PatientPage })));
const DeclenchementPage = lazy(() => import('./pages/declenchement/DeclenchementPage.js').then((m) => ({ default: m.DeclenchementPage })));
const OffersPage = lazy(() => import('./pages/offers/OffersPage.js').then((m) => ({ default: m.OffersPage })));
const NotificationsPage = lazy(() => import('./pages/me/NotificationsPage.js').then((m) => ({ default: m.NotificationsPage })));
const FichePage = lazy(() => import('./pages/fiches/FichePage.js').then((m) => ({ default: m.FichePage })));

function Root() {
  return (
    <Suspense fallback={<FullPageLoader />}>
      <ScrollRestoration />
      <Outlet />
    </Suspense>
  );
}

/** French paths of the web app. */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { element: <AnonymousOnly />, children: [{ path: 'connexion', element: <LoginPage /> }] },
      { path: 'mot-de-passe-oublie', element: <ForgotPasswordPage /> },
      { path: 'reinitialiser-mot-de-passe', element: <ResetPasswordPage /> },
      { path: 'dev/boite-d-envoi', element: <OutboxPage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <DashboardPage /> },
              { path: 'declenchements/nouveau', element: <DeclenchementPage /> },
              { path: 'fiches/:number', element: <FichePage /> },
              { path: 'demandes', element: <OffersPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              {
                path: 'patients',
                children: [
                  { index: true, element: <CaseloadPage /> },
                  { path: 'recherche', element: <PatientSearchPage /> },
                  { path: 'nouveau', element: <PatientFormPage /> },
                  { path: ':id', element: <PatientPage /> },
                  { path: ':id/modifier', element: <PatientFormPage /> },
                ],
              },
              {
                path: 'admin',
                element: <RequireAdmin />,
                children: [
                  { index: true, element: <Navigate to="utilisateurs" replace /> },
                  { path: 'utilisateurs', element: <UsersPage /> },
                  { path: 'utilisateurs/nouveau', element: <UserEditPage /> },
                  { path: 'utilisateurs/:id', element: <UserEditPage /> },
                  { path: 'organisations', element: <OrganisationsPage /> },
                  { path: 'reseaux', element: <NetworksPage /> },
                  { path: 'soins', element: <CareActsPage /> },
                  { path: 'acces-patients', element: <PatientAccessPage /> },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

import { Button, Center, Stack } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LiveProvider } from '../api/live.js';
import { useCurrentUser, useSession } from '../api/session.js';
import { safeRedirect } from '../format.js';
import { t } from '../i18n.js';
import { AccessDenied } from './AccessDenied.js';
import { ErrorAlert } from './ErrorAlert.js';
import { FullPageLoader } from './FullPageLoader.js';

function SessionError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Center mih="60vh" p="md">
      <Stack maw={420}>
        <ErrorAlert error={error} title={t('ui.errors.sessionFailed')} />
        <Button onClick={retry}>{t('ui.errors.retry')}</Button>
      </Stack>
    </Center>
  );
}

/**
 * Private pages: anonymous visitors go to the login page, which brings them back afterwards.
 * A signed-in user's pages share one live stream (`/api/events`), closed when the session ends.
 */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageLoader />;
  if (session.isError) return <SessionError error={session.error} retry={() => void session.refetch()} />;
  if (!session.data.user) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/connexion" replace state={{ from }} />;
  }
  return (
    <LiveProvider key={session.data.user.id}>
      <Outlet />
    </LiveProvider>
  );
}

function redirectTarget(state: unknown): string {
  return safeRedirect(typeof state === 'object' && state !== null && 'from' in state ? state.from : undefined);
}

/** Pages for anonymous visitors (login): a signed-in user goes home, or back where the login was asked. */
export function AnonymousOnly() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageLoader />;
  if (session.isError) return <SessionError error={session.error} retry={() => void session.refetch()} />;
  if (session.data.user) return <Navigate to={redirectTarget(location.state)} replace />;
  return <Outlet />;
}

export function RequireAdmin() {
  const user = useCurrentUser();
  if (!user) return null;
  return user.isAdmin ? <Outlet /> : <AccessDenied />;
}

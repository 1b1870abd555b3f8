import { Anchor, AppShell, Badge, Box, Burger, Button, Group, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useOpenOfferCount } from '../api/care-requests.js';
import { useCurrentUser, useLogout, useSession } from '../api/session.js';
import type { SessionUser } from '../api/types.js';
import { fullName, professionLabel } from '../format.js';
import { t } from '../i18n.js';
import { FullPageLoader } from './FullPageLoader.js';
import { LiveToasts } from './live/LiveToasts.js';
import { PushNotificationsToggle } from './PushNotificationsToggle.js';

/** "Camille MARTIN — Cabinet médical des Tilleuls — Infirmier(e)". */
export function identityLine(user: SessionUser): string {
  return [fullName(user), user.organisation?.name, professionLabel(user.profession)].filter(Boolean).join(' — ');
}

interface NavItem {
  to: string;
  label: string;
  active: (path: string) => boolean;
  nested?: boolean;
  badge?: ReactNode;
}

/** The count of "Demandes reçues" waiting for an answer; live. */
function OpenOffersBadge() {
  const count = useOpenOfferCount();
  if (count === 0) return null;
  return (
    <Badge size="sm" circle={count < 10} color="red" data-testid="open-offers">
      <span aria-hidden>{count}</span>
      <VisuallyHidden>{t('ui.offers.badge', { count })}</VisuallyHidden>
    </Badge>
  );
}

function navItems(user: SessionUser, demo: boolean): NavItem[] {
  const items: NavItem[] = [
    { to: '/', label: t('ui.shell.myRequests'), active: (path) => path === '/' },
    { to: '/demandes', label: t('ui.offers.nav'), active: (path) => path === '/demandes', badge: <OpenOffersBadge /> },
    { to: '/patients', label: t('ui.shell.patients'), active: (path) => path === '/patients' || path.startsWith('/patients/') },
    { to: '/notifications', label: t('ui.preferences.nav'), active: (path) => path === '/notifications' },
  ];
  if (user.isAdmin) {
    items.push(
      { to: '/admin', label: t('ui.shell.admin'), active: () => false },
      { to: '/admin/utilisateurs', label: t('ui.shell.users'), active: (path) => path.startsWith('/admin/utilisateurs'), nested: true },
      { to: '/admin/organisations', label: t('ui.shell.organisations'), active: (path) => path.startsWith('/admin/organisations'), nested: true },
      { to: '/admin/reseaux', label: t('ui.shell.networks'), active: (path) => path.startsWith('/admin/reseaux'), nested: true },
      { to: '/admin/soins', label: t('ui.shell.careActs'), active: (path) => path.startsWith('/admin/soins'), nested: true },
      { to: '/admin/acces-patients', label: t('ui.shell.patientAccess'), active: (path) => path.startsWith('/admin/acces-patients'), nested: true },
    );
  }
  if (demo) items.push({ to: '/dev/boite-d-envoi', label: t('ui.shell.outbox'), active: () => false });
  return items;
}

/**
 * The signed-in frame: header (name, identity, logout), navigation (a burger menu on phones), page.
 * The live stream is opened by <RequireAuth>; its toasts show here.
 */
export function AppLayout() {
  const user = useCurrentUser();
  const demo = Boolean(useSession().data?.demo);
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);

  useEffect(() => close(), [pathname, close]);
  if (!user) return null;

  const onLogout = async () => {
    await logout.mutateAsync().catch(() => undefined);
    await navigate('/connexion', { replace: true });
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <a href="#contenu" className="skip-link">{t('ui.app.skipToContent')}</a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('ui.shell.toggleMenu')} aria-expanded={opened} />
            <Anchor component={Link} to="/" fw={800} fz="xl" c="blue.8" underline="never" aria-label={t('ui.shell.home')}>
              {t('ui.app.name')}
            </Anchor>
            <Text visibleFrom="sm" size="sm" c="dimmed" truncate="end" data-testid="identity">
              {identityLine(user)}
            </Text>
          </Group>
          <Button variant="default" size="sm" onClick={() => void onLogout()} loading={logout.isPending}>
            {t('ui.shell.logout')}
          </Button>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('ui.shell.nav')}>
        <Stack gap={4}>
          <Box hiddenFrom="sm" px="xs" pb="sm">
            <Text size="sm" fw={600}>{fullName(user)}</Text>
            <Text size="xs" c="dimmed">
              {[user.organisation?.name, professionLabel(user.profession)].filter(Boolean).join(' — ')}
            </Text>
          </Box>
          {navItems(user, demo).map((item) => (
            <NavLink
              key={`${item.label}-${item.to}`}
              component={Link}
              to={item.to}
              label={item.label}
              rightSection={item.badge}
              active={item.active(pathname)}
              pl={item.nested ? 'xl' : undefined}
              fw={item.nested ? 400 : 600}
              aria-current={item.active(pathname) ? 'page' : undefined}
            />
          ))}
        </Stack>
        <Box mt="auto" pt="md" px="xs">
          <PushNotificationsToggle userId={user.id} />
        </Box>
      </AppShell.Navbar>

      <AppShell.Main id="contenu" tabIndex={-1}>
        <Suspense fallback={<FullPageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <LiveToasts />
    </AppShell>
  );
}

import { Anchor, Box, Container, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { t } from '../i18n.js';

/** Centered card used by the pages reachable without signing in. */
export function PublicLayout({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0" py={{ base: 'md', sm: 48 }}>
      <Container size={aside ? 880 : 460} px="md">
        <Anchor component={Link} to="/" fw={800} fz={28} c="blue.8" underline="never" aria-label={t('ui.shell.home')}>
          {t('ui.app.name')}
        </Anchor>
        <Box
          mt="md"
          style={{ display: 'grid', gap: 'var(--mantine-spacing-md)', alignItems: 'start', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))' }}
        >
          <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }} component="main">
            <Stack gap="md">
              <Title order={1} size="h2">{title}</Title>
              {children}
            </Stack>
          </Paper>
          {aside}
        </Box>
      </Container>
    </Box>
  );
}

import { Code, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { DemoInfo } from '../api/types.js';
import { t } from '../i18n.js';

interface DemoAccountsProps {
  demo: DemoInfo;
  onPick: (email: string) => void;
}

/** Demo mode only: the demo accounts and their shared password; a click fills the login form. */
export function DemoAccounts({ demo, onPick }: DemoAccountsProps) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} bg="blue.0" component="section" aria-labelledby="demo-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="demo-title">{t('ui.login.demoTitle')}</Title>
        <Text size="sm">{t('ui.login.demoHint')}</Text>
        <Text size="sm" fw={600}>
          {t('ui.login.demoPassword')} <Code fz="sm" style={{ whiteSpace: 'nowrap' }}>{demo.password}</Code>
        </Text>
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {demo.accounts.map((account) => (
            <li key={account.email}>
              <UnstyledButton
                onClick={() => onPick(account.email)}
                w="100%"
                p="xs"
                bg="white"
                bd="1px solid var(--mantine-color-blue-2)"
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                title={t('ui.login.demoAccount', { email: account.email })}
              >
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{account.email}</Text>
                <Text size="xs" c="dimmed">{account.label}</Text>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

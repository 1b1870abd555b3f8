import { Stack, Title } from '@mantine/core';
import { CareRequestTable } from '../components/CareRequestTable.js';
import { t } from '../i18n.js';

/** Placeholder row type until care requests exist (a later issue fills the table). */
type CareRequestRow = { id: string };
const noRequests: readonly CareRequestRow[] = [];

/** "Mes fiches": the user's care requests. */
export function DashboardPage() {
  return (
    <Stack>
      <Title order={1}>{t('ui.dashboard.title')}</Title>
      <CareRequestTable
        label={t('ui.dashboard.title')}
        items={noRequests}
        getKey={(row) => row.id}
        renderCells={() => [null, null, null, null, null]}
      />
    </Stack>
  );
}

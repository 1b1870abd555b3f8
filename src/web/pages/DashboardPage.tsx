import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useCareRequests } from '../api/care-requests.js';
import { CareRequestTable } from '../components/CareRequestTable.js';
import { newDeclenchementPath } from '../components/declenchement/labels.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FicheNumberSearch } from '../components/fiche/FicheNumberSearch.js';
import { PatientCell, ReasonCell, RequesterCell, TargetCell, TimelineLines } from '../components/fiche/CareRequestCells.js';
import { LiveIndicator } from '../components/live/LiveIndicator.js';
import { t } from '../i18n.js';

const DAYS = 14;

/**
 * "Mes fiches": the user's care requests of the last 14 days, with "Nouveau déclenchement" and
 * "#NUMÉRO FICHE". "Rafraîchissement auto" is live: the stream's events refetch the list (polled
 * every 30 s only while the stream is down).
 */
export function DashboardPage() {
  const navigate = useNavigate();
  const requests = useCareRequests(DAYS);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" gap="md">
        <Button size="md" onClick={() => void navigate(newDeclenchementPath())}>{t('ui.declenchement.new')}</Button>
        <FicheNumberSearch />
      </Group>
      <Group justify="space-between" align="baseline" gap="sm">
        <Title order={1}>{t('ui.dashboard.title')}</Title>
        <Group gap="md">
          <Text size="sm" c="dimmed">{t('ui.fiche.lastDays', { days: DAYS })}</Text>
          <LiveIndicator />
        </Group>
      </Group>
      <ErrorAlert error={requests.error} />
      <div style={{ opacity: requests.isPlaceholderData ? 0.6 : 1 }}>
        <CareRequestTable
          label={t('ui.dashboard.title')}
          items={requests.data ?? []}
          getKey={(row) => row.id}
          emptyMessage={requests.isPending ? t('ui.app.loading') : undefined}
          renderCells={(row) => [
            <RequesterCell key="requester" requester={row.requester} number={row.number} />,
            <PatientCell key="patient" patient={row.patient} timeZone={row.timeZone} />,
            <ReasonCell key="reason" request={row} />,
            <TargetCell key="target" request={row} />,
            <TimelineLines key="timeline" lines={row.timeline} timeZone={row.timeZone} compact />,
          ]}
        />
      </div>
    </Stack>
  );
}

import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { patientAccessExportUrl, usePatientAccessReport, type PatientAccessEntry } from '../../api/patient-access.js';
import { formatDate, fullName, professionLabel } from '../../format.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';

const columns = ['localAt', 'user', 'profession', 'organisation', 'email', 'action', 'what'] as const;
const nowrap = { whiteSpace: 'nowrap' } as const;

function EntryRow({ entry }: { entry: PatientAccessEntry }) {
  return (
    <Table.Tr>
      <Table.Td style={nowrap}>
        <time dateTime={entry.at}>{entry.localAt}</time>
      </Table.Td>
      <Table.Td>{entry.user.name}</Table.Td>
      <Table.Td>{professionLabel(entry.user.profession)}</Table.Td>
      <Table.Td>{entry.user.organisation ?? ''}</Table.Td>
      <Table.Td>{entry.user.email}</Table.Td>
      <Table.Td>{entry.actionLabel}</Table.Td>
      <Table.Td>{entry.whatLabel}</Table.Td>
    </Table.Tr>
  );
}

/** Every access to one patient's data (who, when, what), newest first, with the CSV export. */
export function PatientAccessReport({ patientId }: { patientId: string }) {
  const report = usePatientAccessReport(patientId);
  if (report.isPending) return <Loader size="sm" />;
  if (report.error) return <ErrorAlert error={report.error} />;
  const { patient, timeZone, total, entries } = report.data;
  const title = t('ui.admin.patientAccess.reportTitle', { name: fullName(patient), date: formatDate(patient.birthDate) });

  return (
    <Stack component="section" aria-label={title}>
      <Title order={2} size="h3">{title}</Title>
      <Group justify="space-between" align="end">
        <Stack gap={2}>
          <Text size="sm">{t('ui.admin.patientAccess.total', { count: total })}</Text>
          {total > entries.length && <Text size="sm" c="dimmed">{t('ui.admin.patientAccess.truncated', { shown: entries.length })}</Text>}
          <Text size="sm" c="dimmed">{t('ui.admin.patientAccess.order', { timeZone })}</Text>
        </Stack>
        <Group gap="sm">
          <Button variant="default" loading={report.isFetching} onClick={() => void report.refetch()}>{t('ui.admin.patientAccess.refresh')}</Button>
          <Button component="a" href={patientAccessExportUrl(patient.id)} download>{t('ui.admin.patientAccess.export')}</Button>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={900} type="native">
        <Table striped horizontalSpacing="xs" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column} scope="col">{t(`domain.accessReport.${column}`, { timeZone })}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry, index) => <EntryRow key={`${entry.at}-${index}`} entry={entry} />)}
            {entries.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text c="dimmed" ta="center" py="md">{t('ui.admin.patientAccess.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

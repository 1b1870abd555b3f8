import { Anchor, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { territoryOfCode, territoryTimeZone } from '../../../core/territories.js';
import type { CaseloadPatient } from '../../api/patient-types.js';
import { formatPhone } from '../../format.js';
import { t } from '../../i18n.js';
import { TriggerForPatientButton } from '../declenchement/TriggerForPatientButton.js';
import { HistoryLines } from './HistoryLines.js';
import { patientName } from './labels.js';

interface CaseloadListProps {
  patients: readonly CaseloadPatient[];
  stale: boolean;
  emptyMessage: string;
}

const HISTORY_LIMIT = 6;

/** One card per patient: who they are (a link to the fiche) beside their latest history lines, in the patient's time zone. */
export function CaseloadList({ patients, stale, emptyMessage }: CaseloadListProps) {
  if (patients.length === 0) return <Text c="dimmed" ta="center" py="lg">{emptyMessage}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('ui.patients.caseload.title')} style={{ listStyle: 'none', opacity: stale ? 0.6 : 1 }}>
      {patients.map((patient) => (
        <Paper component="li" key={patient.id} withBorder radius="md" p="sm">
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                <Anchor component={Link} to={`/patients/${encodeURIComponent(patient.id)}`} fw={700}>
                  {patientName(patient)}
                </Anchor>
                <TriggerForPatientButton patientId={patient.id} patientName={patientName(patient)} />
              </Group>
              <Text size="sm">{patient.ageLabel}</Text>
              <Text size="sm">{formatPhone(patient.phone)}</Text>
              <Text size="sm" c="dimmed">{[patient.postcode, patient.city].filter(Boolean).join(' ')}</Text>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <HistoryLines lines={patient.history} limit={HISTORY_LIMIT} timeZone={territoryTimeZone[territoryOfCode(patient.postcode)]} />
            </Grid.Col>
          </Grid>
        </Paper>
      ))}
    </Stack>
  );
}

import { Paper, Stack, Text, Title } from '@mantine/core';
import type { PatientDetail } from '../../api/patient-types.js';
import { t } from '../../i18n.js';
import { Facts } from './Facts.js';

const complements = ['building', 'staircase', 'floor', 'digicode', 'intercom', 'door'] as const;

/** Home address with what a visiting professional needs to get in. */
export function PatientAddressCard({ patient }: { patient: PatientDetail }) {
  const { address } = patient;
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="patient-address-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="patient-address-title">{t('ui.patients.page.address')}</Title>
        <div>
          <Text fw={600}>{address.label}</Text>
          {patient.addressComplement && <Text size="sm">{patient.addressComplement}</Text>}
          <Text size="sm" c="dimmed">{t(`domain.territory.${address.territory}`)}</Text>
          {patient.timeZone !== 'Europe/Paris' && (
            <Text size="xs" c="dimmed">{t('ui.patients.page.timeZone', { value: patient.timeZone })}</Text>
          )}
        </div>
        <Facts cols={3} facts={complements.map((name) => ({ label: t(`ui.patients.fields.${name}`), value: patient[name] }))} />
      </Stack>
    </Paper>
  );
}

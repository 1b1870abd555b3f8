import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { IdentityStatus, PatientDetail } from '../../api/patient-types.js';
import { formatPhone } from '../../format.js';
import { t } from '../../i18n.js';
import { Facts } from './Facts.js';

const statusColor: Readonly<Record<IdentityStatus, string>> = {
  provisoire: 'gray',
  recuperee: 'blue',
  validee: 'teal',
  qualifiee: 'green',
};

function Phone({ e164 }: { e164: string | null | undefined }) {
  if (!e164) return null;
  return <Anchor href={`tel:${e164}`}>{formatPhone(e164)}</Anchor>;
}

/** Identity and contact of a patient, as on the seed's patient column. */
export function PatientIdentityCard({ patient }: { patient: PatientDetail }) {
  const status = patient.identityStatus ?? 'provisoire';
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="patient-identity-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="patient-identity-title">{t('ui.patients.page.identity')}</Title>
        <Text fw={600}>{patient.ageLabel}</Text>
        <Facts
          facts={[
            { label: t('ui.patients.fields.phone'), value: <Phone e164={patient.phone} /> },
            { label: t('ui.patients.fields.phone2'), value: patient.phone2 ? <Phone e164={patient.phone2} /> : null },
            { label: t('ui.patients.fields.email'), value: patient.email ? <Anchor href={`mailto:${patient.email}`}>{patient.email}</Anchor> : null },
            { label: t('ui.patients.fields.birthName'), value: patient.birthName },
            { label: t('ui.patients.fields.birthPlace'), value: patient.birthPlace?.name },
            { label: t('ui.patients.fields.occupation'), value: patient.occupation },
            { label: t('ui.patients.fields.regime'), value: patient.regime ? t(`domain.regime.${patient.regime}`) : null },
            { label: t('ui.patients.fields.nir'), value: patient.nir },
          ]}
        />
        <Group gap="xs">
          {patient.ins && <Text size="sm">{t('ui.patients.page.ins', { value: patient.ins })}</Text>}
          <Badge variant="light" color={statusColor[status]} aria-label={`${t('ui.patients.fields.identityStatus')} : ${t(`ui.patients.identityStatus.${status}`)}`}>
            {t(`ui.patients.identityStatus.${status}`)}
          </Badge>
        </Group>
      </Stack>
    </Paper>
  );
}

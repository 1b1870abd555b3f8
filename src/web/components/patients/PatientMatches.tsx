import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PatientIdentity, PatientSummary } from '../../api/patient-types.js';
import { useFollowPatient } from '../../api/patients.js';
import { formatPhone } from '../../format.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { patientName } from './labels.js';

interface PatientMatchesProps {
  matches: readonly PatientSummary[] | undefined;
  /** Results of a previous search, while the new one runs. */
  stale: boolean;
  /** The four fields typed, sent when following a patient found by the duplicate check. */
  proof: PatientIdentity | undefined;
  onChoose: (patient: PatientSummary) => void;
  chooseLabel?: string;
}

/** Patients found by the search, each with "Voir la fiche" or, when not followed yet, "Patient pour Moi". */
export function PatientMatches({ matches, stale, proof, onChoose, chooseLabel = t('ui.patients.search.open') }: PatientMatchesProps) {
  const follow = useFollowPatient();
  if (!matches) return null;

  return (
    <Stack gap="xs" aria-live="polite" style={{ opacity: stale ? 0.6 : 1 }}>
      <Title order={2} size="h4">{t('ui.patients.search.results')}</Title>
      <ErrorAlert error={follow.error} />
      {matches.length === 0 && <Text size="sm" c="dimmed">{t('ui.patients.search.noMatch')}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {matches.map((patient) => {
          const name = patientName(patient);
          return (
            <Paper component="li" key={patient.id} withBorder p="sm" radius="md">
              <Group justify="space-between" gap="sm" wrap="wrap">
                <div style={{ minWidth: 0 }}>
                  <Text fw={700}>{name}</Text>
                  <Text size="sm">{patient.ageLabel}</Text>
                  <Text size="sm" c="dimmed">
                    {[formatPhone(patient.phone), [patient.postcode, patient.city].filter(Boolean).join(' ')].filter(Boolean).join(' — ')}
                  </Text>
                </div>
                {patient.followed ? (
                  <Button variant="light" onClick={() => onChoose(patient)} aria-label={`${chooseLabel} : ${name}`}>
                    {chooseLabel}
                  </Button>
                ) : (
                  <Button
                    loading={follow.isPending && follow.variables.id === patient.id}
                    aria-label={t('ui.patients.search.followItem', { name })}
                    onClick={() => follow.mutate({ id: patient.id, proof }, { onSuccess: () => onChoose({ ...patient, followed: true }) })}
                  >
                    {t('ui.patients.search.follow')}
                  </Button>
                )}
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}

import { Button, Stack } from '@mantine/core';
import type { PatientDetail } from '../../api/patient-types.js';
import { useFollowPatient, useUnfollowPatient } from '../../api/patients.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';

/** "Patient pour Moi": a toggle adding the patient to, or removing them from, the user's file active. */
export function FollowButton({ patient }: { patient: PatientDetail }) {
  const follow = useFollowPatient();
  const unfollow = useUnfollowPatient();
  const pending = follow.isPending || unfollow.isPending;
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant={patient.followed ? 'light' : 'outline'}
        aria-pressed={patient.followed}
        loading={pending}
        title={patient.followed ? t('ui.patients.page.unfollow') : t('ui.patients.page.followHint')}
        leftSection={patient.followed ? <span aria-hidden>✓</span> : null}
        onClick={() => (patient.followed ? unfollow.mutate(patient.id) : follow.mutate({ id: patient.id }))}
      >
        {t('ui.patients.page.follow')}
      </Button>
      <ErrorAlert error={follow.error ?? unfollow.error} />
    </Stack>
  );
}

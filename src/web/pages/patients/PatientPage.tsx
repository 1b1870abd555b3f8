import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { usePatient } from '../../api/patients.js';
import { newDeclenchementPath } from '../../components/declenchement/labels.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FullPageLoader } from '../../components/FullPageLoader.js';
import { FollowButton } from '../../components/patients/FollowButton.js';
import { HistoryLines } from '../../components/patients/HistoryLines.js';
import { patientName } from '../../components/patients/labels.js';
import { PatientAddressCard } from '../../components/patients/PatientAddressCard.js';
import { PatientIdentityCard } from '../../components/patients/PatientIdentityCard.js';
import { UsualProfessionalsEditor } from '../../components/patients/UsualProfessionalsEditor.js';
import { t } from '../../i18n.js';
import { flagFromState, patientPath } from './state.js';

/** Fiche patient: identity, address, usual professionals and history. */
export function PatientPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const patient = usePatient(id);
  const back = <Anchor component={Link} to="/patients" size="sm">{t('ui.patients.page.back')}</Anchor>;

  if (patient.isPending) return <FullPageLoader />;
  if (patient.isError) {
    const notFound = patient.error instanceof ApiError && patient.error.status === 404;
    return (
      <Stack maw={720}>
        {back}
        {notFound ? <Alert color="orange" variant="light">{t('ui.patients.page.notFound')}</Alert> : <ErrorAlert error={patient.error} />}
      </Stack>
    );
  }
  const detail = patient.data;

  return (
    <Stack maw={1200}>
      {back}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>{patientName(detail)}</Title>
        <Group gap="sm" align="flex-start">
          <Button onClick={() => void navigate(newDeclenchementPath(detail.id))}>
            {t('ui.declenchement.forPatient')}
          </Button>
          <FollowButton patient={detail} />
          <Button component={Link} to={`${patientPath(detail.id)}/modifier`} variant="default">{t('ui.patients.page.edit')}</Button>
        </Group>
      </Group>
      {flagFromState(location.state, 'created') && (
        <Alert color="green" variant="light" role="status">{t('ui.patients.form.created')}</Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <PatientIdentityCard patient={detail} />
            <PatientAddressCard patient={detail} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <UsualProfessionalsEditor patientId={detail.id} professionals={detail.usualProfessionals} />
            <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="patient-history-title">
              <Stack gap="sm">
                <Title order={2} size="h4" id="patient-history-title">{t('ui.patients.page.history')}</Title>
                <HistoryLines lines={detail.history} timeZone={detail.timeZone} />
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

import { Anchor, Button, Stack, Title } from '@mantine/core';
import { Link, useLocation, useNavigate } from 'react-router';
import { PatientSearchForm } from '../../components/patients/PatientSearchForm.js';
import { t } from '../../i18n.js';
import { identityFromState, patientPath } from './state.js';

/** "RECHERCHE PATIENT": find a patient, or register a new one. */
export function PatientSearchPage() {
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/patients" size="sm">{t('ui.patients.page.back')}</Anchor>
      <Title order={1}>{t('ui.patients.search.title')}</Title>
      <PatientSearchForm
        initialValues={identityFromState(location.state)}
        onChoose={(patient) => void navigate(patientPath(patient.id))}
        onNotRegistered={(identity) => void navigate('/patients/nouveau', { state: { identity } })}
        actions={<Button variant="default" onClick={() => void navigate('/patients')}>{t('ui.patients.form.cancel')}</Button>}
      />
    </Stack>
  );
}

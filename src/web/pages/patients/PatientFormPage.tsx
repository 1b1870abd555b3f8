import { Anchor, Stack, Title } from '@mantine/core';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { PatientInput } from '../../api/patient-types.js';
import { usePatient, useSavePatient } from '../../api/patients.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FullPageLoader } from '../../components/FullPageLoader.js';
import { patientName } from '../../components/patients/labels.js';
import { PatientForm } from '../../components/patients/PatientForm.js';
import { newPatientValues, valuesFromPatient } from '../../components/patients/patient-values.js';
import { t } from '../../i18n.js';
import { identityFromState, patientPath } from './state.js';

/** Creates (`/patients/nouveau`, prefilled from the search) or edits (`/patients/:id/modifier`) a patient. */
export function PatientFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const patient = usePatient(id);
  const save = useSavePatient(id);

  if (id !== undefined && patient.isPending) return <FullPageLoader />;
  if (id !== undefined && patient.isError) return <ErrorAlert error={patient.error} />;
  const detail = patient.data;
  const identity = identityFromState(location.state);

  const onSubmit = async (input: PatientInput) => {
    const result = await save.mutateAsync(input);
    await navigate(patientPath(result.patient.id), { replace: true, state: detail ? undefined : { created: true } });
  };
  const onCancel = () => {
    if (detail) void navigate(patientPath(detail.id));
    else void navigate('/patients/recherche', { state: { identity } });
  };

  return (
    <Stack maw={1100}>
      {detail ? (
        <Anchor component={Link} to={patientPath(detail.id)} size="sm">{patientName(detail)}</Anchor>
      ) : (
        <Anchor component={Link} to="/patients" size="sm">{t('ui.patients.page.back')}</Anchor>
      )}
      <Title order={1}>
        {detail ? t('ui.patients.form.editTitle', { name: patientName(detail) }) : t('ui.patients.form.createTitle')}
      </Title>
      <PatientForm
        key={detail?.id ?? 'new'}
        initialValues={detail ? valuesFromPatient(detail) : newPatientValues(identity)}
        onSubmit={onSubmit}
        onCancel={onCancel}
        submitLabel={detail ? t('ui.common.save') : undefined}
      />
    </Stack>
  );
}

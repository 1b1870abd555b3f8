import { Button, Group, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { usePatientAccessLookup, type PatientAccessLookup, type PatientAccessPatient } from '../../api/patient-access.js';
import { PatientAccessReport } from '../../components/admin/PatientAccessReport.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FormSection } from '../../components/user-form/FormSection.js';
import { formatDate, fullName } from '../../format.js';
import { t } from '../../i18n.js';

const emptyLookup: PatientAccessLookup = { lastName: '', firstName: '', birthDate: '', nir: '' };

function Matches({ patients, onShow }: { patients: readonly PatientAccessPatient[]; onShow: (id: string) => void }) {
  if (patients.length === 0) return <Text size="sm" c="dimmed">{t('ui.admin.patientAccess.noMatch')}</Text>;
  return (
    <Table striped horizontalSpacing="xs" aria-label={t('ui.admin.patientAccess.results')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('ui.admin.patientAccess.lastName')}</Table.Th>
          <Table.Th scope="col">{t('ui.admin.patientAccess.firstName')}</Table.Th>
          <Table.Th scope="col">{t('ui.admin.patientAccess.birthDate')}</Table.Th>
          <Table.Th scope="col">{t('ui.admin.patientAccess.commune')}</Table.Th>
          <Table.Th scope="col"><VisuallyHidden>{t('ui.admin.patientAccess.show')}</VisuallyHidden></Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {patients.map((patient) => (
          <Table.Tr key={patient.id}>
            <Table.Td>{patient.lastName.toUpperCase()}</Table.Td>
            <Table.Td>{patient.firstName}</Table.Td>
            <Table.Td>{formatDate(patient.birthDate)}</Table.Td>
            <Table.Td>{`${patient.postcode} ${patient.city}`}</Table.Td>
            <Table.Td>
              <Button size="xs" variant="light" onClick={() => onShow(patient.id)} aria-label={t('ui.admin.patientAccess.showItem', { name: fullName(patient) })}>
                {t('ui.admin.patientAccess.show')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Administration, "Accès aux données patient": the patient's right of access (RGPD art. 15).
 * The admin finds the patient by exact identity or NIR/INS, then reads and exports every access
 * to their data; the chosen patient is kept in the address (`?patient=<id>`).
 */
export function PatientAccessPage() {
  const [values, setValues] = useState<PatientAccessLookup>(emptyLookup);
  const [submitted, setSubmitted] = useState<PatientAccessLookup | null>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const patientId = searchParams.get('patient');
  const lookup = usePatientAccessLookup(submitted);
  const fieldErrors = lookup.error instanceof ApiError ? lookup.error.fields : {};

  const change = (name: keyof PatientAccessLookup) => (event: ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.currentTarget.value });
  const input = (name: keyof PatientAccessLookup) => ({
    label: t(`ui.admin.patientAccess.${name}`),
    autoComplete: 'off',
    value: values[name],
    onChange: change(name),
    error: fieldErrors[name],
  });

  return (
    <Stack maw={1300}>
      <Title order={1}>{t('ui.admin.patientAccess.title')}</Title>
      <Text size="sm">{t('ui.admin.patientAccess.intro')}</Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const next = { ...values, lastName: values.lastName.trim(), firstName: values.firstName.trim(), nir: values.nir.trim() };
          if (JSON.stringify(next) === JSON.stringify(submitted)) void lookup.refetch();
          else setSubmitted(next);
        }}
      >
        <FormSection legend={t('ui.admin.patientAccess.lookup')}>
          <Stack>
            <Text size="xs" c="dimmed">{t('ui.admin.patientAccess.lookupHint')}</Text>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              <TextInput {...input('lastName')} />
              <TextInput {...input('firstName')} />
              <TextInput {...input('birthDate')} type="date" min="1900-01-01" />
              <TextInput {...input('nir')} />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={lookup.isFetching}>{t('ui.admin.patientAccess.search')}</Button>
            </Group>
          </Stack>
        </FormSection>
      </form>
      <ErrorAlert error={lookup.error} />
      {lookup.data && <Matches patients={lookup.data} onShow={(id) => setSearchParams({ patient: id })} />}
      {patientId && <PatientAccessReport key={patientId} patientId={patientId} />}
    </Stack>
  );
}

import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ChangeEvent, type ReactNode } from 'react';
import type { PatientIdentity, PatientSummary } from '../../api/patient-types.js';
import { usePatientSearch } from '../../api/patients.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { requiredInput } from '../required.js';
import { FormSection } from '../user-form/FormSection.js';
import { emptyIdentity, isCompleteIdentity, searchableIdentity, today } from './labels.js';
import { PatientMatches } from './PatientMatches.js';

export interface PatientSearchFormProps {
  initialValues?: Partial<PatientIdentity>;
  /** A match was chosen ("Voir la fiche", or followed with "Patient pour Moi"). */
  onChoose: (patient: PatientSummary) => void;
  /** "Ce patient n'est pas enregistré": register a new patient with these four fields. */
  onNotRegistered: (identity: PatientIdentity) => void;
  onChange?: (identity: PatientIdentity) => void;
  /** Label of the button of a followed match (default "Voir la fiche"). */
  chooseLabel?: string;
  /** Extra buttons placed before the others, e.g. the wizard's "Annuler" and "Retour". */
  actions?: ReactNode;
}

/** Step 3 "RECHERCHE PATIENT": searches as the user types, then offers to register a new patient. */
export function PatientSearchForm({ initialValues, onChoose, onNotRegistered, onChange, chooseLabel, actions }: PatientSearchFormProps) {
  const [values, setValues] = useState<PatientIdentity>(() => emptyIdentity(initialValues));
  const [debounced, , { flush }] = useDebouncedValue(values, 300);
  const query = searchableIdentity(debounced);
  const hasQuery = Object.values(query).some((value) => value !== '');
  const search = usePatientSearch(query, hasQuery);
  const complete = isCompleteIdentity(values);

  const change = (name: keyof PatientIdentity) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = { ...values, [name]: event.currentTarget.value };
    setValues(next);
    onChange?.(next);
  };

  return (
    <Stack>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // "Rechercher" skips the wait: search what is typed now (again, if it is what was searched).
          const now = searchableIdentity(values);
          if (!Object.values(now).some((value) => value !== '')) return;
          if (JSON.stringify(now) === JSON.stringify(query)) void search.refetch();
          else flush();
        }}
      >
        <Stack>
          <FormSection legend={t('ui.patients.search.identity')}>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              <TextInput
                label={t('ui.patients.fields.phone')}
                type="tel"
                inputMode="tel"
                autoComplete="off"
                {...requiredInput}
                value={values.phone}
                onChange={change('phone')}
              />
              <TextInput label={t('ui.patients.fields.lastName')} autoComplete="off" {...requiredInput} value={values.lastName} onChange={change('lastName')} />
              <TextInput label={t('ui.patients.fields.firstName')} autoComplete="off" {...requiredInput} value={values.firstName} onChange={change('firstName')} />
              <TextInput
                label={t('ui.patients.fields.birthDate')}
                type="date"
                max={today()}
                min="1900-01-01"
                {...requiredInput}
                value={values.birthDate}
                onChange={change('birthDate')}
              />
            </SimpleGrid>
          </FormSection>
          <Group gap="sm">
            {actions}
            <Button type="submit" variant="default" loading={search.isFetching}>{t('ui.patients.search.submit')}</Button>
            <Button type="button" disabled={!complete} onClick={() => onNotRegistered(trimmed(values))}>
              {t('ui.patients.search.notRegistered')}
            </Button>
          </Group>
          {!complete && <Text size="xs" c="dimmed">{t('ui.patients.search.notRegisteredHint')}</Text>}
        </Stack>
      </form>
      <ErrorAlert error={search.error} />
      {hasQuery ? (
        <PatientMatches
          matches={search.data}
          stale={search.isPlaceholderData}
          proof={complete ? trimmed(values) : undefined}
          onChoose={onChoose}
          chooseLabel={chooseLabel}
        />
      ) : (
        <Text size="sm" c="dimmed">{t('ui.patients.search.typeToSearch')}</Text>
      )}
    </Stack>
  );
}

function trimmed(identity: PatientIdentity): PatientIdentity {
  return {
    phone: identity.phone.trim(),
    lastName: identity.lastName.trim(),
    firstName: identity.firstName.trim(),
    birthDate: identity.birthDate,
  };
}

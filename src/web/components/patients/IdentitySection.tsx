import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { identityStatuses, regimes } from '../../api/patient-types.js';
import { t } from '../../i18n.js';
import { requiredInput } from '../required.js';
import { FormSection } from '../user-form/FormSection.js';
import { BirthPlaceSelect } from './BirthPlaceSelect.js';
import type { PatientSectionProps } from './form.js';
import { today } from './labels.js';

const sexOptions = [
  { value: '', label: t('ui.patients.sex.placeholder'), disabled: true },
  { value: 'F', label: t('ui.patients.sex.F') },
  { value: 'M', label: t('ui.patients.sex.M') },
];
const statusOptions = identityStatuses.map((value) => ({ value, label: t(`ui.patients.identityStatus.${value}`) }));
const regimeOptions = [
  { value: '', label: t('ui.patients.regime.none') },
  ...regimes.map((value) => ({ value, label: t(`domain.regime.${value}`) })),
];

/** "Identité du patient". */
export function IdentitySection({ form }: PatientSectionProps) {
  const birthPlace = form.getInputProps('birthPlace');
  return (
    <FormSection legend={t('ui.patients.form.identity')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <TextInput label={t('ui.patients.fields.lastName')} autoComplete="off" {...requiredInput} {...form.getInputProps('lastName')} />
        <TextInput label={t('ui.patients.fields.firstName')} autoComplete="off" {...requiredInput} {...form.getInputProps('firstName')} />
        <TextInput label={t('ui.patients.fields.birthName')} autoComplete="off" {...form.getInputProps('birthName')} />
        <NativeSelect label={t('ui.patients.fields.sex')} data={sexOptions} {...requiredInput} {...form.getInputProps('sex')} />
        <TextInput
          label={t('ui.patients.fields.birthDate')}
          type="date"
          min="1900-01-01"
          max={today()}
          {...requiredInput}
          {...form.getInputProps('birthDate')}
        />
        <BirthPlaceSelect
          value={form.values.birthPlace}
          onChange={(place) => form.setFieldValue('birthPlace', place)}
          onBlur={birthPlace.onBlur}
          error={birthPlace.error}
        />
        <TextInput label={t('ui.patients.fields.nir')} inputMode="numeric" autoComplete="off" maxLength={21} {...form.getInputProps('nir')} />
        <TextInput label={t('ui.patients.fields.ins')} autoComplete="off" maxLength={21} {...form.getInputProps('ins')} />
        <NativeSelect label={t('ui.patients.fields.identityStatus')} data={statusOptions} {...form.getInputProps('identityStatus')} />
        <TextInput label={t('ui.patients.fields.occupation')} autoComplete="off" {...form.getInputProps('occupation')} />
        <NativeSelect label={t('ui.patients.fields.regime')} data={regimeOptions} {...form.getInputProps('regime')} />
      </SimpleGrid>
    </FormSection>
  );
}

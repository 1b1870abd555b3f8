import { SimpleGrid, TextInput } from '@mantine/core';
import { t } from '../../i18n.js';
import { requiredInput } from '../required.js';
import { FormSection } from '../user-form/FormSection.js';
import type { PatientSectionProps } from './form.js';

/** "Coordonnées patient". */
export function ContactSection({ form }: PatientSectionProps) {
  return (
    <FormSection legend={t('ui.patients.form.contact')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('ui.patients.fields.phone')} type="tel" inputMode="tel" autoComplete="off" {...requiredInput} {...form.getInputProps('phone')} />
        <TextInput label={t('ui.patients.fields.phone2')} type="tel" inputMode="tel" autoComplete="off" {...form.getInputProps('phone2')} />
        <TextInput
          label={t('ui.patients.fields.email')}
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...form.getInputProps('email')}
        />
      </SimpleGrid>
    </FormSection>
  );
}

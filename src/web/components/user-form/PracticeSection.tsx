import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { FormSection } from './FormSection.js';
import { t } from '../../i18n.js';
import { CommuneSelect } from './CommuneSelect.js';
import type { SectionProps } from './form.js';

export function PracticeSection({ form, communeLabel }: SectionProps & { communeLabel: string | null }) {
  // A new address or commune makes the stored coordinates stale: the server geocodes again.
  const forgetCoordinates = () => {
    form.setFieldValue('practice.lat', null);
    form.setFieldValue('practice.lng', null);
  };
  const address = form.getInputProps('practice.address');
  const commune = form.getInputProps('practice.inseeCode');
  const { inseeCode, postcode } = form.values.practice;
  const communeError = commune.error ?? form.errors['practice.postcode'] ?? form.errors.practice;

  return (
    <FormSection legend={t('ui.admin.userForm.sections.practice')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('ui.admin.userForm.address')}
          autoComplete="off"
          {...address}
          onChange={(event) => {
            forgetCoordinates();
            form.setFieldValue('practice.address', event.currentTarget.value);
          }}
        />
        <CommuneSelect
          value={inseeCode ? { inseeCode, postcode } : null}
          initialLabel={communeLabel}
          error={communeError}
          onBlur={commune.onBlur}
          onChange={(choice) => {
            forgetCoordinates();
            form.setFieldValue('practice.inseeCode', choice?.inseeCode ?? null);
            form.setFieldValue('practice.postcode', choice?.postcode ?? null);
          }}
        />
        <NumberInput
          label={t('ui.admin.userForm.radius')}
          min={1}
          max={200}
          step={1}
          allowNegative={false}
          {...form.getInputProps('serviceRadiusKm')}
        />
      </SimpleGrid>
    </FormSection>
  );
}

import { Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { territories, type Territory } from '../../../core/territories.js';
import { t } from '../../i18n.js';
import { FormSection } from '../user-form/FormSection.js';
import { AddressAutocomplete } from './AddressAutocomplete.js';
import type { PatientSectionProps } from './form.js';

const complements = ['building', 'staircase', 'floor', 'digicode', 'intercom', 'door'] as const;

/** Territory, "Adresse de résidence" (picked from the suggestions) and its complements. */
export function ResidenceSection({ form }: PatientSectionProps) {
  const { territory, address, addressText } = form.values;
  const addressProps = form.getInputProps('address');

  const changeTerritory = (next: Territory) => {
    form.setFieldValue('territory', next);
    // An address of another territory no longer fits: search again in the new one.
    if (address && address.territory !== next) form.setFieldValue('address', null);
  };

  return (
    <FormSection legend={t('ui.patients.form.residence')}>
      <Stack>
        <Radio.Group label={t('ui.patients.fields.territory')} value={territory} onChange={(value) => changeTerritory(value as Territory)}>
          <Group gap="md" mt={6}>
            {territories.map((value) => (
              <Radio key={value} value={value} label={t(`domain.territory.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <AddressAutocomplete
          territory={territory}
          text={addressText}
          value={address}
          error={addressProps.error}
          onBlur={addressProps.onBlur}
          onTextChange={(text) => {
            form.setFieldValue('addressText', text);
            if (address) form.setFieldValue('address', null);
          }}
          onPick={(suggestion) => {
            form.setFieldValue('address', suggestion);
            form.setFieldValue('addressText', suggestion.label);
            if (suggestion.territory !== territory) form.setFieldValue('territory', suggestion.territory);
            form.clearFieldError('address');
          }}
        />
        <TextInput
          label={t('ui.patients.fields.addressComplement')}
          placeholder={t('ui.patients.fields.addressComplementPlaceholder')}
          autoComplete="off"
          {...form.getInputProps('addressComplement')}
        />
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
          {complements.map((name) => (
            <TextInput key={name} label={t(`ui.patients.fields.${name}`)} autoComplete="off" {...form.getInputProps(name)} />
          ))}
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}

import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { FormSection } from './FormSection.js';
import { careModes } from '../../../core/professions.js';
import { t, type MessageKey } from '../../i18n.js';
import type { SectionProps } from './form.js';
import { careActsOf } from './values.js';

export function CareSection({ form }: SectionProps) {
  const acts = careActsOf(form.values.profession);
  return (
    <FormSection legend={t('ui.admin.userForm.sections.care')}>
      <Stack>
        {acts.length === 0 ? (
          <Text size="sm" c="dimmed">{t('ui.admin.userForm.noCareActs')}</Text>
        ) : (
          <Checkbox.Group label={t('ui.admin.userForm.careActs')} {...form.getInputProps('careActs')}>
            <Group mt="xs" gap="md">
              {acts.map((act) => (
                <Checkbox key={act} value={act} label={t(`domain.careAct.${act}` as MessageKey)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
        <Checkbox.Group label={t('ui.admin.userForm.careModes')} {...form.getInputProps('careModes')}>
          <Group mt="xs" gap="md">
            {careModes.map((mode) => (
              <Checkbox key={mode} value={mode} label={t(`domain.careMode.${mode}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      </Stack>
    </FormSection>
  );
}

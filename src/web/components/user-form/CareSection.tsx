import { Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { FormSection } from './FormSection.js';
import { careModes } from '../../../core/professions.js';
import { useCareActs } from '../../api/care-acts.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import type { SectionProps } from './form.js';

export function CareSection({ form }: SectionProps) {
  const catalogue = useCareActs();
  const profession = form.values.profession;
  const offered = (catalogue.data ?? []).filter((act) => act.profession === profession && act.active);
  // Acts the user has that the catalogue no longer offers (deactivated since): kept, and shown so they can be unticked.
  const offeredCodes = new Set(offered.map((act) => act.code));
  const kept = catalogue.data ? form.values.careActs.filter((code) => !offeredCodes.has(code)) : [];
  return (
    <FormSection legend={t('ui.admin.userForm.sections.care')}>
      <Stack>
        <ErrorAlert error={catalogue.error} />
        {catalogue.isPending ? (
          <Loader size="sm" aria-label={t('ui.app.loading')} />
        ) : offered.length === 0 && kept.length === 0 ? (
          <Text size="sm" c="dimmed">{t('ui.admin.userForm.noCareActs')}</Text>
        ) : (
          <Checkbox.Group label={t('ui.admin.userForm.careActs')} {...form.getInputProps('careActs')}>
            <Group mt="xs" gap="md">
              {offered.map((act) => (
                <Checkbox key={act.code} value={act.code} label={act.label} />
              ))}
              {kept.map((code) => (
                <Checkbox key={code} value={code} label={t('ui.admin.careActs.inactiveOnUser', { label: code })} />
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

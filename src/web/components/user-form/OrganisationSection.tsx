import { Checkbox, MultiSelect, Select, SimpleGrid, Stack } from '@mantine/core';
import { FormSection } from './FormSection.js';
import { useNetworks } from '../../api/networks.js';
import { useOrganisations } from '../../api/organisations.js';
import type { OrganisationRef } from '../../api/types.js';
import { t } from '../../i18n.js';
import type { SectionProps } from './form.js';

interface Option {
  value: string;
  label: string;
}

/** Active items, plus the ones already chosen even if deactivated since (so that their names still show). */
function options(items: readonly { id: string; name: string; active: boolean }[] | undefined, chosen: readonly string[], extra?: OrganisationRef | null): Option[] {
  const list = (items ?? []).filter((item) => item.active || chosen.includes(item.id)).map((item) => ({ value: item.id, label: item.name }));
  if (extra && !list.some((option) => option.value === extra.id)) list.push({ value: extra.id, label: extra.name });
  return list.sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

export function OrganisationSection({ form, currentOrganisation }: SectionProps & { currentOrganisation: OrganisationRef | null }) {
  const organisations = useOrganisations(true);
  const networks = useNetworks();
  const { organisationId, supervises, networkIds } = form.values;
  const organisationOptions = options(organisations.data, [organisationId ?? '', ...supervises.organisationIds], currentOrganisation);
  const networkOptions = options(networks.data, [...supervises.networkIds, ...networkIds]);

  return (
    <FormSection legend={t('ui.admin.userForm.sections.organisation')}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('ui.admin.userForm.organisation')}
            placeholder={t('ui.common.none')}
            data={organisationOptions}
            searchable
            clearable
            {...form.getInputProps('organisationId')}
          />
          <MultiSelect
            label={t('ui.admin.userForm.networks')}
            data={networkOptions}
            searchable
            clearable
            {...form.getInputProps('networkIds')}
          />
          <MultiSelect
            label={t('ui.admin.userForm.supervisedOrganisations')}
            data={organisationOptions}
            searchable
            clearable
            {...form.getInputProps('supervises.organisationIds')}
          />
          <MultiSelect
            label={t('ui.admin.userForm.supervisedNetworks')}
            data={networkOptions}
            searchable
            clearable
            {...form.getInputProps('supervises.networkIds')}
          />
        </SimpleGrid>
        <Checkbox label={t('ui.admin.userForm.isAdmin')} {...form.getInputProps('isAdmin', { type: 'checkbox' })} />
      </Stack>
    </FormSection>
  );
}

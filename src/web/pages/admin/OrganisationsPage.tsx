import { Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useOrganisations, useSetOrganisationActive } from '../../api/organisations.js';
import type { Organisation } from '../../api/types.js';
import { OrganisationForm } from '../../components/admin/OrganisationForm.js';
import { RowActions } from '../../components/admin/RowActions.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatPhone } from '../../format.js';
import { t } from '../../i18n.js';

/** Administration: organisations (cabinets, plateformes, établissements). */
export function OrganisationsPage() {
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Organisation | null>(null);
  const organisations = useOrganisations(includeInactive);
  const setActive = useSetOrganisationActive();

  return (
    <Stack>
      <Title order={1}>{t('ui.admin.organisations.title')}</Title>
      <OrganisationForm key={editing?.id ?? 'new'} organisation={editing} onDone={() => setEditing(null)} />
      <Checkbox
        label={t('ui.admin.organisations.showInactive')}
        checked={includeInactive}
        onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
      />
      <ErrorAlert error={organisations.error ?? setActive.error} />
      <Table.ScrollContainer minWidth={720} type="native">
        <Table striped highlightOnHover aria-label={t('ui.admin.organisations.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ui.admin.organisations.name')}</Table.Th>
              <Table.Th scope="col">{t('ui.admin.organisations.kind')}</Table.Th>
              <Table.Th scope="col">{t('ui.admin.organisations.phone')}</Table.Th>
              <Table.Th scope="col">{t('ui.admin.organisations.members')}</Table.Th>
              <Table.Th scope="col">{t('ui.admin.organisations.status')}</Table.Th>
              <Table.Th scope="col">{t('ui.common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {organisations.data?.map((organisation) => (
              <Table.Tr key={organisation.id}>
                <Table.Td fw={600}>{organisation.name}</Table.Td>
                <Table.Td>{t(`domain.organisationKind.${organisation.kind}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPhone(organisation.phone)}</Table.Td>
                <Table.Td>{organisation.memberCount}</Table.Td>
                <Table.Td><StatusBadge active={organisation.active} /></Table.Td>
                <Table.Td>
                  <RowActions
                    name={organisation.name}
                    active={organisation.active}
                    busy={setActive.isPending}
                    onEdit={() => {
                      setEditing(organisation);
                      window.scrollTo?.({ top: 0, behavior: 'smooth' });
                    }}
                    onToggleActive={() => setActive.mutate({ id: organisation.id, active: !organisation.active })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
            {organisations.data?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}><Text c="dimmed" ta="center" py="md">{t('ui.admin.organisations.empty')}</Text></Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

import { Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNetworks, useSetNetworkActive } from '../../api/networks.js';
import type { Network } from '../../api/types.js';
import { NetworkForm } from '../../components/admin/NetworkForm.js';
import { RowActions } from '../../components/admin/RowActions.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { t } from '../../i18n.js';

/** Administration: networks of professionals (CPTS). */
export function NetworksPage() {
  const [editing, setEditing] = useState<Network | null>(null);
  const networks = useNetworks();
  const setActive = useSetNetworkActive();

  return (
    <Stack>
      <Title order={1}>{t('ui.admin.networks.title')}</Title>
      <NetworkForm key={editing?.id ?? 'new'} network={editing} onDone={() => setEditing(null)} />
      <ErrorAlert error={networks.error ?? setActive.error} />
      <Table.ScrollContainer minWidth={640} type="native">
        <Table striped highlightOnHover aria-label={t('ui.admin.networks.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ui.admin.networks.name')}</Table.Th>
              <Table.Th scope="col">{t('ui.admin.networks.kind')}</Table.Th>
              <Table.Th scope="col">{t('ui.admin.networks.members')}</Table.Th>
              <Table.Th scope="col">{t('ui.admin.networks.status')}</Table.Th>
              <Table.Th scope="col">{t('ui.common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {networks.data?.map((network) => (
              <Table.Tr key={network.id}>
                <Table.Td fw={600}>{network.name}</Table.Td>
                <Table.Td>{t(`domain.networkKind.${network.kind}`)}</Table.Td>
                <Table.Td>{network.memberIds.length}</Table.Td>
                <Table.Td><StatusBadge active={network.active} /></Table.Td>
                <Table.Td>
                  <RowActions
                    name={network.name}
                    active={network.active}
                    busy={setActive.isPending}
                    onEdit={() => {
                      setEditing(network);
                      window.scrollTo?.({ top: 0, behavior: 'smooth' });
                    }}
                    onToggleActive={() => setActive.mutate({ id: network.id, active: !network.active })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
            {networks.data?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}><Text c="dimmed" ta="center" py="md">{t('ui.admin.networks.empty')}</Text></Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

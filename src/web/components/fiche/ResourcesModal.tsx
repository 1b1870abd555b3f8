import { Badge, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ChannelStatus, Resource } from '../../api/care-request-types.js';
import { useCareRequestResources } from '../../api/care-requests.js';
import { professionLabel } from '../../format.js';
import { t } from '../../i18n.js';
import { ficheNumber, personName, shortDateTime } from '../declenchement/labels.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { declineReasonLabel, kmLabel } from '../offers/labels.js';

const channelColor: Record<ChannelStatus, string> = { pending: 'gray', sent: 'green', failed: 'red' };

function ordinal(number: number): string {
  return number === 1 ? t('domain.ordinal.one', { count: number }) : t('domain.ordinal.other', { count: number });
}

/** Réponse: "Acceptée", "Déclinée : Hors zone", "Retirée", "En attente". */
export function resourceResponse(resource: Pick<Resource, 'response' | 'declineReason' | 'declineComment'>): string {
  if (resource.response === 'accepted') return t('ui.resources.response.accepted');
  if (resource.response === 'withdrawn') return t('ui.resources.response.withdrawn');
  if (resource.response === 'declined') {
    const reason = declineReasonLabel(resource.declineReason);
    return t('ui.resources.response.declined', { reason: resource.declineComment ? `${reason} (${resource.declineComment})` : reason });
  }
  return t('ui.resources.response.pending');
}

const columns = ['round', 'professional', 'distance', 'offeredAt', 'channels', 'seen', 'response'] as const;

function ResourcesTable({ resources, number, timeZone }: { resources: readonly Resource[]; number: number; timeZone: string }) {
  if (resources.length === 0) return <Text c="dimmed">{t('ui.resources.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={820} type="native">
      <Table striped verticalSpacing="xs" aria-label={t('ui.resources.table', { number: ficheNumber(number) })}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">{t(`ui.resources.columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {resources.map((resource) => (
            <Table.Tr key={`${resource.round}-${resource.professional.id}`} style={{ verticalAlign: 'top' }}>
              <Table.Td>{ordinal(resource.round)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>{personName(resource.professional)}</Text>
                <Text size="xs" c="dimmed">{professionLabel(resource.professional.profession)}</Text>
                {resource.phase === 'usual' && <Badge size="xs" variant="light">{t('ui.resources.usual')}</Badge>}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {resource.distanceKm === null ? t('ui.resources.none') : t('ui.resources.km', { km: kmLabel(resource.distanceKm) })}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{shortDateTime(resource.offeredAt, timeZone)}</Table.Td>
              <Table.Td>
                {resource.channels.length === 0 ? (
                  t('ui.resources.none')
                ) : (
                  <Stack gap={2}>
                    {resource.channels.map((channel) => (
                      <Badge key={channel.channel} size="sm" variant="light" color={channelColor[channel.status]} tt="none" miw="max-content">
                        {t('ui.resources.channelLine', { channel: t(`ui.resources.channel.${channel.channel}`), status: t(`ui.resources.channelStatus.${channel.status}`) })}
                      </Badge>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{resource.seenAt ? shortDateTime(resource.seenAt, timeZone) : t('ui.resources.notSeen')}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={resource.response === 'accepted' ? 700 : undefined} c={resource.response === 'accepted' ? 'green.9' : undefined}>
                  {resourceResponse(resource)}
                </Text>
                {resource.respondedAt && <Text size="xs" c="dimmed">{t('ui.resources.respondedAt', { at: shortDateTime(resource.respondedAt, timeZone) })}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface ResourcesModalProps {
  careRequestId: string;
  number: number;
  timeZone: string;
  onClose: () => void;
}

/** "Ressources déclenchées": who was notified, when, through which channels, seen or not, and their answer. */
export function ResourcesModal({ careRequestId, number, timeZone, onClose }: ResourcesModalProps) {
  const resources = useCareRequestResources(careRequestId, true);
  return (
    <Modal opened onClose={onClose} size="80rem" closeButtonProps={{ 'aria-label': t('ui.resources.close') }} title={<Text fw={700}>{`${t('ui.resources.title')} — ${ficheNumber(number)}`}</Text>}>
      <Stack>
        <ErrorAlert error={resources.error} />
        {resources.isPending && !resources.isError && (
          <Group justify="center" p="md">
            <Loader size="sm" aria-label={t('ui.app.loading')} />
          </Group>
        )}
        {resources.data && (
          <>
            <Text size="sm" c="dimmed">{t('ui.resources.count', { count: resources.data.length })}</Text>
            <ResourcesTable resources={resources.data} number={number} timeZone={timeZone} />
          </>
        )}
      </Stack>
    </Modal>
  );
}

/** "Cliquez ici pour voir les ressources déclenchées": opens the table of the request's resources. */
export function ResourcesButton({ careRequestId, number, timeZone }: { careRequestId: string; number: number; timeZone: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button type="button" className="fiche-link" onClick={() => setOpened(true)} aria-label={t('ui.resources.openItem', { number: ficheNumber(number) })}>
        {t('ui.fiche.seeResources')}
      </button>
      {opened && <ResourcesModal careRequestId={careRequestId} number={number} timeZone={timeZone} onClose={() => setOpened(false)} />}
    </>
  );
}

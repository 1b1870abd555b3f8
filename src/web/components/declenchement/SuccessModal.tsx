import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CareRequestBatch, CareRequestInput, CreatedCareRequest } from '../../api/care-request-types.js';
import { professionLabel } from '../../format.js';
import { t } from '../../i18n.js';
import { ficheNumber, fichePath } from './labels.js';

export type SuccessLineKind = 'offered' | 'self' | 'none';

/** The French line of one created request, and what kind of outcome it tells. */
export function successLine(request: CreatedCareRequest, input: CareRequestInput | undefined): { kind: SuccessLineKind; text: string } {
  if (input?.selfDispatch === true) return { kind: 'self', text: t('ui.declenchement.success.selfDispatched') };
  const params = {
    service: request.serviceName ?? '',
    careActs: request.careActs.map((act) => act.label).join(', '),
    profession: professionLabel(request.profession),
    count: request.offeredCount,
  };
  if (request.offeredCount === 0 && request.status === 'unanswered') {
    return { kind: 'none', text: t('ui.declenchement.success.noResourceLine', params) };
  }
  return { kind: 'offered', text: t('ui.declenchement.success.line', params) };
}

interface SuccessModalProps {
  batch: CareRequestBatch;
  /** The blocks sent, in the same order as the batch's requests. */
  inputs: readonly CareRequestInput[];
  onOtherPatient: () => void;
  onOk: () => void;
}

/** "VALIDATION DU FORMULAIRE": "Déclenchement réussi", then one line per request sent. */
export function SuccessModal({ batch, inputs, onOtherPatient, onOk }: SuccessModalProps) {
  return (
    <Modal opened onClose={onOk} title={<Text fw={700}>{t('ui.declenchement.success.title')}</Text>} size="lg" closeOnClickOutside={false}>
      <Stack>
        <Alert color="green" variant="light" role="status" title={t('ui.declenchement.success.done')}>
          <List spacing="xs" size="sm" aria-label={t('ui.declenchement.success.done')}>
            {batch.requests.map((request, index) => {
              const line = successLine(request, inputs[index]);
              return (
                <List.Item key={request.id} data-kind={line.kind}>
                  <Text size="sm" component="span" c={line.kind === 'none' ? 'red.9' : undefined} fw={line.kind === 'none' ? 600 : undefined}>
                    {line.text}
                  </Text>{' '}
                  <Anchor component={Link} to={fichePath(request.number)} size="sm">
                    {t('ui.declenchement.success.openFiche', { number: ficheNumber(request.number) })}
                  </Anchor>
                </List.Item>
              );
            })}
          </List>
        </Alert>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onOtherPatient}>{t('ui.declenchement.success.otherPatient')}</Button>
          <Button onClick={onOk} data-autofocus>{t('ui.declenchement.success.ok')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

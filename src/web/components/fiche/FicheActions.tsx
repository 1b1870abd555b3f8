import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CareRequestView } from '../../api/care-request-types.js';
import {
  isAlreadyTaken,
  useAcceptOffer,
  useCancelCareRequest,
  useCompleteCareRequest,
  useDeclineOffer,
  useHandBack,
  useRecordVisit,
} from '../../api/care-requests.js';
import { t } from '../../i18n.js';
import { ficheNumber } from '../declenchement/labels.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { declineReasonLabel } from '../offers/labels.js';
import { DeclineModal } from './DeclineModal.js';
import { ReasonModal } from './ReasonModal.js';

type Dialog = 'decline' | 'cancel' | 'handBack' | 'complete' | null;
type Notice = 'accepted' | 'declined' | 'cancelled' | 'visitRecorded' | 'completed' | 'handedBack' | null;

/** "Déjà pris en charge": said loudly, as the seed does. */
function AlreadyTaken() {
  return (
    <Alert color="red" variant="filled" role="alert" title={t('ui.fiche.actions.alreadyTaken')}>
      {t('ui.fiche.actions.alreadyTakenText')}
    </Alert>
  );
}

/** Where the viewer's own offer stands, in a sentence; null when there is nothing to say. */
function offerSituation(request: CareRequestView): 'taken' | 'open' | 'declined' | 'withdrawn' | null {
  const offer = request.myOffer;
  if (!offer || offer.response === 'accepted') return null;
  if (offer.response === 'declined') return 'declined';
  if (request.can.accept) return 'open';
  if (request.performer !== null) return 'taken';
  return 'withdrawn';
}

/**
 * What the viewer may do now, as the server's `can` says: Accepter / Décliner (an offered
 * professional), Annuler la demande (the requester's side), Enregistrer un passage /
 * Clôturer / Rendre la prise en charge (the performer), with their modals.
 */
export function FicheActions({ request }: { request: CareRequestView }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const accept = useAcceptOffer();
  const decline = useDeclineOffer();
  const cancel = useCancelCareRequest();
  const visit = useRecordVisit();
  const complete = useCompleteCareRequest();
  const handBack = useHandBack();
  const { can } = request;
  const id = request.id;
  const number = ficheNumber(request.number);
  const performing = can.recordVisit || can.complete || can.handBack;
  const situation = offerSituation(request);
  const taken = isAlreadyTaken(accept.error) || situation === 'taken';
  const showVisits = performing || request.status === 'in_progress' || request.status === 'completed';
  const anyAction = can.accept || can.decline || can.cancel || performing;

  if (!anyAction && !taken && situation === null && !showVisits && notice === null) return null;

  const done = (value: Notice) => () => {
    setDialog(null);
    setNotice(value);
  };
  const close = () => setDialog(null);
  // The error of the last action tried, when it is not "déjà pris en charge" (shown apart).
  const failed = visit.error ?? (accept.isError && !isAlreadyTaken(accept.error) ? accept.error : null);

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="fiche-actions">
      <Stack gap="sm">
        <Title order={2} size="h5" id="fiche-actions">{t('ui.fiche.actions.title')}</Title>
        {taken && <AlreadyTaken />}
        {!taken && situation === 'open' && <Text size="sm" fw={600}>{t('ui.fiche.actions.offerOpen')}</Text>}
        {situation === 'declined' && (
          <Text size="sm">{t('ui.fiche.actions.offerDeclined', { reason: declineReasonLabel(request.myOffer?.declineReason ?? null) })}</Text>
        )}
        {situation === 'withdrawn' && <Text size="sm">{t('ui.fiche.actions.offerWithdrawn')}</Text>}
        {performing && <Text size="sm">{t('ui.fiche.actions.performing')}</Text>}
        {notice && (
          <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t('ui.live.close')} onClose={() => setNotice(null)}>
            {t(`ui.fiche.actions.${notice}`)}
          </Alert>
        )}
        <ErrorAlert error={failed} />
        {showVisits && (
          <Text size="sm" fw={700} data-testid="visits">{t('ui.fiche.actions.visits', { done: request.visits.done, planned: request.visits.planned })}</Text>
        )}
        {anyAction && (
          <Group gap="sm">
            {can.accept && !taken && (
              <Button color="green" loading={accept.isPending} onClick={() => accept.mutate({ id }, { onSuccess: () => setNotice('accepted') })}>
                {t('ui.fiche.actions.accept')}
              </Button>
            )}
            {can.decline && !taken && (
              <Button variant="default" onClick={() => setDialog('decline')}>{t('ui.fiche.actions.decline')}</Button>
            )}
            {can.recordVisit && (
              <Button loading={visit.isPending} onClick={() => visit.mutate({ id }, { onSuccess: () => setNotice('visitRecorded') })}>
                {t('ui.fiche.actions.recordVisit')}
              </Button>
            )}
            {can.complete && (
              <Button variant="light" onClick={() => setDialog('complete')}>{t('ui.fiche.actions.complete')}</Button>
            )}
            {can.handBack && (
              <Button variant="default" onClick={() => setDialog('handBack')}>{t('ui.fiche.actions.handBack')}</Button>
            )}
            {can.cancel && (
              <Button variant="outline" color="red" onClick={() => setDialog('cancel')}>{t('ui.fiche.actions.cancel')}</Button>
            )}
          </Group>
        )}
      </Stack>

      {dialog === 'decline' && (
        <DeclineModal
          number={number}
          onClose={close}
          pending={decline.isPending}
          error={decline.error}
          onSubmit={(input) => decline.mutate({ id, ...input }, { onSuccess: done('declined') })}
        />
      )}
      {dialog === 'cancel' && (
        <ReasonModal
          title={`${t('ui.fiche.actions.cancelModal.title')} ${number}`}
          hint={t('ui.fiche.actions.cancelModal.hint')}
          requiredMessage={t('ui.fiche.actions.cancelModal.required')}
          submitLabel={t('ui.fiche.actions.cancelModal.submit')}
          onClose={close}
          pending={cancel.isPending}
          error={cancel.error}
          onSubmit={(reason) => cancel.mutate({ id, reason }, { onSuccess: done('cancelled') })}
        />
      )}
      {dialog === 'handBack' && (
        <ReasonModal
          title={`${t('ui.fiche.actions.handBackModal.title')} ${number}`}
          hint={t('ui.fiche.actions.handBackModal.hint')}
          requiredMessage={t('ui.fiche.actions.handBackModal.required')}
          submitLabel={t('ui.fiche.actions.handBackModal.submit')}
          onClose={close}
          pending={handBack.isPending}
          error={handBack.error}
          onSubmit={(reason) => handBack.mutate({ id, reason }, { onSuccess: done('handedBack') })}
        />
      )}
      {dialog === 'complete' && (
        <Modal opened onClose={close} closeButtonProps={{ 'aria-label': t('ui.fiche.actions.close') }} title={<Text fw={700}>{`${t('ui.fiche.actions.completeModal.title')} ${number}`}</Text>}>
          <Stack>
            <ErrorAlert error={complete.error} />
            <Text size="sm">{t('ui.fiche.actions.completeModal.text')}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>{t('ui.fiche.actions.back')}</Button>
              <Button loading={complete.isPending} onClick={() => complete.mutate({ id }, { onSuccess: done('completed') })} data-autofocus>
                {t('ui.fiche.actions.completeModal.submit')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Paper>
  );
}

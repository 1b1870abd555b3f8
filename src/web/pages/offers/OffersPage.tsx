import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ReceivedOffer } from '../../api/care-request-types.js';
import { isAlreadyTaken, useAcceptOffer, useDeclineOffer, useReceivedOffers } from '../../api/care-requests.js';
import { useCurrentUser } from '../../api/session.js';
import { durationLabel, ficheNumber, fichePath, personName, shortDateTime, startLabel } from '../../components/declenchement/labels.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { DeclineModal } from '../../components/fiche/DeclineModal.js';
import { LiveIndicator } from '../../components/live/LiveIndicator.js';
import { offerHeadline, offerLineState, offerPatientLine, offerStateLabel, type OfferLineState } from '../../components/offers/labels.js';
import { professionLabel } from '../../format.js';
import { t } from '../../i18n.js';

const stateColor: Record<OfferLineState, string> = {
  open: 'blue',
  taken: 'red',
  accepted: 'green',
  declined: 'gray',
  cancelled: 'gray',
  expired: 'orange',
  withdrawn: 'gray',
  handedBack: 'gray',
};

function requesterLabel(requester: ReceivedOffer['careRequest']['requester']): string {
  const person = `${personName(requester)}, ${professionLabel(requester.profession)}`;
  return requester.organisationName ? `${requester.organisationName} — ${person}` : person;
}

/** One line of "Demandes reçues": what is asked, for whom, by whom, and Voir / Accepter / Décliner while open. */
function OfferLine({ line, userId }: { line: ReceivedOffer; userId: string | undefined }) {
  const navigate = useNavigate();
  const titleId = useId();
  const accept = useAcceptOffer();
  const decline = useDeclineOffer();
  const [declining, setDeclining] = useState(false);
  const request = line.careRequest;
  const number = ficheNumber(request.number);
  const lost = isAlreadyTaken(accept.error);
  const state: OfferLineState = lost ? 'taken' : offerLineState(line, userId);
  const open = state === 'open';
  const timing = [t('ui.fiche.careMode', { mode: t(`domain.careMode.${request.careMode}`) }), startLabel(request), t('domain.careRequestTiming.responseDeadline', { duration: durationLabel(request.responseDeadlineMinutes) })]
    .filter(Boolean)
    .join(' · ');

  return (
    <Paper component="article" withBorder radius="md" p={{ base: 'sm', sm: 'md' }} aria-labelledby={titleId} data-state={state} bg={open ? undefined : 'gray.0'}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h5" id={titleId}>
            {offerHeadline(request)}{' '}
            <Anchor component={Link} to={fichePath(request.number)} size="sm" fw={700}>{number}</Anchor>
          </Title>
          {state === 'taken' ? (
            <Text fw={800} c="red.9" tt="uppercase" size="sm">{offerStateLabel(state, line)}</Text>
          ) : (
            <Badge variant="light" color={stateColor[state]} tt="none" size="lg">{offerStateLabel(state, line)}</Badge>
          )}
        </Group>
        <Text size="sm">{timing}</Text>
        <Text size="sm" fw={600}>{offerPatientLine(request.patient, request.timeZone)}</Text>
        <Text size="sm">{t('ui.offers.requester', { requester: requesterLabel(request.requester) })}</Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">{t('ui.offers.offeredAt', { at: shortDateTime(line.offer.offeredAt, request.timeZone) })}</Text>
          {line.offer.phase === 'usual' && <Badge size="xs" variant="light">{t('ui.offers.usual')}</Badge>}
        </Group>
        {lost && (
          <Alert color="red" variant="filled" role="alert" title={t('ui.fiche.actions.alreadyTaken')}>
            {t('ui.fiche.actions.alreadyTakenText')}
          </Alert>
        )}
        {!lost && <ErrorAlert error={accept.error} />}
        {state !== 'taken' && (
          <Group gap="sm" mt={4}>
            <Button component={Link} to={fichePath(request.number)} variant="default" size="sm" aria-label={t('ui.offers.viewItem', { number })}>
              {t('ui.offers.view')}
            </Button>
            {open && (
              <>
                <Button
                  color="green"
                  size="sm"
                  loading={accept.isPending}
                  aria-label={t('ui.offers.acceptItem', { number })}
                  onClick={() => accept.mutate({ id: request.id }, { onSuccess: (data) => void navigate(fichePath(data.careRequest.number)) })}
                >
                  {t('ui.offers.accept')}
                </Button>
                <Button variant="outline" color="red" size="sm" aria-label={t('ui.offers.declineItem', { number })} onClick={() => setDeclining(true)}>
                  {t('ui.offers.decline')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
      {declining && (
        <DeclineModal
          number={number}
          onClose={() => setDeclining(false)}
          pending={decline.isPending}
          error={decline.error}
          onSubmit={(input) => decline.mutate({ id: request.id, ...input }, { onSuccess: () => setDeclining(false) })}
        />
      )}
    </Paper>
  );
}

/** `/demandes`, "Demandes reçues": the offers made to the user these 14 days, live. */
export function OffersPage() {
  const offers = useReceivedOffers();
  const user = useCurrentUser();
  return (
    <Stack maw={960}>
      <Group justify="space-between" align="baseline" gap="sm">
        <Title order={1}>{t('ui.offers.title')}</Title>
        <LiveIndicator />
      </Group>
      <Text size="sm" c="dimmed">{t('ui.offers.intro')}</Text>
      <ErrorAlert error={offers.error} />
      {offers.isPending && <Text c="dimmed">{t('ui.app.loading')}</Text>}
      {offers.data?.length === 0 && <Text c="dimmed" ta="center" py="lg">{t('ui.offers.empty')}</Text>}
      {offers.data && offers.data.length > 0 && (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('ui.offers.title')}>
          {offers.data.map((line) => (
            <li key={`${line.careRequest.id}-${line.offer.offeredAt}`}>
              <OfferLine line={line} userId={user?.id} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

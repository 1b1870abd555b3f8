import { Alert, Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { parseFicheNumber } from '../../../core/care-requests/number.js';
import type { CareRequestView, DispatchRound } from '../../api/care-request-types.js';
import { useCareRequestByNumber } from '../../api/care-requests.js';
import { ApiError } from '../../api/client.js';
import { ficheNumber, shortDateTime } from '../../components/declenchement/labels.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PatientCell, ReasonCell, RequesterCell, TargetCell, TimelineLines } from '../../components/fiche/CareRequestCells.js';
import { CommentForm } from '../../components/fiche/CommentForm.js';
import { FicheActions } from '../../components/fiche/FicheActions.js';
import { FicheDocuments } from '../../components/fiche/FicheDocuments.js';
import { RetriggerForm } from '../../components/fiche/RetriggerForm.js';
import { careRequestStatusColor } from '../../components/fiche/status.js';
import { FullPageLoader } from '../../components/FullPageLoader.js';
import { t } from '../../i18n.js';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={id} h="100%">
      <Stack gap="xs">
        <Title order={2} size="h5" id={id}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

function ordinal(number: number): string {
  return number === 1 ? t('domain.ordinal.one', { count: number }) : t('domain.ordinal.other', { count: number });
}

function RoundItem({ round, timeZone }: { round: DispatchRound; timeZone: string }) {
  const facts = [
    t('ui.fiche.round.started', { at: shortDateTime(round.startedAt, timeZone) }),
    t('ui.fiche.round.deadline', { at: shortDateTime(round.deadlineAt, timeZone) }),
    round.widenedAt ? t('ui.fiche.round.widened', { at: shortDateTime(round.widenedAt, timeZone) }) : null,
    round.radiusKm !== null ? t('ui.fiche.round.radius', { km: round.radiusKm }) : t('ui.fiche.round.ownRadius'),
    round.restrictToNetwork ? t('ui.fiche.round.network') : null,
    round.usualFirst ? t('ui.fiche.round.usualFirst') : null,
    t('ui.fiche.round.offers', { count: round.offerCount }),
  ].filter((fact): fact is string => fact !== null);
  return (
    <li>
      <Text size="sm" fw={700}>{t('ui.fiche.round.title', { ordinal: ordinal(round.number) })}</Text>
      <Text size="sm">{facts.join(' - ')}</Text>
    </li>
  );
}

/**
 * `/fiches/:number`: one care request, its rounds and its HORODATAGE; the actions the viewer may
 * take (accept, decline, cancel, passages…) and "Déclencher de nouveau" when allowed. Live: the
 * events of the stream refetch it.
 */
export function FichePage() {
  const params = useParams();
  const number = parseFicheNumber(params.number ?? '');
  const fiche = useCareRequestByNumber(number);
  const [offered, setOffered] = useState<number | null>(null);
  const back = <Anchor component={Link} to="/" size="sm">{t('ui.fiche.back')}</Anchor>;

  if (number === null) {
    return (
      <Stack maw={720}>
        {back}
        <Alert color="orange" variant="light">{t('ui.fiche.invalidNumber')}</Alert>
      </Stack>
    );
  }
  if (fiche.isPending) return <FullPageLoader />;
  if (fiche.isError) {
    const notFound = fiche.error instanceof ApiError && fiche.error.status === 404;
    return (
      <Stack maw={720}>
        {back}
        {notFound ? <Alert color="orange" variant="light">{t('ui.fiche.notFound')}</Alert> : <ErrorAlert error={fiche.error} />}
      </Stack>
    );
  }
  const request: CareRequestView = fiche.data;

  return (
    <Stack maw={1200}>
      {back}
      <Group gap="sm" align="center">
        <Title order={1}>{ficheNumber(request.number)}</Title>
        <Badge size="lg" variant="light" color={careRequestStatusColor[request.status]}>
          {t(`domain.careRequestStatus.${request.status}`)}
        </Badge>
      </Group>
      {offered !== null && (
        <Alert color={offered > 0 ? 'green' : 'orange'} variant="light" role="status" withCloseButton onClose={() => setOffered(null)}>
          {t('ui.fiche.retrigger.done', { count: offered })}
        </Alert>
      )}
      <FicheActions key={request.id} request={request} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Section id="fiche-requester" title={t('ui.fiche.sections.requester')}>
            <RequesterCell requester={request.requester} number={request.number} linkToFiche={false} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Section id="fiche-patient" title={t('ui.fiche.sections.patient')}>
            <PatientCell patient={request.patient} timeZone={request.timeZone} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Section id="fiche-reason" title={t('ui.fiche.sections.reason')}>
            <ReasonCell request={request} />
            <Text size="sm">{t('ui.fiche.plan', { days: request.days, visits: request.visitsPerDay })}</Text>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Section id="fiche-target" title={t('ui.fiche.sections.target')}>
            <TargetCell request={request} resources={request.can.seeResources} />
          </Section>
        </Grid.Col>
      </Grid>
      {request.can.retrigger && <RetriggerForm key={request.rounds.length} request={request} onDone={setOffered} />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Section id="fiche-rounds" title={t('ui.fiche.sections.rounds')}>
            {request.rounds.length === 0 ? (
              <Text size="sm" c="dimmed">{t('ui.fiche.noRounds')}</Text>
            ) : (
              <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
                {request.rounds.map((round) => (
                  <RoundItem key={round.number} round={round} timeZone={request.timeZone} />
                ))}
              </Stack>
            )}
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Section id="fiche-timeline" title={t('ui.fiche.sections.timeline')}>
            {request.tags.length > 0 && (
              <Group gap={4} aria-label={t('ui.fiche.tags')}>
                {request.tags.map((tag) => (
                  <Badge key={tag} variant="outline" size="sm" tt="none">#{tag}</Badge>
                ))}
              </Group>
            )}
            {request.can.comment && <CommentForm careRequestId={request.id} />}
            <TimelineLines lines={request.timeline} timeZone={request.timeZone} />
          </Section>
        </Grid.Col>
      </Grid>
      {request.patient.view === 'full' && (
        <Section id="fiche-documents" title={t('ui.fiche.documents.title')}>
          <FicheDocuments careRequestId={request.id} timeZone={request.timeZone} canAdd={request.can.addDocument} />
        </Section>
      )}
    </Stack>
  );
}

import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AddressComplements, CareRequestPatientView, CareRequestSummary, Requester, TimelineLine } from '../../api/care-request-types.js';
import { formatPhone, professionLabel } from '../../format.js';
import { t } from '../../i18n.js';
import { addressLine, ageLabel, careActsLabel, durationLabel, ficheNumber, fichePath, personName, shortDateTime, startLabel, tc } from '../declenchement/labels.js';
import { ResourcesButton } from './ResourcesModal.js';

/** What the cells read of a care request (a row of "Mes fiches" or a whole fiche). */
export type CareRequestFacts = Omit<CareRequestSummary, 'patient'> & { patient: CareRequestPatientView };

/** DEMANDEUR: organisation, user, phones, profession, and the fiche number (a link, on the dashboard). */
export function RequesterCell({ requester, number, linkToFiche = true }: { requester: Requester; number: number; linkToFiche?: boolean }) {
  return (
    <Stack gap={2}>
      {requester.organisationName && <Text size="sm" fw={700} tt="uppercase">{requester.organisationName}</Text>}
      <Text size="sm">{personName(requester)}</Text>
      {requester.callerPhone && <Text size="sm">{t('ui.fiche.callerPhone', { phone: formatPhone(requester.callerPhone) })}</Text>}
      {requester.directLine && <Text size="sm">{t('ui.fiche.directLine', { phone: formatPhone(requester.directLine) })}</Text>}
      {requester.organisationPhone && <Text size="sm">{t('ui.fiche.actions.revealed.organisationPhone', { phone: formatPhone(requester.organisationPhone) })}</Text>}
      {requester.mobilePhone && <Text size="sm">{t('ui.fiche.actions.revealed.mobilePhone', { phone: formatPhone(requester.mobilePhone) })}</Text>}
      {requester.email && <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{t('ui.fiche.actions.revealed.email', { email: requester.email })}</Text>}
      <Text size="sm" c="dimmed">{professionLabel(requester.profession)}</Text>
      {linkToFiche ? (
        <Anchor component={Link} to={fichePath(number)} size="sm" fw={700}>{ficheNumber(number)}</Anchor>
      ) : (
        <Text size="sm" fw={700}>{ficheNumber(number)}</Text>
      )}
    </Stack>
  );
}

const complementFields = ['addressComplement', 'building', 'staircase', 'floor', 'digicode', 'intercom', 'door'] as const satisfies readonly (keyof AddressComplements)[];

/** "Bâtiment : B", "Digicode : 4521B"…: the complements the view carries. */
function complementLines(patient: AddressComplements): string[] {
  return complementFields.flatMap((field) => {
    const value = patient[field]?.trim();
    return value ? [t('ui.fiche.actions.revealed.complement', { label: t(`ui.patients.fields.${field}`), value })] : [];
  });
}

/** PATIENT: who and where; before acceptance, only the anonymised facts. */
export function PatientCell({ patient, timeZone }: { patient: CareRequestPatientView; timeZone: string }) {
  if (patient.view === 'anonymised') {
    return (
      <Stack gap={2}>
        <Text size="sm" fw={700}>
          {`${t(`ui.patients.sex.${patient.sex}`)}, ${tc('domain.patientAge.years', patient.ageYears)}`}
        </Text>
        <Text size="sm">{[patient.postcode, patient.city].filter(Boolean).join(' ')}</Text>
        {patient.distanceKm !== null && (
          <Text size="sm">{t('ui.fiche.distance', { km: patient.distanceKm.toLocaleString('fr-FR', { maximumFractionDigits: 1 }) })}</Text>
        )}
        <Text size="xs" c="dimmed">{t('ui.fiche.anonymisedNote')}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm" fw={700}>{personName(patient)}</Text>
      <Text size="sm">{ageLabel(patient.birthDate, patient.sex, timeZone)}</Text>
      {patient.phone && <Text size="sm">{formatPhone(patient.phone)}</Text>}
      <Text size="sm" c="dimmed">{addressLine(patient)}</Text>
      {complementLines(patient).map((line) => (
        <Text key={line} size="sm" c="dimmed">{line}</Text>
      ))}
    </Stack>
  );
}

/** MOTIF: the comment, the soins with their start, the Type PeC and the Délai de réponse. */
export function ReasonCell({ request }: { request: CareRequestFacts }) {
  const acts = careActsLabel(request.careActs, request.otherCareAct);
  return (
    <Stack gap={2}>
      {request.selfDispatched && (
        <Badge size="sm" variant="light" color="grape">{t('ui.fiche.selfDispatched')}</Badge>
      )}
      <Text size="sm" fw={600} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{request.comment}</Text>
      <Text size="sm">{[acts, startLabel(request)].filter(Boolean).join(' ')}</Text>
      <Text size="sm">{t('ui.fiche.careMode', { mode: t(`domain.careMode.${request.careMode}`) })}</Text>
      <Text size="sm">{t('domain.careRequestTiming.responseDeadline', { duration: durationLabel(request.responseDeadlineMinutes) })}</Text>
    </Stack>
  );
}

/** What became of the request: its performer, nobody, or how many were notified. */
export function targetOutcome(request: Pick<CareRequestFacts, 'status' | 'performer' | 'offerCount'>): string {
  if (request.performer) {
    return t('ui.fiche.performer', { name: personName(request.performer), profession: professionLabel(request.performer.profession) });
  }
  if (request.status === 'unanswered') return t('ui.fiche.noResource');
  if (request.status === 'cancelled') return t('domain.careRequestStatus.cancelled');
  return t('ui.fiche.offered', { count: request.offerCount });
}

/** DESTINATAIRE: the profession asked, then the outcome, and "Cliquez ici pour voir les ressources déclenchées" when `resources`. */
export function TargetCell({ request, resources = true }: { request: CareRequestFacts; resources?: boolean }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={700}>{professionLabel(request.profession)}</Text>
      <Text size="sm" c={request.status === 'unanswered' ? 'red.9' : undefined} fw={request.status === 'unanswered' ? 600 : undefined}>
        {targetOutcome(request)}
      </Text>
      {resources && <ResourcesButton careRequestId={request.id} number={request.number} timeZone={request.timeZone} />}
    </Stack>
  );
}

/** HORODATAGE: "dd/MM/yy HH:mm  text", newest first, on the request's wall clock; `compact` puts the time above (table cells). */
export function TimelineLines({ lines, timeZone, compact = false }: { lines: readonly TimelineLine[]; timeZone: string; compact?: boolean }) {
  if (lines.length === 0) return <Text size="sm" c="dimmed">{t('ui.fiche.noTimeline')}</Text>;
  const layout = compact ? { marginBottom: '0.25rem' } : { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '0.75rem' };
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {lines.map((line) => (
        <li key={line.id} style={layout}>
          <Text component="time" dateTime={line.at} size={compact ? 'xs' : 'sm'} c="dimmed" display="block" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
            {shortDateTime(line.at, timeZone)}
          </Text>
          <Text component="span" size="sm" display="block" style={{ minWidth: 0, overflowWrap: 'break-word' }}>{line.text}</Text>
        </li>
      ))}
    </ul>
  );
}

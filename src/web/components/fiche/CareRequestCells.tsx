import { Badge } from '@mantine/core';
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
    <div className="fiche-cell">
      {requester.organisationName && <p className="fiche-strong fiche-upper">{requester.organisationName}</p>}
      <p>{personName(requester)}</p>
      {requester.callerPhone && <p>{t('ui.fiche.callerPhone', { phone: formatPhone(requester.callerPhone) })}</p>}
      {requester.directLine && <p>{t('ui.fiche.directLine', { phone: formatPhone(requester.directLine) })}</p>}
      {requester.organisationPhone && <p>{t('ui.fiche.actions.revealed.organisationPhone', { phone: formatPhone(requester.organisationPhone) })}</p>}
      {requester.mobilePhone && <p>{t('ui.fiche.actions.revealed.mobilePhone', { phone: formatPhone(requester.mobilePhone) })}</p>}
      {requester.email && <p className="fiche-wrap">{t('ui.fiche.actions.revealed.email', { email: requester.email })}</p>}
      <p className="fiche-dimmed">{professionLabel(requester.profession)}</p>
      {linkToFiche ? (
        <Link className="fiche-link" to={fichePath(number)}>{ficheNumber(number)}</Link>
      ) : (
        <p className="fiche-strong">{ficheNumber(number)}</p>
      )}
    </div>
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
      <div className="fiche-cell">
        <p className="fiche-strong">{`${t(`ui.patients.sex.${patient.sex}`)}, ${tc('domain.patientAge.years', patient.ageYears)}`}</p>
        <p>{[patient.postcode, patient.city].filter(Boolean).join(' ')}</p>
        {patient.distanceKm !== null && <p>{t('ui.fiche.distance', { km: patient.distanceKm.toLocaleString('fr-FR', { maximumFractionDigits: 1 }) })}</p>}
        <p className="fiche-dimmed fiche-xs">{t('ui.fiche.anonymisedNote')}</p>
      </div>
    );
  }
  return (
    <div className="fiche-cell">
      <p className="fiche-strong">{personName(patient)}</p>
      <p>{ageLabel(patient.birthDate, patient.sex, timeZone)}</p>
      {patient.phone && <p>{formatPhone(patient.phone)}</p>}
      <p className="fiche-dimmed">{addressLine(patient)}</p>
      {complementLines(patient).map((line) => (
        <p key={line} className="fiche-dimmed">{line}</p>
      ))}
    </div>
  );
}

/** MOTIF: the comment, the soins with their start, the Type PeC and the Délai de réponse. */
export function ReasonCell({ request }: { request: CareRequestFacts }) {
  const acts = careActsLabel(request.careActs, request.otherCareAct);
  return (
    <div className="fiche-cell">
      {request.selfDispatched && (
        <Badge size="sm" variant="light" color="grape">{t('ui.fiche.selfDispatched')}</Badge>
      )}
      <p className="fiche-wrap" style={{ fontWeight: 600, whiteSpace: 'pre-line' }}>{request.comment}</p>
      <p>{[acts, startLabel(request)].filter(Boolean).join(' ')}</p>
      <p>{t('ui.fiche.careMode', { mode: t(`domain.careMode.${request.careMode}`) })}</p>
      <p>{t('domain.careRequestTiming.responseDeadline', { duration: durationLabel(request.responseDeadlineMinutes) })}</p>
    </div>
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
    <div className="fiche-cell">
      <p className="fiche-strong">{professionLabel(request.profession)}</p>
      <p className={request.status === 'unanswered' ? 'fiche-alert' : undefined}>{targetOutcome(request)}</p>
      {resources && <ResourcesButton careRequestId={request.id} number={request.number} timeZone={request.timeZone} />}
    </div>
  );
}

/** HORODATAGE: "dd/MM/yy HH:mm  text", newest first, on the request's wall clock; `compact` puts the time above (table cells). */
export function TimelineLines({ lines, timeZone, compact = false }: { lines: readonly TimelineLine[]; timeZone: string; compact?: boolean }) {
  if (lines.length === 0) return <p className="fiche-cell fiche-dimmed">{t('ui.fiche.noTimeline')}</p>;
  return (
    <ul className="fiche-timeline" data-compact={compact || undefined}>
      {lines.map((line) => (
        <li key={line.id}>
          <time dateTime={line.at}>{shortDateTime(line.at, timeZone)}</time>
          <span>
            {line.text}
            {line.by && <span className="fiche-dimmed">{` — ${line.by}`}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

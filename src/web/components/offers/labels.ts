import { ageInYears } from '../../../core/patients/dates.js';
import type { CareRequestPatientView, DeclineReason, ReceivedOffer } from '../../api/care-request-types.js';
import { professionLabel } from '../../format.js';
import { t } from '../../i18n.js';
import { careActsLabel, ficheNumber, personName, tc, todayIn } from '../declenchement/labels.js';

/** "1,3" (km, one decimal at most, French). */
export function kmLabel(km: number): string {
  return km.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
}

/** "F, 82 ans — Évry-Courcouronnes (1,3 km)"; for the usual professional, "PICASSO Pablo, 70 ans — Youx". */
export function offerPatientLine(patient: CareRequestPatientView, timeZone: string, now = new Date()): string {
  if (patient.view === 'anonymised') {
    const line = t('ui.offers.anonymisedPatient', {
      sex: t(`ui.offers.sexShort.${patient.sex}`),
      age: tc('domain.patientAge.years', patient.ageYears),
      city: patient.city,
    });
    return patient.distanceKm === null ? line : t('ui.offers.patientDistance', { patient: line, km: kmLabel(patient.distanceKm) });
  }
  return t('ui.offers.fullPatient', {
    name: personName(patient),
    age: tc('domain.patientAge.years', ageInYears(patient.birthDate, todayIn(timeZone, now))),
    city: patient.city,
  });
}

/** "Infirmier(e) — Bilan sang". */
export function offerHeadline(request: ReceivedOffer['careRequest']): string {
  return t('ui.offers.headline', { profession: professionLabel(request.profession), careActs: careActsLabel(request.careActs, request.otherCareAct) });
}

/** What a toast says of a request: "Infirmier(e) — Bilan sang — F, 82 ans — Évry-Courcouronnes (1,3 km)". */
export function offerSummary(line: ReceivedOffer): string {
  return `${offerHeadline(line.careRequest)} — ${offerPatientLine(line.careRequest.patient, line.careRequest.timeZone)}`;
}

/** A short name of a request when its offer line is unknown: "#24426443". */
export const requestRef = (number: number) => ficheNumber(number);

export type OfferLineState = 'open' | 'taken' | 'accepted' | 'declined' | 'cancelled' | 'expired' | 'withdrawn' | 'handedBack';

/** Where a line of "Demandes reçues" stands for the user `userId`. */
export function offerLineState(line: ReceivedOffer, userId: string | undefined): OfferLineState {
  const { offer, careRequest } = line;
  if (offer.response === 'declined') return 'declined';
  if (careRequest.status === 'cancelled') return 'cancelled';
  const performer = careRequest.performer;
  if (offer.response === 'accepted') return performer?.id === userId ? 'accepted' : 'handedBack';
  if (performer && performer.id !== userId) return 'taken';
  if (offer.response === null && careRequest.status === 'dispatching') return 'open';
  if (careRequest.status === 'unanswered') return 'expired';
  return 'withdrawn';
}

export function declineReasonLabel(reason: DeclineReason | null): string {
  return reason ? t(`domain.declineReason.${reason}`) : '';
}

/** The French words of a line's state: "Déjà pris en charge", "Déclinée : Hors zone"… */
export function offerStateLabel(state: OfferLineState, line: ReceivedOffer): string {
  if (state === 'declined') return t('ui.offers.state.declined', { reason: declineReasonLabel(line.offer.declineReason) });
  return t(`ui.offers.state.${state}`);
}

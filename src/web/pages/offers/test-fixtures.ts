import type { CareRequestView, ReceivedOffer } from '../../api/care-request-types.js';
import { noActions, summaryOf, unansweredView } from '../declenchement/test-fixtures.js';

/** The nurse of the tests (camille, u-1) is offered a Bilan sang by Dr MOREL. */
const requester = {
  id: 'u-9',
  firstName: 'Claire',
  lastName: 'Morel',
  profession: 'medecin_generaliste' as const,
  organisationName: 'Cabinet médical des Tilleuls',
  callerPhone: null,
  directLine: null,
};

/** A fiche as the offered nurse sees it: anonymised, Accepter / Décliner. */
export const offeredView: CareRequestView = {
  ...unansweredView,
  id: 'cr-7',
  number: 24426443,
  status: 'dispatching',
  profession: 'infirmier',
  careActs: [{ code: 'bilan_sang', label: 'Bilan sang' }],
  startOn: '2022-08-10',
  responseDeadlineMinutes: 30,
  comment: 'Bilan à jeun',
  requester,
  patient: { view: 'anonymised', sex: 'F', ageYears: 82, city: 'Évry-Courcouronnes', postcode: '91000', distanceKm: 1.3 },
  offerCount: 4,
  rounds: [{ number: 1, startedAt: '2022-08-09T12:00:00Z', deadlineAt: '2022-08-09T12:30:00Z', widenedAt: null, radiusKm: null, restrictToNetwork: false, usualFirst: false, offerCount: 4 }],
  timeline: [{ id: 't-71', kind: 'round_started', at: '2022-08-09T12:00:00Z', text: '1er Déclenchement', by: null }],
  myOffer: { phase: 'open', offeredAt: '2022-08-09T12:00:00Z', seenAt: '2022-08-09T12:01:00Z', response: null, declineReason: null },
  visits: { done: 0, planned: 3 },
  can: { ...noActions, accept: true, decline: true },
};

/** The same fiche once the nurse (u-1) accepted it: full patient, requester's contacts, passages. */
export const performingView: CareRequestView = {
  ...offeredView,
  status: 'accepted',
  days: 3,
  requester: { ...requester, callerPhone: '+33160784512', directLine: '+33611223344' },
  patient: {
    view: 'full',
    id: 'p-7',
    lastName: 'Durand',
    firstName: 'Jeanne',
    sex: 'F',
    birthDate: '1940-03-02',
    phone: '+33612345678',
    addressLabel: '12 Rue de la Paix 91000 Évry-Courcouronnes',
    postcode: '91000',
    city: 'Évry-Courcouronnes',
    building: 'B',
    digicode: '4521B',
  },
  performer: { id: 'u-1', firstName: 'Camille', lastName: 'Martin', profession: 'infirmier' },
  timeline: [{ id: 't-72', kind: 'accepted', at: '2022-08-09T12:05:00Z', text: 'acceptation par MARTIN Camille', by: null }, ...offeredView.timeline],
  myOffer: { ...offeredView.myOffer!, response: 'accepted' },
  can: { ...noActions, recordVisit: true, complete: true, handBack: true },
};

const { can: _can, rounds: _rounds, myOffer: _myOffer, visits: _visits, ...offeredSummary } = offeredView;

/** A line of "Demandes reçues" for the offered fiche. */
export const openLine: ReceivedOffer = {
  offer: { phase: 'open', offeredAt: '2022-08-09T12:00:00Z', seenAt: null, response: null, declineReason: null },
  careRequest: offeredSummary,
};

/** An older line the nurse declined (full patient: she is the usual nurse). */
export const declinedLine: ReceivedOffer = {
  offer: { phase: 'usual', offeredAt: '2022-08-08T09:00:00Z', seenAt: '2022-08-08T09:05:00Z', response: 'declined', declineReason: 'hors_zone' },
  careRequest: { ...summaryOf(unansweredView), id: 'cr-3', number: 22420001, status: 'dispatching' },
};

/** The offered line once another nurse took it. */
export const takenLine: ReceivedOffer = {
  offer: { ...openLine.offer, response: 'withdrawn' },
  careRequest: { ...openLine.careRequest, status: 'accepted', performer: { id: 'u-5', firstName: 'Julien', lastName: 'Bernard', profession: 'infirmier' } },
};

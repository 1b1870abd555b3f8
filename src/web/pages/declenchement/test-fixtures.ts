import type { Caller, CareAct, CareRequestSummary, CareRequestView } from '../../api/care-request-types.js';

export const caller: Caller = {
  firstName: 'Camille',
  lastName: 'Martin',
  profession: 'infirmier',
  organisationName: 'Cabinet médical des Tilleuls',
  organisationPhone: '+33164000000',
  mobilePhone: '+33761717229',
  directLine: null,
};

export const careActs: CareAct[] = [
  { profession: 'infirmier', code: 'bilan_sang', label: 'Bilan sang', position: 1, active: true },
  { profession: 'infirmier', code: 'pansement', label: 'Pansement', position: 2, active: true },
  { profession: 'infirmier', code: 'autre', label: 'Autre Soins', position: 99, active: true },
  { profession: 'masseur_kinesitherapeute', code: 'kine_respiratoire', label: 'Kiné respiratoire', position: 1, active: true },
  { profession: 'masseur_kinesitherapeute', code: 'autre', label: 'Autre Soins', position: 99, active: true },
];

/** `YYYY-MM-DD`, `days` after today (local), for a Date d'inter that is never in the past. */
/** `can` of a fiche where the viewer may do nothing. */
export const noActions: CareRequestView['can'] = {
  retrigger: false,
  accept: false,
  decline: false,
  cancel: false,
  recordVisit: false,
  complete: false,
  handBack: false,
  seeResources: false,
  comment: false,
  addDocument: false,
};

export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const unansweredView: CareRequestView = {
  id: 'cr-1',
  number: 22428699,
  status: 'unanswered',
  profession: 'masseur_kinesitherapeute',
  careActs: [{ code: 'autre', label: 'Autre Soins' }],
  otherCareAct: null,
  careMode: 'visite',
  restrictToNetwork: true,
  startOn: '2022-08-10',
  startWithinMinutes: null,
  timeZone: 'Europe/Paris',
  days: 1,
  visitsPerDay: 1,
  responseDeadlineMinutes: 10,
  comment: 'Test ne pas accepter',
  selfDispatched: false,
  createdAt: '2022-08-09T11:49:00Z',
  requester: {
    id: 'u-1',
    firstName: 'Camille',
    lastName: 'Martin',
    profession: 'infirmier',
    organisationName: 'Cabinet médical des Tilleuls',
    callerPhone: '+33761717229',
    directLine: null,
  },
  patient: {
    view: 'full',
    id: 'p-1',
    lastName: 'Picasso',
    firstName: 'Pablo',
    sex: 'M',
    birthDate: '1952-08-09',
    phone: '+33600000000',
    addressLabel: 'Rue de Laval 63700 Youx',
    postcode: '63700',
    city: 'Youx',
  },
  performer: null,
  rounds: [
    {
      number: 1,
      startedAt: '2022-08-09T11:49:00Z',
      deadlineAt: '2022-08-09T11:59:00Z',
      widenedAt: null,
      radiusKm: null,
      restrictToNetwork: true,
      usualFirst: false,
      offerCount: 0,
    },
  ],
  offerCount: 0,
  timeline: [
    { id: 't-2', kind: 'no_resource', at: '2022-08-09T11:59:00Z', text: 'Aucune ressource disponible', by: null },
    { id: 't-1', kind: 'round_started', at: '2022-08-09T11:49:00Z', text: '1er Déclenchement', by: 'MARTIN Camille (Infirmier(e))' },
  ],
  tags: [],
  myOffer: null,
  visits: { done: 0, planned: 1 },
  can: { ...noActions, retrigger: true, cancel: true, seeResources: true },
};

export function summaryOf(view: CareRequestView): CareRequestSummary {
  const { rounds: _rounds, can: _can, myOffer: _myOffer, visits: _visits, patient, ...rest } = view;
  if (patient.view !== 'full') throw new Error('summaries show the full patient');
  return { ...rest, patient };
}

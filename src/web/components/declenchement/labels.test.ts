import { describe, expect, it } from 'vitest';
import type { CreatedCareRequest } from '../../api/care-request-types.js';
import { ageLabel, careActsLabel, durationLabel, ficheNumber, longFrenchDate, shortDateTime, startLabel } from './labels.js';
import { successLine } from './SuccessModal.js';

describe('care request labels', () => {
  it('writes durations the French way', () => {
    expect([10, 60, 120, 1440, 2880].map(durationLabel)).toEqual(['10 minutes', '1 heure', '2 heures', '24 heures', '2 jours']);
  });

  it('writes fiche numbers on 8 digits and dates in French, on the wall clock of a zone', () => {
    expect(ficheNumber(42)).toBe('#00000042');
    expect(longFrenchDate('2022-08-10')).toBe('mercredi 10 août 2022');
    expect(shortDateTime('2022-08-08T12:11:00Z', 'Europe/Paris')).toBe('08/08/22 14:11');
    expect(shortDateTime('2022-08-08T12:11:00Z', 'America/Martinique')).toBe('08/08/22 08:11');
    expect(startLabel({ startOn: '2022-08-10', startWithinMinutes: null })).toBe('[à partir du mercredi 10 août 2022]');
    expect(startLabel({ startOn: null, startWithinMinutes: 30 })).toBe('[délai : 30 minutes]');
    expect(careActsLabel([{ code: 'bilan_sang', label: 'Bilan sang' }, { code: 'autre', label: 'Autre Soins' }], 'Soin de pieds')).toBe(
      'Bilan sang, Autre Soins (Soin de pieds)',
    );
    expect(ageLabel('1970-01-01', 'F', 'Europe/Paris', new Date('2022-08-09T10:00:00Z'))).toBe('52 ans - née le 01/01/1970');
  });
});

describe('successLine', () => {
  const request: CreatedCareRequest = {
    id: 'cr-1',
    number: 1,
    profession: 'infirmier',
    careActs: [{ code: 'bilan_sang', label: 'Bilan sang' }, { code: 'pansement', label: 'Pansement' }],
    otherCareAct: null,
    status: 'dispatching',
    offeredCount: 3,
    serviceName: null,
  };
  const input = { profession: 'infirmier', careActs: ['bilan_sang'], careMode: 'visite', days: 1, visitsPerDay: 1, responseDeadlineMinutes: 120, comment: 'x' };

  it('tells how many professionals were notified, that nobody was, or that the user takes the request', () => {
    expect(successLine(request, input)).toEqual({
      kind: 'offered',
      text: 'OK pour déclenchement service , soin Bilan sang, Pansement, profession Infirmier(e) => 3 intervenant(s) déclenché(s)',
    });
    expect(successLine({ ...request, status: 'unanswered', offeredCount: 0, serviceName: 'SSIAD' }, input).text).toBe(
      'Aucune ressource disponible pour déclenchement service SSIAD, soin Bilan sang, Pansement, profession Infirmier(e)',
    );
    expect(successLine({ ...request, status: 'accepted', offeredCount: 0 }, { ...input, selfDispatch: true })).toEqual({
      kind: 'self',
      text: 'Auto déclenchement : vous prenez en charge cette demande',
    });
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';
import { caller } from '../declenchement/test-fixtures.js';
import { picasso } from './test-fixtures.js';

const caseloadPatient = {
  id: 'p-1',
  lastName: 'Picasso',
  firstName: 'Pablo',
  sex: 'M',
  birthDate: '1952-08-09',
  ageLabel: '73 ans - né le 09/08/1952',
  phone: '+33645678912',
  city: 'Évry-Courcouronnes',
  postcode: '91000',
  followed: true,
  lastActivityAt: '2026-01-05T09:00:00Z',
  history: [],
};

describe('"Déclenchement pour ce patient"', () => {
  beforeAll(async () => {
    await import('./PatientPage.js');
    await import('./CaseloadPage.js');
    await import('../declenchement/DeclenchementPage.js');
  }, 30_000);

  it('from the patient page, opens the wizard for that patient', { timeout: 30_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/patients/p-1': { status: 200, body: { patient: picasso } },
      'GET /api/care-requests/caller': { status: 200, body: { caller } },
    });
    const { router } = renderApp('/patients/p-1', server.fetch);
    fireEvent.click(await screen.findByRole('button', { name: 'Déclenchement pour ce patient' }, { timeout: 10_000 }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }, { timeout: 10_000 });
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/declenchements/nouveau?patient=p-1');
    // An existing patient skips the search and the patient form.
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - PROFESSIONNELS HABITUELS' });
    // "Annuler" goes back to the patient.
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/patients/p-1'));
  });

  it('from "Fiches patients", each patient has its icon button', { timeout: 30_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/caseload': { status: 200, body: { patients: [caseloadPatient] } },
      'GET /api/care-requests/caller': { status: 200, body: { caller } },
    });
    const { router } = renderApp('/patients', server.fetch);
    const card = (await screen.findByRole('link', { name: 'PICASSO Pablo' }, { timeout: 10_000 })).closest('li')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Déclenchement pour ce patient' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }, { timeout: 10_000 });
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/declenchements/nouveau?patient=p-1');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CareRequestView } from '../../api/care-request-types.js';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';
import { unansweredView } from '../declenchement/test-fixtures.js';

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('FichePage', () => {
  beforeAll(async () => {
    await import('./FichePage.js');
  }, 30_000);

  it('shows an unanswered fiche, then "Déclencher de nouveau" posts the radius and the restriction', { timeout: 30_000 }, async () => {
    const retriggered: CareRequestView = {
      ...unansweredView,
      status: 'dispatching',
      offerCount: 4,
      rounds: [
        ...unansweredView.rounds,
        { number: 2, startedAt: '2022-08-09T12:30:00Z', deadlineAt: '2022-08-09T12:40:00Z', widenedAt: null, radiusKm: 25, restrictToNetwork: false, usualFirst: false, offerCount: 4 },
      ],
      timeline: [{ id: 't-3', kind: 'round_started', at: '2022-08-09T12:30:00Z', text: '2e Déclenchement' }, ...unansweredView.timeline],
      can: { retrigger: false },
    };
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/care-requests/number/22428699': { status: 200, body: { careRequest: unansweredView } },
      'POST /api/care-requests/cr-1/rounds': { status: 200, body: { careRequest: retriggered, offeredCount: 4 } },
    });
    renderApp('/fiches/22428699', server.fetch);
    await screen.findByRole('heading', { name: '#22428699' }, { timeout: 10_000 });

    expect(section('DEMANDEUR').getByText('MARTIN Camille')).toBeTruthy();
    expect(section('DEMANDEUR').getByText('Tél appel : 07 61 71 72 29')).toBeTruthy();
    expect(section('PATIENT').getByText('PICASSO Pablo')).toBeTruthy();
    expect(section('PATIENT').getByText(/\d+ ans - né le 09\/08\/1952/)).toBeTruthy();
    expect(section('PATIENT').getByText('06 00 00 00 00')).toBeTruthy();
    expect(section('MOTIF').getByText('Test ne pas accepter')).toBeTruthy();
    expect(section('MOTIF').getByText('Autre Soins [à partir du mercredi 10 août 2022]')).toBeTruthy();
    expect(section('MOTIF').getByText('Type PeC : Visite')).toBeTruthy();
    expect(section('MOTIF').getByText('Délai de réponse : 10 minutes')).toBeTruthy();
    expect(section('DESTINATAIRE').getByText('Masseur-kinésithérapeute')).toBeTruthy();
    expect(section('DESTINATAIRE').getByText('Aucune ressource disponible')).toBeTruthy();
    expect(section('DÉCLENCHEMENTS').getByText('1er Déclenchement')).toBeTruthy();
    // HORODATAGE in the request's time zone (Paris, summer time: UTC+2).
    const lines = section('HORODATAGE').getAllByRole('listitem').map((item) => item.textContent);
    expect(lines).toEqual(['09/08/22 13:59Aucune ressource disponible', '09/08/22 13:491er Déclenchement']);

    const form = section('Déclencher de nouveau');
    const restrict = form.getByRole<HTMLInputElement>('switch', { name: 'Restreindre au réseau' });
    expect(restrict.checked).toBe(true);
    fireEvent.change(form.getByLabelText('Élargir le rayon (km)'), { target: { value: '250' } });
    fireEvent.click(form.getByRole('button', { name: 'Déclencher de nouveau' }));
    expect(await form.findByText('Le rayon élargi doit être compris entre 1 et 200 km.')).toBeTruthy();
    expect(server.calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(form.getByLabelText('Élargir le rayon (km)'), { target: { value: '25' } });
    fireEvent.click(restrict);
    fireEvent.click(form.getByRole('button', { name: 'Déclencher de nouveau' }));

    expect(await screen.findByText('Nouveau déclenchement : 4 ressource(s) déclenchée(s)')).toBeTruthy();
    const post = server.calls.find((call) => call.method === 'POST');
    expect(post?.path).toBe('/api/care-requests/cr-1/rounds');
    expect(post?.body).toEqual({ radiusKm: 25, restrictToNetwork: false });
    await waitFor(() => expect(section('DESTINATAIRE').getByText('4 ressource(s) déclenchée(s)')).toBeTruthy());
    expect(section('DÉCLENCHEMENTS').getByText('2e Déclenchement')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Déclencher de nouveau' })).toBeNull();
  });

  it('shows the anonymised patient to an offered professional, and no re-trigger form', { timeout: 30_000 }, async () => {
    const offered: CareRequestView = {
      ...unansweredView,
      status: 'dispatching',
      patient: { view: 'anonymised', sex: 'F', ageYears: 52, city: 'Vescovato', postcode: '20215', distanceKm: 3.2 },
      can: { retrigger: false },
    };
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/care-requests/number/42': { status: 200, body: { careRequest: { ...offered, number: 42 } } },
    });
    renderApp('/fiches/42', server.fetch);
    await screen.findByRole('heading', { name: '#00000042' }, { timeout: 10_000 });
    expect(section('PATIENT').getByText('Femme, 52 ans')).toBeTruthy();
    expect(section('PATIENT').getByText('20215 Vescovato')).toBeTruthy();
    expect(section('PATIENT').getByText('à 3,2 km')).toBeTruthy();
    expect(screen.queryByText('PICASSO Pablo')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Déclencher de nouveau' })).toBeNull();
  });

  it('says when the fiche does not exist', { timeout: 30_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/care-requests/number/7': { status: 404, body: { code: 'care_requests.not_found', message: 'Fiche introuvable.' } },
    });
    renderApp('/fiches/7', server.fetch);
    expect(await screen.findByText('Cette fiche est introuvable.', {}, { timeout: 10_000 })).toBeTruthy();
  });
});

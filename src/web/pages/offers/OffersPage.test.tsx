import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReceivedOffer } from '../../api/care-request-types.js';
import { installFakeEventSource } from '../../test-live.js';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';
import { declinedLine, offeredView, openLine, performingView, takenLine } from './test-fixtures.js';

const line = (name: RegExp) => within(screen.getByRole('article', { name }));
const bilanSang = /Infirmier\(e\) — Bilan sang #24426443/;
const navLink = () => within(screen.getByRole('navigation', { name: 'Navigation principale' })).getByRole('link', { name: /Demandes reçues/ });

describe('"Demandes reçues"', () => {
  let sources: ReturnType<typeof installFakeEventSource>;
  beforeAll(async () => {
    await import('./OffersPage.js');
    await import('../fiches/FichePage.js');
  }, 30_000);
  beforeEach(() => {
    sources = installFakeEventSource();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists the offers with the anonymised patient, counts the open ones in the navigation, and follows the stream live', { timeout: 30_000 }, async () => {
    let offers: ReceivedOffer[] = [openLine, declinedLine];
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/offers': () => ({ status: 200, body: { offers } }),
    });
    renderApp('/demandes', server.fetch);
    await screen.findByRole('heading', { name: 'Demandes reçues', level: 1 }, { timeout: 10_000 });
    const source = sources.latest();
    source.open();
    expect(screen.getByText('Rafraîchissement auto : en direct')).toBeTruthy();

    await screen.findByRole('article', { name: bilanSang });
    const open = line(bilanSang);
    expect(open.getByText('En attente de votre réponse')).toBeTruthy();
    expect(open.getByText('Type PeC : Visite · [à partir du mercredi 10 août 2022] · Délai de réponse : 30 minutes')).toBeTruthy();
    expect(open.getByText('F, 82 ans — Évry-Courcouronnes (1,3 km)')).toBeTruthy();
    expect(open.getByText('Demandeur : Cabinet médical des Tilleuls — MOREL Claire, Médecin généraliste')).toBeTruthy();
    expect(open.getByText('Reçue le 09/08/22 14:00')).toBeTruthy();
    expect(open.getByRole('link', { name: 'Voir la demande #24426443' }).getAttribute('href')).toBe('/fiches/24426443');
    expect(open.getByRole('button', { name: 'Accepter la demande #24426443' })).toBeTruthy();
    expect(open.getByRole('button', { name: 'Décliner la demande #24426443' })).toBeTruthy();

    const declined = line(/#22420001/);
    expect(declined.getByText('Déclinée : Hors zone')).toBeTruthy();
    expect(declined.getByText(/^PICASSO Pablo, \d+ ans — Youx$/)).toBeTruthy();
    expect(declined.getByText('Professionnel habituel')).toBeTruthy();
    expect(declined.queryByRole('button', { name: /Accepter/ })).toBeNull();

    // The badge: one request waits for an answer.
    expect(navLink().textContent).toContain('1 demande(s) en attente de votre réponse');

    // Another nurse accepts: "taken" arrives, the line says so and loses its buttons, without reload.
    offers = [takenLine, declinedLine];
    source.emit('taken', { careRequestId: 'cr-7' });
    await waitFor(() => expect(line(bilanSang).getByText('Déjà pris en charge')).toBeTruthy());
    expect(line(bilanSang).queryByRole('button')).toBeNull();
    expect(line(bilanSang).queryByRole('link', { name: /Voir la demande/ })).toBeNull();
    await waitFor(() => expect(navLink().textContent).not.toContain('en attente'));
    const toasts = within(screen.getByRole('region', { name: 'Notifications' }));
    expect(await toasts.findByText(/^Déjà pris en charge : Infirmier\(e\) — Bilan sang — F, 82 ans/)).toBeTruthy();

    // A new offer: a toast "Nouvelle demande : …", a new line, the badge again.
    const pansement: ReceivedOffer = {
      offer: { ...openLine.offer, offeredAt: '2022-08-09T13:00:00Z' },
      careRequest: {
        ...openLine.careRequest,
        id: 'cr-8',
        number: 24426500,
        careActs: [{ code: 'pansement', label: 'Pansement' }],
        patient: { view: 'anonymised', sex: 'M', ageYears: 67, city: 'Corbeil-Essonnes', postcode: '91100', distanceKm: 4.2 },
      },
    };
    offers = [pansement, takenLine, declinedLine];
    source.emit('offer', { careRequestId: 'cr-8' });
    expect(await toasts.findByText('Nouvelle demande : Infirmier(e) — Pansement — M, 67 ans — Corbeil-Essonnes (4,2 km)')).toBeTruthy();
    // Newest first.
    expect(toasts.getAllByRole('link', { name: 'Voir la demande' })[0]!.getAttribute('href')).toBe('/fiches/24426500');
    expect(await screen.findByRole('article', { name: /Infirmier\(e\) — Pansement #24426500/ })).toBeTruthy();
    await waitFor(() => expect(navLink().textContent).toContain('1 demande(s) en attente de votre réponse'));
    fireEvent.click(toasts.getAllByRole('button', { name: 'Fermer la notification' })[0]!);
    await waitFor(() => expect(toasts.queryByText(/^Nouvelle demande/)).toBeNull());
  });

  it('"Accepter" takes the request and opens its fiche, now with the patient and the requester’s contacts', { timeout: 30_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/offers': { status: 200, body: { offers: [openLine] } },
      'POST /api/care-requests/cr-7/accept': { status: 200, body: { careRequest: performingView } },
      'GET /api/care-requests/number/24426443': { status: 200, body: { careRequest: performingView } },
    });
    const { router } = renderApp('/demandes', server.fetch);
    await screen.findByRole('article', { name: bilanSang }, { timeout: 10_000 });
    fireEvent.click(line(bilanSang).getByRole('button', { name: /Accepter/ }));
    await screen.findByRole('heading', { name: '#24426443' }, { timeout: 10_000 });
    expect(router.state.location.pathname).toBe('/fiches/24426443');
    const post = server.calls.find((call) => call.method === 'POST');
    expect(post?.path).toBe('/api/care-requests/cr-7/accept');
    expect(post?.headers['x-csrf-token']).toBe('csrf-1');
    const patient = within(screen.getByRole('region', { name: 'PATIENT' }));
    expect(patient.getByText('DURAND Jeanne')).toBeTruthy();
    expect(patient.getByText('12 Rue de la Paix 91000 Évry-Courcouronnes')).toBeTruthy();
    expect(patient.getByText('Bâtiment : B')).toBeTruthy();
    expect(patient.getByText('Digicode : 4521B')).toBeTruthy();
    const requester = within(screen.getByRole('region', { name: 'DEMANDEUR' }));
    expect(requester.getByText('Tél appel : 01 60 78 45 12')).toBeTruthy();
    expect(requester.getByText('Ligne directe : 06 11 22 33 44')).toBeTruthy();
  });

  it('says "Déjà pris en charge" when another professional accepted first (409)', { timeout: 30_000 }, async () => {
    let offers: ReceivedOffer[] = [openLine];
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/offers': () => ({ status: 200, body: { offers } }),
      'POST /api/care-requests/cr-7/accept': () => {
        offers = [takenLine];
        return { status: 409, body: { code: 'care_requests.already_taken', message: 'Déjà pris en charge : un autre professionnel a accepté cette demande.' } };
      },
    });
    const { router } = renderApp('/demandes', server.fetch);
    await screen.findByRole('article', { name: bilanSang }, { timeout: 10_000 });
    fireEvent.click(line(bilanSang).getByRole('button', { name: /Accepter/ }));
    const alert = await line(bilanSang).findByRole('alert');
    expect(alert.textContent).toContain('Déjà pris en charge');
    expect(line(bilanSang).queryByRole('button', { name: /Accepter/ })).toBeNull();
    expect(router.state.location.pathname).toBe('/demandes');
    // The list is refetched: the line stays "Déjà pris en charge".
    await waitFor(() => expect(server.calls.filter((call) => call.path === '/api/offers').length).toBeGreaterThan(1));
    expect(line(bilanSang).getAllByText('Déjà pris en charge').length).toBeGreaterThan(0);
  });

  it('"Décliner" asks for a reason, and a text for "Autre"', { timeout: 30_000 }, async () => {
    let offers: ReceivedOffer[] = [openLine];
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/offers': () => ({ status: 200, body: { offers } }),
      'POST /api/care-requests/cr-7/decline': () => {
        offers = [{ ...openLine, offer: { ...openLine.offer, response: 'declined', declineReason: 'autre' } }];
        return { status: 200, body: { careRequest: { ...offeredView, can: { ...offeredView.can, accept: false, decline: false } } } };
      },
    });
    renderApp('/demandes', server.fetch);
    await screen.findByRole('article', { name: bilanSang }, { timeout: 10_000 });
    fireEvent.click(line(bilanSang).getByRole('button', { name: /Décliner/ }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Décliner la demande #24426443' }));
    const reasons = within(dialog.getByRole('radiogroup', { name: /Motif du refus/ }));
    expect(reasons.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['hors_zone', 'indisponible', 'soin_non_pratique', 'autre']);
    expect(reasons.getByRole('radio', { name: 'Soin non pratiqué' })).toBeTruthy();

    fireEvent.click(dialog.getByRole('button', { name: 'Confirmer le refus' }));
    expect(await dialog.findByText('Choisissez un motif.')).toBeTruthy();
    fireEvent.click(reasons.getByRole('radio', { name: 'Autre' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Confirmer le refus' }));
    expect(await dialog.findByText('Précisez le motif : obligatoire pour « Autre ».')).toBeTruthy();
    expect(server.calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(dialog.getByRole('textbox', { name: /Précisez le motif/ }), { target: { value: '  Patient hospitalisé  ' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Confirmer le refus' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.calls.find((call) => call.method === 'POST')?.body).toEqual({ reason: 'autre', comment: 'Patient hospitalisé' });
    expect(await line(bilanSang).findByText('Déclinée : Autre')).toBeTruthy();
    expect(line(bilanSang).queryByRole('button', { name: /Accepter/ })).toBeNull();
  });
});

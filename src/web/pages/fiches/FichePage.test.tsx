import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CareRequestView, Resource } from '../../api/care-request-types.js';
import { installFakeEventSource } from '../../test-live.js';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';
import { noActions, unansweredView } from '../declenchement/test-fixtures.js';
import { offeredView, performingView } from '../offers/test-fixtures.js';

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
      timeline: [{ id: 't-3', kind: 'round_started', at: '2022-08-09T12:30:00Z', text: '2e Déclenchement', by: null }, ...unansweredView.timeline],
      can: { ...unansweredView.can, retrigger: false },
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
    expect(lines).toEqual(['09/08/22 13:59Aucune ressource disponible', '09/08/22 13:491er Déclenchement — MARTIN Camille (Infirmier(e))']);

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
      can: noActions,
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

  describe('actions', () => {
    afterEach(() => vi.unstubAllGlobals());

    /** The requester's fiche while dispatching: "Annuler la demande", the resources. */
    const dispatching: CareRequestView = {
      ...unansweredView,
      status: 'dispatching',
      offerCount: 2,
      timeline: [unansweredView.timeline[1]!],
      can: { ...noActions, cancel: true, seeResources: true },
    };

    it('"Annuler la demande" requires a motif, then the HORODATAGE shows it', { timeout: 30_000 }, async () => {
      const cancelled: CareRequestView = {
        ...dispatching,
        status: 'cancelled',
        timeline: [{ id: 't-9', kind: 'cancelled', at: '2022-08-09T12:01:00Z', text: '1er déclenchement annulé Motif : TEST INFORMATIQUE', by: null }, ...dispatching.timeline],
        can: { ...noActions, seeResources: true },
      };
      const server = fakeServer({
        'GET /api/session': session(camille),
        'GET /api/care-requests/number/22428699': { status: 200, body: { careRequest: dispatching } },
        'POST /api/care-requests/cr-1/cancel': { status: 200, body: { careRequest: cancelled } },
      });
      renderApp('/fiches/22428699', server.fetch);
      await screen.findByRole('heading', { name: '#22428699' }, { timeout: 10_000 });
      expect(section('Actions').queryByRole('button', { name: 'Accepter' })).toBeNull();
      fireEvent.click(section('Actions').getByRole('button', { name: 'Annuler la demande' }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Annuler la demande #22428699' }));
      fireEvent.click(dialog.getByRole('button', { name: 'Confirmer l’annulation' }));
      expect(await dialog.findByText('Indiquez le motif de l’annulation.')).toBeTruthy();
      fireEvent.change(dialog.getByRole('textbox', { name: /Motif/ }), { target: { value: '   ' } });
      fireEvent.click(dialog.getByRole('button', { name: 'Confirmer l’annulation' }));
      expect(await dialog.findByText('Indiquez le motif de l’annulation.')).toBeTruthy();
      expect(server.calls.some((call) => call.method === 'POST')).toBe(false);

      fireEvent.change(dialog.getByRole('textbox', { name: /Motif/ }), { target: { value: 'TEST INFORMATIQUE' } });
      fireEvent.click(dialog.getByRole('button', { name: 'Confirmer l’annulation' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(server.calls.find((call) => call.method === 'POST')?.body).toEqual({ reason: 'TEST INFORMATIQUE' });
      await waitFor(() => expect(section('HORODATAGE').getByText('1er déclenchement annulé Motif : TEST INFORMATIQUE')).toBeTruthy());
      expect(screen.getByText('Demande annulée.')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Annuler la demande' })).toBeNull();
    });

    it('the performer records "1er passage" and sees "Passages : 1 / 3"; "Rendre la prise en charge" requires a motif', { timeout: 30_000 }, async () => {
      const visited: CareRequestView = {
        ...performingView,
        status: 'in_progress',
        visits: { done: 1, planned: 3 },
        timeline: [{ id: 't-73', kind: 'visit', at: '2022-08-09T13:00:00Z', text: '1er passage', by: null }, ...performingView.timeline],
      };
      const server = fakeServer({
        'GET /api/session': session(camille),
        'GET /api/care-requests/number/24426443': { status: 200, body: { careRequest: performingView } },
        'POST /api/care-requests/cr-7/visits': { status: 200, body: { careRequest: visited } },
      });
      renderApp('/fiches/24426443', server.fetch);
      await screen.findByRole('heading', { name: '#24426443' }, { timeout: 10_000 });
      const actions = section('Actions');
      expect(actions.getByText('Passages : 0 / 3')).toBeTruthy();
      expect(actions.getByRole('button', { name: 'Clôturer la prise en charge' })).toBeTruthy();
      expect(actions.queryByRole('button', { name: 'Annuler la demande' })).toBeNull();
      fireEvent.click(actions.getByRole('button', { name: 'Enregistrer un passage' }));
      await waitFor(() => expect(section('Actions').getByText('Passages : 1 / 3')).toBeTruthy());
      expect(section('HORODATAGE').getByText('1er passage')).toBeTruthy();
      expect(server.calls.find((call) => call.method === 'POST')?.path).toBe('/api/care-requests/cr-7/visits');

      fireEvent.click(section('Actions').getByRole('button', { name: 'Rendre la prise en charge' }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Rendre la prise en charge #24426443' }));
      fireEvent.click(dialog.getByRole('button', { name: 'Confirmer' }));
      expect(await dialog.findByText('Indiquez le motif.')).toBeTruthy();
      expect(server.calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    });

    it('"Accepter" lost to another nurse shows "Déjà pris en charge"', { timeout: 30_000 }, async () => {
      const server = fakeServer({
        'GET /api/session': session(camille),
        'GET /api/care-requests/number/24426443': { status: 200, body: { careRequest: offeredView } },
        'POST /api/care-requests/cr-7/accept': { status: 409, body: { code: 'care_requests.already_taken', message: 'Déjà pris en charge : un autre professionnel a accepté cette demande.' } },
      });
      renderApp('/fiches/24426443', server.fetch);
      await screen.findByRole('heading', { name: '#24426443' }, { timeout: 10_000 });
      expect(section('Actions').getByText('Cette demande vous est proposée : acceptez-la ou déclinez-la.')).toBeTruthy();
      fireEvent.click(section('Actions').getByRole('button', { name: 'Accepter' }));
      const alert = await section('Actions').findByRole('alert');
      expect(alert.textContent).toContain('Déjà pris en charge');
      expect(section('Actions').queryByRole('button', { name: 'Accepter' })).toBeNull();
      expect(section('Actions').queryByRole('button', { name: 'Décliner' })).toBeNull();
    });

    it('follows the stream: the requester sees "acceptation par …" without reload', { timeout: 30_000 }, async () => {
      const sources = installFakeEventSource();
      let view: CareRequestView = dispatching;
      const server = fakeServer({
        'GET /api/session': session(camille),
        'GET /api/care-requests/number/22428699': () => ({ status: 200, body: { careRequest: view } }),
        'GET /api/offers': { status: 200, body: { offers: [] } },
      });
      renderApp('/fiches/22428699', server.fetch);
      await screen.findByRole('heading', { name: '#22428699' }, { timeout: 10_000 });
      sources.latest().open();
      view = {
        ...dispatching,
        status: 'accepted',
        performer: { id: 'u-5', firstName: 'Julien', lastName: 'Bernard', profession: 'masseur_kinesitherapeute' },
        timeline: [{ id: 't-5', kind: 'accepted', at: '2022-08-09T12:00:00Z', text: 'acceptation par BERNARD Julien', by: null }, ...dispatching.timeline],
      };
      sources.latest().emit('changed', { careRequestId: 'cr-1' });
      await waitFor(() => expect(section('HORODATAGE').getByText('acceptation par BERNARD Julien')).toBeTruthy());
      expect(section('DESTINATAIRE').getByText('BERNARD Julien : Masseur-kinésithérapeute')).toBeTruthy();
    });

    it('"Cliquez ici pour voir les ressources déclenchées" opens the table of the resources', { timeout: 30_000 }, async () => {
      const resources: Resource[] = [
        {
          round: 1,
          professional: { id: 'u-5', firstName: 'Julien', lastName: 'Bernard', profession: 'masseur_kinesitherapeute' },
          phase: 'open',
          distanceKm: 1.34,
          offeredAt: '2022-08-09T11:49:00Z',
          channels: [
            { channel: 'sms', status: 'sent', at: '2022-08-09T11:49:05Z' },
            { channel: 'email', status: 'failed', at: null },
            { channel: 'push', status: 'pending', at: null },
          ],
          seenAt: '2022-08-09T11:52:00Z',
          response: 'declined',
          respondedAt: '2022-08-09T11:53:00Z',
          declineReason: 'hors_zone',
          declineComment: null,
        },
        {
          round: 2,
          professional: { id: 'u-6', firstName: 'Sophie', lastName: 'Laurent', profession: 'masseur_kinesitherapeute' },
          phase: 'usual',
          distanceKm: null,
          offeredAt: '2022-08-09T12:30:00Z',
          channels: [],
          seenAt: null,
          response: null,
          respondedAt: null,
          declineReason: null,
          declineComment: null,
        },
      ];
      const server = fakeServer({
        'GET /api/session': session(camille),
        'GET /api/care-requests/number/22428699': { status: 200, body: { careRequest: dispatching } },
        'GET /api/care-requests/cr-1/resources': { status: 200, body: { resources } },
      });
      renderApp('/fiches/22428699', server.fetch);
      await screen.findByRole('heading', { name: '#22428699' }, { timeout: 10_000 });
      fireEvent.click(section('DESTINATAIRE').getByRole('button', { name: /Cliquez ici pour voir les ressources déclenchées/ }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Ressources déclenchées — #22428699' }));
      const table = within(await dialog.findByRole('table', { name: 'Ressources déclenchées de la fiche #22428699' }));
      const rows = table.getAllByRole('row').map((row) => within(row));
      expect(rows[0]!.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Tour', 'Professionnel', 'Distance', 'Déclenché le', 'Canaux', 'Vu', 'Réponse']);
      expect(rows[1]!.getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
        '1er',
        'BERNARD JulienMasseur-kinésithérapeute',
        '1,3 km',
        '09/08/22 13:49',
        'SMS : envoyéE-mail : échecPush : en attente',
        '09/08/22 13:52',
        'Déclinée : Hors zonele 09/08/22 13:53',
      ]);
      expect(rows[2]!.getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
        '2e',
        'LAURENT SophieMasseur-kinésithérapeuteProfessionnel habituel',
        '—',
        '09/08/22 14:30',
        '—',
        'Non vu',
        'En attente',
      ]);
    });
  });

  it('adds a comment with a tag: "+ Ajouter" posts it and the HORODATAGE shows the new line', { timeout: 30_000 }, async () => {
    const commentable: CareRequestView = { ...unansweredView, can: { ...unansweredView.can, comment: true } };
    const commented: CareRequestView = {
      ...commentable,
      tags: ['Plaie'],
      timeline: [{ id: 't-9', kind: 'comment', at: '2022-08-09T12:10:00Z', text: '(MARTIN Camille - Infirmier(e)) : Patient bien vu #Plaie', by: null }, ...unansweredView.timeline],
    };
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/care-requests/number/22428699': { status: 200, body: { careRequest: commentable } },
      'POST /api/care-requests/cr-1/comments': { status: 200, body: { careRequest: commented } },
    });
    renderApp('/fiches/22428699', server.fetch);
    await screen.findByRole('heading', { name: '#22428699' }, { timeout: 10_000 });
    const form = within(screen.getByRole('form', { name: 'Ajouter un commentaire / un tag' }));
    fireEvent.click(form.getByRole('button', { name: '+ Ajouter' }));
    expect(await form.findByText('Écrivez le commentaire.')).toBeTruthy();
    expect(server.calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(form.getByLabelText(/Commentaire/), { target: { value: '  Patient bien vu ' } });
    fireEvent.change(form.getByLabelText('Tag'), { target: { value: 'Plaie' } });
    fireEvent.click(form.getByRole('button', { name: '+ Ajouter' }));
    await waitFor(() => expect(section('HORODATAGE').getByText('(MARTIN Camille - Infirmier(e)) : Patient bien vu #Plaie')).toBeTruthy());
    expect(server.calls.find((call) => call.method === 'POST')?.body).toEqual({ text: 'Patient bien vu', tag: 'Plaie' });
    expect(section('HORODATAGE').getByText('#Plaie')).toBeTruthy();
    expect(form.getByLabelText<HTMLTextAreaElement>(/Commentaire/).value).toBe('');
  });

  it('offers no comment form to a viewer who may not comment', { timeout: 30_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/care-requests/number/22428699': { status: 200, body: { careRequest: unansweredView } },
    });
    renderApp('/fiches/22428699', server.fetch);
    await screen.findByRole('heading', { name: '#22428699' }, { timeout: 10_000 });
    expect(screen.queryByRole('form', { name: 'Ajouter un commentaire / un tag' })).toBeNull();
  });
});

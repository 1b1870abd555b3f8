import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CareRequestView } from '../api/care-request-types.js';
import { installFakeEventSource } from '../test-live.js';
import { camille, fakeServer, renderApp, session } from '../test-utils.js';
import { caller, summaryOf, unansweredView } from './declenchement/test-fixtures.js';

const accepted: CareRequestView = {
  ...unansweredView,
  id: 'cr-2',
  number: 22421371,
  status: 'accepted',
  profession: 'infirmier',
  careActs: [{ code: 'bilan_sang', label: 'Bilan sang' }],
  startOn: null,
  startWithinMinutes: 30,
  responseDeadlineMinutes: 30,
  comment: 'Bilan à jeun',
  performer: { id: 'u-7', firstName: 'Claire', lastName: 'Morel', profession: 'infirmier' },
  offerCount: 3,
  timeline: [
    { id: 't-9', kind: 'accepted', at: '2022-08-08T12:11:00Z', text: 'acceptation par MOREL Claire' },
    { id: 't-8', kind: 'round_started', at: '2022-08-08T12:01:00Z', text: '1er Déclenchement' },
  ],
};

describe('DashboardPage', () => {
  beforeAll(async () => {
    await import('./declenchement/DeclenchementPage.js');
    await import('./fiches/FichePage.js');
  }, 30_000);

  it('lists "Mes fiches" with their DEMANDEUR, PATIENT, MOTIF, DESTINATAIRE and HORODATAGE', { timeout: 30_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/care-requests': { status: 200, body: { careRequests: [summaryOf(accepted), summaryOf(unansweredView)] } },
      'GET /api/care-requests/cr-1/resources': { status: 200, body: { resources: [] } },
    });
    renderApp('/', server.fetch);
    const table = within(await screen.findByRole('table', { name: 'Mes fiches' }, { timeout: 10_000 }));
    await waitFor(() => expect(table.getAllByRole('row')).toHaveLength(3));
    const rows = table.getAllByRole('row');
    const [header, first, second] = rows.map((row) => within(row));
    expect(header!.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['DEMANDEUR', 'PATIENT', 'MOTIF', 'DESTINATAIRE', 'HORODATAGE']);

    expect(first!.getByText('Cabinet médical des Tilleuls')).toBeTruthy();
    expect(first!.getByRole('link', { name: '#22421371' }).getAttribute('href')).toBe('/fiches/22421371');
    expect(first!.getByText('PICASSO Pablo')).toBeTruthy();
    expect(first!.getByText('Rue de Laval 63700 Youx')).toBeTruthy();
    expect(first!.getByText('Bilan sang [délai : 30 minutes]')).toBeTruthy();
    expect(first!.getByText('Délai de réponse : 30 minutes')).toBeTruthy();
    expect(first!.getByText('MOREL Claire : Infirmier(e)')).toBeTruthy();
    expect(first!.getByText('acceptation par MOREL Claire')).toBeTruthy();
    expect(first!.getByText('08/08/22 14:11')).toBeTruthy();

    const target = within(second!.getAllByRole('cell')[3]!);
    expect(target.getByText('Aucune ressource disponible')).toBeTruthy();
    expect(server.calls.find((call) => call.path === '/api/care-requests')).toBeDefined();

    // "Cliquez ici pour voir les ressources déclenchées" opens their table, from the row.
    fireEvent.click(second!.getByRole('button', { name: 'Cliquez ici pour voir les ressources déclenchées de la fiche #22428699' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Ressources déclenchées — #22428699' }));
    expect(await dialog.findByText('Aucune ressource déclenchée.')).toBeTruthy();
    expect(server.calls.find((call) => call.path === '/api/care-requests/cr-1/resources')).toBeDefined();
  });

  it('"#NUMÉRO FICHE" opens the fiche; "Nouveau déclenchement" opens the wizard', { timeout: 30_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/care-requests': { status: 200, body: { careRequests: [] } },
      'GET /api/care-requests/number/22428699': { status: 200, body: { careRequest: unansweredView } },
      'GET /api/care-requests/caller': { status: 200, body: { caller } },
    });
    const { router } = renderApp('/', server.fetch);
    await screen.findByText('Aucune fiche pour le moment.', {}, { timeout: 10_000 });

    const search = screen.getByLabelText('#NUMÉRO FICHE');
    fireEvent.change(search, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir la fiche' }));
    expect(await screen.findByText('Numéro de fiche invalide : 8 chiffres au plus.')).toBeTruthy();
    fireEvent.change(search, { target: { value: '#22428699' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir la fiche' }));
    await screen.findByRole('heading', { name: '#22428699' }, { timeout: 10_000 });
    expect(router.state.location.pathname).toBe('/fiches/22428699');

    fireEvent.click(screen.getByRole('link', { name: 'Retour à mes fiches' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Nouveau déclenchement' }));
    await screen.findByRole('heading', { name: 'CRÉATION DÉCLENCHEMENT - APPELANT' }, { timeout: 10_000 });
    expect(router.state.location.pathname).toBe('/declenchements/nouveau');
    // "Annuler" goes back where the user came from.
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  describe('live', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('"Rafraîchissement auto" is live: an event refetches "Mes fiches"; the indicator tells when the stream is down', { timeout: 30_000 }, async () => {
      const sources = installFakeEventSource();
      let rows = [summaryOf(unansweredView)];
      const server = fakeServer({
        'GET /api/session': session(camille),
        'GET /api/offers': { status: 200, body: { offers: [] } },
        'GET /api/care-requests': () => ({ status: 200, body: { careRequests: rows } }),
      });
      renderApp('/', server.fetch);
      const table = within(await screen.findByRole('table', { name: 'Mes fiches' }, { timeout: 10_000 }));
      await waitFor(() => expect(table.getAllByRole('row')).toHaveLength(2));
      expect(sources.instances()).toHaveLength(1);
      sources.latest().open();
      expect(screen.getByText('Rafraîchissement auto : en direct')).toBeTruthy();

      rows = [summaryOf(accepted), summaryOf(unansweredView)];
      sources.latest().emit('changed', { careRequestId: 'cr-2' });
      await waitFor(() => expect(table.getAllByRole('row')).toHaveLength(3));
      expect(table.getByText('acceptation par MOREL Claire')).toBeTruthy();

      sources.latest().fail();
      expect(screen.getByText('Rafraîchissement auto : connexion temps réel interrompue, actualisation toutes les 30 secondes')).toBeTruthy();
    });
  });
});

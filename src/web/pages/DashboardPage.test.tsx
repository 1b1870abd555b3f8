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
    { id: 't-9', kind: 'accepted', at: '2022-08-08T12:11:00Z', text: 'acceptation par MOREL Claire', by: null },
    { id: 't-8', kind: 'round_started', at: '2022-08-08T12:01:00Z', text: '1er Déclenchement', by: null },
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
      'GET /api/care-requests': { status: 200, body: { careRequests: [summaryOf(accepted), summaryOf(unansweredView)], nextCursor: null } },
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
    expect(server.calls.filter((call) => call.path === '/api/care-requests').map((call) => call.query)).toEqual([{ scope: 'mine' }]);
    // Colour and words of the status on each row.
    expect(first!.getByText('Acceptée')).toBeTruthy();
    expect(within(second!.getAllByRole('cell')[0]!).getByText('Aucune ressource disponible')).toBeTruthy();
    // No "Fiches supervisées" for a user who supervises nothing.
    expect(screen.queryByRole('table', { name: 'Fiches supervisées' })).toBeNull();

    // "Cliquez ici pour voir les ressources déclenchées" opens their table, from the row.
    fireEvent.click(second!.getByRole('button', { name: 'Cliquez ici pour voir les ressources déclenchées de la fiche #22428699' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Ressources déclenchées — #22428699' }));
    expect(await dialog.findByText('Aucune ressource déclenchée.')).toBeTruthy();
    expect(server.calls.find((call) => call.path === '/api/care-requests/cr-1/resources')).toBeDefined();
  });

  it('"#NUMÉRO FICHE" opens the fiche; "Nouveau déclenchement" opens the wizard', { timeout: 30_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/care-requests': { status: 200, body: { careRequests: [], nextCursor: null } },
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

  it('shows "Fiches supervisées" to a supervisor; the filters, a tag of a row and "Plus de fiches" ask the server', { timeout: 30_000 }, async () => {
    const supervisor = { ...camille, id: 'u-9', isSupervisor: true };
    const tagged = { ...summaryOf(accepted), tags: ['Diabète'] };
    const server = fakeServer({
      'GET /api/session': session(supervisor),
      'GET /api/care-requests': (call) =>
        call.query.scope === 'supervised'
          ? { status: 200, body: call.query.cursor ? { careRequests: [summaryOf(unansweredView)], nextCursor: null } : { careRequests: [tagged], nextCursor: 'page-2' } }
          : { status: 200, body: { careRequests: [], nextCursor: null } },
    });
    renderApp('/', server.fetch);
    const supervised = within(await screen.findByRole('table', { name: 'Fiches supervisées' }, { timeout: 10_000 }));
    await waitFor(() => expect(supervised.getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('heading', { name: 'Fiches supervisées :' })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Mes fiches' })).getAllByRole('row')).toHaveLength(1);
    const listCalls = () => server.calls.filter((call) => call.path === '/api/care-requests').map((call) => call.query);
    expect(listCalls()).toEqual(expect.arrayContaining([{ scope: 'mine' }, { scope: 'supervised' }]));

    fireEvent.click(screen.getByRole('button', { name: 'Plus de fiches' }));
    await waitFor(() => expect(supervised.getAllByRole('row')).toHaveLength(3));
    expect(listCalls()).toContainEqual({ scope: 'supervised', cursor: 'page-2' });
    expect(screen.queryByRole('button', { name: 'Plus de fiches' })).toBeNull();

    fireEvent.change(screen.getByLabelText('MOT-CLÉ'), { target: { value: '  Lefèvre ' } });
    await waitFor(() => expect(listCalls()).toContainEqual({ scope: 'supervised', q: 'Lefèvre' }));
    expect(listCalls()).toContainEqual({ scope: 'mine', q: 'Lefèvre' });
    fireEvent.change(screen.getByLabelText('Période'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Statut'), { target: { value: 'accepted' } });
    fireEvent.change(screen.getByLabelText('Ordre'), { target: { value: 'activity' } });
    await waitFor(() => expect(listCalls()).toContainEqual({ scope: 'mine', q: 'Lefèvre', days: '30', status: 'accepted', sort: 'activity' }));
    expect(await screen.findByText('Aucune fiche ne correspond à ces filtres.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('MOT-CLÉ'), { target: { value: '' } });
    fireEvent.click(await within(await screen.findByRole('table', { name: 'Fiches supervisées' })).findByRole('button', { name: 'Filtrer sur « Diabète »' }));
    expect((screen.getByLabelText('TAG') as HTMLInputElement).value).toBe('Diabète');
    await waitFor(() => expect(listCalls()).toContainEqual({ scope: 'supervised', tag: 'Diabète', days: '30', status: 'accepted', sort: 'activity' }));
  });

  describe('live', () => {
    afterEach(() => vi.unstubAllGlobals());

    /** The dashboard with one fiche and an open live stream; `addAccepted` makes the server answer a second one. */
    async function liveDashboard() {
      const sources = installFakeEventSource();
      let rows = [summaryOf(unansweredView)];
      const server = fakeServer({
        'GET /api/session': session(camille),
        'GET /api/offers': { status: 200, body: { offers: [] } },
        'GET /api/care-requests': () => ({ status: 200, body: { careRequests: rows, nextCursor: null } }),
      });
      renderApp('/', server.fetch);
      const table = within(await screen.findByRole('table', { name: 'Mes fiches' }, { timeout: 10_000 }));
      await waitFor(() => expect(table.getAllByRole('row')).toHaveLength(2));
      sources.latest().open();
      const addAccepted = () => {
        rows = [summaryOf(accepted), summaryOf(unansweredView)];
      };
      return { sources, server, table, addAccepted };
    }

    it('"Rafraîchissement auto" is live: an event refetches "Mes fiches"; the indicator tells when the stream is down', { timeout: 30_000 }, async () => {
      const { sources, table, addAccepted } = await liveDashboard();
      expect(sources.instances()).toHaveLength(1);
      expect(screen.getByText('Rafraîchissement auto : en direct')).toBeTruthy();

      addAccepted();
      sources.latest().emit('changed', { careRequestId: 'cr-2' });
      await waitFor(() => expect(table.getAllByRole('row')).toHaveLength(3));
      expect(table.getByText('acceptation par MOREL Claire')).toBeTruthy();

      sources.latest().fail();
      expect(screen.getByText('Rafraîchissement auto : connexion temps réel interrompue, actualisation toutes les 30 secondes')).toBeTruthy();
    });

    it('"Rafraîchissement auto" off: events no longer refetch; on again: the list catches up', { timeout: 30_000 }, async () => {
      const { sources, server, table, addAccepted } = await liveDashboard();
      const listCalls = () => server.calls.filter((call) => call.path === '/api/care-requests').length;
      const before = listCalls();

      const toggle = screen.getByRole('switch', { name: 'Rafraîchissement auto' });
      expect((toggle as HTMLInputElement).checked).toBe(true);
      fireEvent.click(toggle);
      expect(screen.queryByText('Rafraîchissement auto : en direct')).toBeNull();
      addAccepted();
      sources.latest().emit('changed', { careRequestId: 'cr-2' });
      // The offers list still follows the stream; the dashboard keeps what it shows.
      await waitFor(() => expect(server.calls.filter((call) => call.path === '/api/offers').length).toBeGreaterThan(1));
      expect(listCalls()).toBe(before);
      expect(table.getAllByRole('row')).toHaveLength(2);

      fireEvent.click(toggle);
      await waitFor(() => expect(table.getAllByRole('row')).toHaveLength(3));
      expect(listCalls()).toBe(before + 1);
    });
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';

const admin = { ...camille, id: 'admin-1', isAdmin: true };

const catalogue = [
  { profession: 'infirmier', code: 'pansement', label: 'Pansement', position: 1, active: true },
  { profession: 'infirmier', code: 'soins_palliatifs', label: 'Soins palliatifs', position: 2, active: true },
  { profession: 'pharmacien', code: 'livraison_medicaments', label: 'Livraison de médicaments', position: 1, active: true },
];

function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('UserEditPage (new user)', () => {
  // The page is lazy-loaded: import it once beforehand so that tests don't time out on the first load.
  beforeAll(async () => {
    await import('./UserEditPage.js');
  }, 30_000);

  it("shows the API's field errors under the matching inputs, and the others in the alert", { timeout: 20_000 }, async () => {
    const rppsMessage = 'Numéro RPPS invalide : 11 chiffres avec une clé de contrôle correcte.';
    const hoursMessage = 'Horaires invalides : l’heure de fin doit suivre l’heure de début.';
    const server = fakeServer({
      'GET /api/session': session(admin),
      'GET /api/admin/organisations': { status: 200, body: { organisations: [] } },
      'GET /api/admin/networks': { status: 200, body: { networks: [] } },
      'GET /api/care-acts': { status: 200, body: { careActs: catalogue } },
      'POST /api/admin/users': {
        status: 422,
        body: {
          code: 'validation.failed',
          message: 'Certains champs sont invalides. Corrigez-les puis réessayez.',
          fields: { rpps: rppsMessage, 'workingHours.0.start': hoursMessage, 'practice.lat': 'Latitude invalide.' },
        },
      },
    });
    renderApp('/admin/utilisateurs/nouveau', server.fetch);
    await screen.findByText('Nouvel utilisateur', { selector: 'h1' }, { timeout: 10_000 });

    // A new user works Monday to Friday, 08:00–19:00, by default.
    expect(screen.getAllByLabelText('Début')).toHaveLength(5);
    // The care acts offered are the catalogue's, for the chosen profession.
    expect((screen.getByLabelText('Soins palliatifs') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Livraison de médicaments')).toBeNull();
    fireEvent.change(screen.getByLabelText(/Identifiant \(e-mail\)/), { target: { value: 'lea.dupont@exemple.fr' } });
    fireEvent.change(screen.getByLabelText(/^Prénom/), { target: { value: 'Léa' } });
    fireEvent.change(screen.getByLabelText(/^Nom/), { target: { value: 'Dupont' } });
    fireEvent.change(screen.getByLabelText('RPPS'), { target: { value: '12345678901' } });
    fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: 'un-mot-de-passe-solide' } });
    fireEvent.click(screen.getByText('Enregistrer', { selector: 'button *' }));

    const rpps = screen.getByLabelText('RPPS');
    await waitFor(() => expect(rpps.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(rpps)).toContain(rppsMessage);
    const [firstStart] = screen.getAllByLabelText('Début');
    expect(describedText(firstStart!)).toContain(hoursMessage);
    const alert = document.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('Certains champs sont invalides.');
    expect(alert.textContent).toContain('Latitude invalide.');

    const sent = server.calls.find((call) => call.method === 'POST' && call.path === '/api/admin/users');
    expect(sent?.body).toMatchObject({
      email: 'lea.dupont@exemple.fr',
      firstName: 'Léa',
      lastName: 'Dupont',
      profession: 'infirmier',
      rpps: '12345678901',
      isAdmin: false,
      practice: null,
      serviceRadiusKm: 10,
      password: 'un-mot-de-passe-solide',
      workingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '19:00' })),
      // Every active nurse act of the catalogue, by default.
      careActs: ['pansement', 'soins_palliatifs'],
    });
  });

  it('requires a password of 12 characters on creation, before calling the API', { timeout: 20_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(admin),
      'GET /api/admin/organisations': { status: 200, body: { organisations: [] } },
      'GET /api/admin/networks': { status: 200, body: { networks: [] } },
    });
    renderApp('/admin/utilisateurs/nouveau', server.fetch);
    await screen.findByText('Nouvel utilisateur', { selector: 'h1' }, { timeout: 10_000 });

    fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: 'court' } });
    fireEvent.click(screen.getByText('Enregistrer', { selector: 'button *' }));

    expect(await screen.findByText('Le mot de passe doit contenir au moins 12 caractères.')).toBeTruthy();
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(3);
    expect(server.calls.some((call) => call.method === 'POST')).toBe(false);
  });
});

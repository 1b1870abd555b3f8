import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { camille, fakeServer, renderApp, session } from '../test-utils.js';

function fillAndSubmit(identifiant: string, password: string) {
  fireEvent.change(screen.getByLabelText('Identifiant'), { target: { value: identifiant } });
  fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'SUIVANT' }));
}

describe('LoginPage', () => {
  it("shows the API's French message on 401 and sends the CSRF token", async () => {
    const server = fakeServer({
      'GET /api/session': session(null, 'csrf-anonymous'),
      'POST /api/auth/login': {
        status: 401,
        body: { code: 'auth.invalid_credentials', message: 'Identifiant ou mot de passe incorrect.' },
      },
    });
    renderApp('/connexion', server.fetch);
    expect(await screen.findByRole('heading', { name: 'CONNEXION' })).toBeTruthy();

    fillAndSubmit('camille.martin@exemple.fr', 'mauvais-mot-de-passe');

    expect((await screen.findByRole('alert')).textContent).toContain('Identifiant ou mot de passe incorrect.');
    const login = server.calls.find((call) => call.path === '/api/auth/login');
    expect(login?.headers['x-csrf-token']).toBe('csrf-anonymous');
    expect(login?.body).toEqual({ identifiant: 'camille.martin@exemple.fr', password: 'mauvais-mot-de-passe' });
  });

  it('sends an anonymous visitor to the login page, then back to the page asked, with the new token', async () => {
    const server = fakeServer({
      'GET /api/session': session(null, 'csrf-anonymous'),
      'POST /api/auth/login': { status: 200, body: { user: camille, csrfToken: 'csrf-signed-in' } },
      'POST /api/auth/logout': { status: 204 },
      'GET /api/care-requests': { status: 200, body: { careRequests: [] } },
    });
    const { router } = renderApp('/admin/organisations', server.fetch);
    await screen.findByRole('heading', { name: 'CONNEXION' });
    expect(router.state.location.pathname).toBe('/connexion');

    fillAndSubmit('camille.martin@exemple.fr', 'correct horse battery');

    // Back where she was going; not an admin, so refused.
    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/admin/organisations');
    fireEvent.click(screen.getByRole('link', { name: 'Mes fiches' }));
    expect(await screen.findByRole('heading', { name: 'Mes fiches :' })).toBeTruthy();
    expect(await screen.findByText('Aucune fiche pour le moment.')).toBeTruthy();
    expect(screen.getByText('Camille MARTIN — Cabinet médical des Tilleuls — Infirmier(e)')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Administration' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    await waitFor(() => expect(server.calls.some((call) => call.path === '/api/auth/logout')).toBe(true));
    const logout = server.calls.find((call) => call.path === '/api/auth/logout');
    expect(logout?.headers['x-csrf-token']).toBe('csrf-signed-in');
  });

  it('lists the demo accounts in demo mode and fills the form with one', async () => {
    const demo = { password: 'demo-declic-2024', accounts: [{ email: 'admin@demo.declic.fr', label: 'Administrateur' }] };
    const server = fakeServer({ 'GET /api/session': session(null, 'csrf', demo) });
    renderApp('/connexion', server.fetch);
    expect(await screen.findByRole('heading', { name: 'Comptes de démonstration' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /admin@demo\.declic\.fr/ }));

    expect((screen.getByLabelText('Identifiant') as HTMLInputElement).value).toBe('admin@demo.declic.fr');
    expect((screen.getByLabelText('Mot de passe') as HTMLInputElement).value).toBe('demo-declic-2024');
  });
});

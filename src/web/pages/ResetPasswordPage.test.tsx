import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeServer, renderApp, session } from '../test-utils.js';

function submit(password: string, confirmation: string) {
  fireEvent.change(screen.getByLabelText('Nouveau mot de passe'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Confirmer le mot de passe'), { target: { value: confirmation } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
}

describe('ResetPasswordPage', () => {
  it('refuses mismatched passwords without calling the API', async () => {
    const server = fakeServer({ 'GET /api/session': session(null), 'POST /api/auth/password-reset/confirm': { status: 204 } });
    renderApp('/reinitialiser-mot-de-passe?token=abc', server.fetch);
    await screen.findByLabelText('Nouveau mot de passe');

    submit('un-long-mot-de-passe', 'un-autre-mot-de-passe');

    expect(await screen.findByText('Les deux mots de passe ne correspondent pas.')).toBeTruthy();
    expect(server.calls.some((call) => call.path === '/api/auth/password-reset/confirm')).toBe(false);
  });

  it('sends the token and the new password, then offers to sign in', async () => {
    const server = fakeServer({ 'GET /api/session': session(null, 'csrf-x'), 'POST /api/auth/password-reset/confirm': { status: 204 } });
    renderApp('/reinitialiser-mot-de-passe?token=abc', server.fetch);
    await screen.findByLabelText('Nouveau mot de passe');

    submit('un-long-mot-de-passe', 'un-long-mot-de-passe');

    expect(await screen.findByText(/Votre mot de passe a été modifié/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toBeTruthy();
    const confirm = server.calls.find((call) => call.path === '/api/auth/password-reset/confirm');
    expect(confirm?.body).toEqual({ token: 'abc', password: 'un-long-mot-de-passe' });
    expect(confirm?.headers['x-csrf-token']).toBe('csrf-x');
  });

  it("shows the API's message for an expired link", async () => {
    const message = 'Ce lien de réinitialisation est invalide, a expiré ou a déjà été utilisé.';
    const server = fakeServer({
      'GET /api/session': session(null),
      'POST /api/auth/password-reset/confirm': { status: 400, body: { code: 'auth.reset_token_invalid', message } },
    });
    renderApp('/reinitialiser-mot-de-passe?token=old', server.fetch);
    await screen.findByLabelText('Nouveau mot de passe');

    submit('un-long-mot-de-passe', 'un-long-mot-de-passe');

    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toBeTruthy();
  });
});

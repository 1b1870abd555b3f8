import { fireEvent, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { camille, fakeServer, renderApp, session } from '../../test-utils.js';

const stored = { notifySms: true, notifyEmail: true, notifyPush: true, quietHoursStart: null, quietHoursEnd: null };

describe('NotificationsPage', () => {
  beforeAll(async () => {
    await import('./NotificationsPage.js');
  }, 30_000);

  it('saves the channels and the quiet hours', { timeout: 20_000 }, async () => {
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/me/notifications': { status: 200, body: { preferences: stored } },
      'PUT /api/me/notifications': (call) => ({ status: 200, body: { preferences: call.body } }),
    });
    renderApp('/notifications', server.fetch);
    await screen.findByRole('heading', { name: 'Mes notifications' }, { timeout: 10_000 });
    fireEvent.click(screen.getByLabelText('Par e-mail'));
    fireEvent.change(screen.getByLabelText('De'), { target: { value: '21:00' } });
    fireEvent.change(screen.getByLabelText('À'), { target: { value: '07:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Vos choix sont enregistrés.');
    expect(server.calls.find((call) => call.method === 'PUT')?.body).toEqual({
      notifySms: true,
      notifyEmail: false,
      notifyPush: true,
      quietHoursStart: '21:00',
      quietHoursEnd: '07:30',
    });
  });

  it('shows the server’s French message under the quiet hours', { timeout: 20_000 }, async () => {
    const message = 'Indiquez le début et la fin des heures de tranquillité, ou aucune des deux.';
    const server = fakeServer({
      'GET /api/session': session(camille),
      'GET /api/me/notifications': { status: 200, body: { preferences: stored } },
      'PUT /api/me/notifications': { status: 422, body: { code: 'validation.failed', message: 'Certains champs sont invalides.', fields: { quietHoursEnd: message } } },
    });
    renderApp('/notifications', server.fetch);
    await screen.findByRole('heading', { name: 'Mes notifications' }, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('De'), { target: { value: '21:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(message)).toBeTruthy();
  });
});

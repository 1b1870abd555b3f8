import { describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../test-utils.js';
import { ApiError, createApiClient } from './client.js';

describe('api client', () => {
  it('refetches the session once on a CSRF rejection, then retries with the new token', async () => {
    let tokens = 0;
    let posts = 0;
    const server = fakeServer({
      'GET /api/session': () => ({ status: 200, body: { user: null, csrfToken: `t${++tokens}`, demo: null } }),
      'POST /api/things': () =>
        ++posts === 1
          ? { status: 403, body: { code: 'auth.csrf', message: 'Jeton de sécurité manquant ou invalide.' } }
          : { status: 201, body: { ok: true } },
    });
    const onSession = vi.fn();
    const api = createApiClient({ fetch: server.fetch, onSession });
    await api.session();

    await expect(api.post('/api/things', { a: 1 })).resolves.toEqual({ ok: true });
    const attempts = server.calls.filter((call) => call.path === '/api/things');
    expect(attempts.map((call) => call.headers['x-csrf-token'])).toEqual(['t1', 't2']);
    expect(onSession).toHaveBeenCalledWith({ user: null, csrfToken: 't2', demo: null });
  });

  it('turns a network failure into a French message', async () => {
    const api = createApiClient({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const error = await api.get('/api/session').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Impossible de joindre le serveur. Vérifiez votre connexion.');
    expect((error as ApiError).status).toBe(0);
  });

  it('keeps the code, message and field messages of an API error', async () => {
    const server = fakeServer({
      'GET /api/session': { status: 200, body: { user: null, csrfToken: 't', demo: null } },
      'PUT /api/admin/users/u1': {
        status: 422,
        body: { code: 'validation.failed', message: 'Certains champs sont invalides.', fields: { rpps: 'RPPS invalide.' } },
      },
    });
    const api = createApiClient({ fetch: server.fetch });
    const error = (await api.put('/api/admin/users/u1', {}).catch((caught: unknown) => caught)) as ApiError;
    expect([error.status, error.code, error.message, error.fields]).toEqual([422, 'validation.failed', 'Certains champs sont invalides.', { rpps: 'RPPS invalide.' }]);
  });
});

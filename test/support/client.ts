import type { Response } from 'light-my-request';
import type { App } from '../../src/http/server.js';
import { TEST_PASSWORD } from './factories.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TestRequest {
  method: Method;
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /** The client IP seen by the server (per-IP throttling tests). */
  remoteAddress?: string;
}

/**
 * A browser-like client over `app.inject`: keeps the cookies the server sets and
 * sends the CSRF header on every call. `csrfToken` follows any response that
 * carries a new one (`GET /api/session`, login).
 */
export interface TestClient {
  csrfToken: string;
  /** The cookies currently held (name → value). */
  readonly cookies: Readonly<Record<string, string>>;
  request(opts: TestRequest): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  put(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body?: unknown): Promise<Response>;
  delete(url: string): Promise<Response>;
}

function isCleared(cookie: Response['cookies'][number]): boolean {
  if (cookie.value === '') return true;
  if (cookie.maxAge !== undefined && cookie.maxAge <= 0) return true;
  return cookie.expires !== undefined && cookie.expires.getTime() <= Date.now();
}

function csrfFrom(res: Response): string | undefined {
  if (!String(res.headers['content-type'] ?? '').includes('application/json')) return undefined;
  try {
    const body: unknown = res.json();
    if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string') return body.csrfToken;
  } catch {
    return undefined;
  }
  return undefined;
}

function createClient(app: App): TestClient {
  const jar: Record<string, string> = {};
  const client: TestClient = {
    csrfToken: '',
    get cookies() {
      return { ...jar };
    },
    async request({ method, url, payload, headers = {}, remoteAddress }) {
      const res = await app.inject({
        method,
        url,
        headers: { 'x-csrf-token': client.csrfToken, ...headers },
        cookies: { ...jar },
        ...(payload === undefined ? {} : { payload: payload as object }),
        ...(remoteAddress ? { remoteAddress } : {}),
      });
      for (const cookie of res.cookies) {
        if (isCleared(cookie)) delete jar[cookie.name];
        else jar[cookie.name] = cookie.value;
      }
      const token = csrfFrom(res);
      if (token) client.csrfToken = token;
      return res;
    },
    get: (url) => client.request({ method: 'GET', url }),
    post: (url, body) => client.request({ method: 'POST', url, payload: body }),
    put: (url, body) => client.request({ method: 'PUT', url, payload: body }),
    patch: (url, body) => client.request({ method: 'PATCH', url, payload: body }),
    delete: (url) => client.request({ method: 'DELETE', url }),
  };
  return client;
}

/** A signed-out client: `GET /api/session` gives it its anonymous cookie and CSRF token. */
export async function anonymousClient(app: App): Promise<TestClient> {
  const client = createClient(app);
  const res = await client.get('/api/session');
  if (res.statusCode !== 200) throw new Error(`GET /api/session failed: ${res.statusCode} ${res.body}`);
  return client;
}

/** A client signed in as `email`; throws when the login fails. */
export async function loginAs(app: App, email: string, password = TEST_PASSWORD): Promise<TestClient> {
  const client = await anonymousClient(app);
  const res = await client.post('/api/auth/login', { identifiant: email, password });
  if (res.statusCode !== 200) throw new Error(`login as ${email} failed: ${res.statusCode} ${res.body}`);
  return client;
}

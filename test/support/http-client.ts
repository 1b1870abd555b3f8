/**
 * A browser-like client of a server reached over the network (a child
 * process), the twin of `client.ts` over `app.inject`: keeps the cookies the
 * server sets and sends the CSRF token of `GET /api/session` / the login on
 * every request.
 */

export interface HttpReply {
  readonly status: number;
  readonly body: string;
  json<T = unknown>(): T;
}

export interface HttpClient {
  readonly baseUrl: string;
  csrfToken: string;
  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<HttpReply>;
  get(path: string): Promise<HttpReply>;
  post(path: string, body?: unknown): Promise<HttpReply>;
}

function csrfOf(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string') return body.csrfToken;
  } catch {
    return undefined;
  }
  return undefined;
}

/** A signed-out client of `baseUrl` (`http://host:port`), with its anonymous session and CSRF token. */
export async function httpClient(baseUrl: string): Promise<HttpClient> {
  const jar = new Map<string, string>();
  const client: HttpClient = {
    baseUrl,
    csrfToken: '',
    async request(method, path, body) {
      const headers: Record<string, string> = { 'x-csrf-token': client.csrfToken, accept: 'application/json' };
      if (jar.size > 0) headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      for (const line of res.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
        if (expired) jar.delete(name);
        else jar.set(name, value);
      }
      const text = await res.text();
      const token = res.headers.get('content-type')?.includes('application/json') ? csrfOf(text) : undefined;
      if (token) client.csrfToken = token;
      return { status: res.status, body: text, json: <T>() => JSON.parse(text) as T };
    },
    get: (path) => client.request('GET', path),
    post: (path, body) => client.request('POST', path, body),
  };
  const session = await client.get('/api/session');
  if (session.status !== 200) throw new Error(`GET /api/session failed: ${session.status} ${session.body}`);
  return client;
}

/** A client signed in as `email`; throws when the login fails. */
export async function httpLogin(baseUrl: string, email: string, password: string): Promise<HttpClient> {
  const client = await httpClient(baseUrl);
  const res = await client.post('/api/auth/login', { identifiant: email, password });
  if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${res.body}`);
  return client;
}

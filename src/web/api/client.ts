import { t } from '../i18n.js';
import type { SessionPayload } from './types.js';

/** An API failure, carrying the server's code and its French messages (`message`, `fields`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, fields: Readonly<Record<string, string>> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/** Status 0: the request never reached the server. */
export const NETWORK_ERROR = 'network';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  /** A body only where the API asks for one (e.g. the endpoint of a push subscription). */
  delete<T>(path: string, body?: unknown): Promise<T>;
  /** A multipart form (a file upload): the browser sets its content type and boundary. */
  postForm<T>(path: string, form: FormData): Promise<T>;
  /** A file of the API, as a Blob (e.g. an image preview shown through an object URL). */
  blob(path: string): Promise<Blob>;
  /** Fetches `GET /api/session` and keeps its CSRF token. */
  session(): Promise<SessionPayload>;
  /** Replaces the CSRF token, e.g. with the one returned by login. */
  setCsrfToken(token: string): void;
}

export interface ApiClientOptions {
  /** Told of every session fetched by the client itself (after a CSRF refresh). */
  onSession?: (session: SessionPayload) => void;
  fetch?: typeof fetch;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFields(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(value)) if (typeof message === 'string') fields[name] = message;
  return fields;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

function toError(status: number, body: unknown): ApiError {
  if (isRecord(body) && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError(status, body.code, body.message, toFields(body.fields));
  }
  return new ApiError(status, `http.${status}`, t('ui.errors.unexpected', { status }));
}

/** A small JSON client: same-origin cookies, CSRF header on writes, one retry after a CSRF refresh. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  let csrfToken: string | null = null;

  async function send(method: Method, path: string, body: unknown, retried: boolean, read: (response: Response) => Promise<unknown> = readBody): Promise<unknown> {
    // A write before any session was fetched (e.g. straight from a reset link): get a token first.
    if (method !== 'GET' && csrfToken === null) await refreshSession();
    const headers: Record<string, string> = { accept: 'application/json' };
    const form = body instanceof FormData;
    if (body !== undefined && !form) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await doFetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: form ? body : body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, NETWORK_ERROR, t('ui.errors.network'));
    }
    if (response.ok) return read(response);
    const error = toError(response.status, await readBody(response));
    if (error.status === 403 && error.code === 'auth.csrf' && !retried && method !== 'GET') {
      await refreshSession();
      return send(method, path, body, true, read);
    }
    throw error;
  }

  async function refreshSession(): Promise<void> {
    const fresh = await session();
    options.onSession?.(fresh);
  }

  async function session(): Promise<SessionPayload> {
    const payload = (await send('GET', '/api/session', undefined, true)) as SessionPayload;
    csrfToken = payload.csrfToken;
    return payload;
  }

  return {
    get: async <T>(path: string) => (await send('GET', path, undefined, false)) as T,
    post: async <T>(path: string, body?: unknown) => (await send('POST', path, body, false)) as T,
    put: async <T>(path: string, body?: unknown) => (await send('PUT', path, body, false)) as T,
    patch: async <T>(path: string, body?: unknown) => (await send('PATCH', path, body, false)) as T,
    delete: async <T>(path: string, body?: unknown) => (await send('DELETE', path, body, false)) as T,
    postForm: async <T>(path: string, form: FormData) => (await send('POST', path, form, false)) as T,
    blob: async (path: string) => (await send('GET', path, undefined, false, (response) => response.blob())) as Blob,
    session,
    setCsrfToken: (token) => {
      csrfToken = token;
    },
  };
}

/** The French message to show for any error thrown by a query or a mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return t('ui.errors.unexpected', { status: '?' });
}

import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { ApiProvider, createAppClients } from './api/context.js';
import type { SessionPayload, SessionUser } from './api/types.js';
import { routes } from './routes.js';
import { cssVariablesResolver, theme } from './theme.js';

export interface RecordedCall {
  method: string;
  path: string;
  /** The query string's parameters. */
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

type Reply = { status: number; body?: unknown };
type Handler = (call: RecordedCall) => Reply | Promise<Reply>;

/** A fake `fetch` answering "METHOD /path" (query string ignored) and recording every call. */
export function fakeServer(handlers: Record<string, Handler | Reply>) {
  const calls: RecordedCall[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const call: RecordedCall = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>)),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    const handler = handlers[`${call.method} ${call.path}`];
    if (!handler) return new Response(JSON.stringify({ code: 'request.not_found', message: 'Adresse introuvable.' }), { status: 404, headers: { 'content-type': 'application/json' } });
    const reply = typeof handler === 'function' ? await handler(call) : handler;
    if (reply.body === undefined) return new Response(null, { status: reply.status });
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

export const camille: SessionUser = {
  id: 'u-1',
  email: 'camille.martin@exemple.fr',
  firstName: 'Camille',
  lastName: 'Martin',
  profession: 'infirmier',
  organisation: { id: 'o-1', name: 'Cabinet médical des Tilleuls', kind: 'cabinet' },
  isAdmin: false,
  isSupervisor: false,
};

export function session(user: SessionUser | null, csrfToken = 'csrf-1', demo: SessionPayload['demo'] = null): Reply {
  return { status: 200, body: { user, csrfToken, demo } satisfies SessionPayload };
}

/** Renders the whole app at `path`, talking to `fetch`. */
export function renderApp(path: string, fetch: typeof globalThis.fetch) {
  const clients = createAppClients(fetch);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <ApiProvider clients={clients}>
        <RouterProvider router={router} />
      </ApiProvider>
    </MantineProvider>,
  );
  return { ...view, router };
}

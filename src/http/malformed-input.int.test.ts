/**
 * Every route of the API, fed malformed input, answers a 4xx JSON `{ code, message }`
 * in French — never a 500. The route list comes from the OpenAPI document, so a new
 * route is covered as soon as it exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { anonymousClient, loginAs, type TestClient } from '../../test/support/client.js';
import { createUser } from '../../test/support/factories.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Route {
  method: Method;
  path: string;
  hasBody: boolean;
  hasParams: boolean;
  queryNames: string[];
}

interface OpenApiOperation {
  requestBody?: unknown;
  parameters?: { in: string; name: string }[];
}

let t: TestApp;
let routes: Route[];
let adminEmail: string;

beforeAll(async () => {
  t = await createTestApp();
  adminEmail = (await createUser(t.database.db, { isAdmin: true, profession: 'superviseur' })).email;
  const doc = (await t.app.inject('/api/openapi.json')).json<{ paths: Record<string, Record<string, OpenApiOperation>> }>();
  routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => ({
      method: method.toUpperCase() as Method,
      path,
      hasBody: op.requestBody !== undefined,
      hasParams: (op.parameters ?? []).some((p) => p.in === 'path'),
      queryNames: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    })),
  );
});
afterAll(async () => t.close());

const withParams = (path: string, value: string) => path.replace(/\{[^}]+\}/g, value);
const unknownId = '00000000-0000-4000-8000-000000000000';

function expectCleanRefusal(res: { statusCode: number; json: () => unknown; body: string }, what: string): void {
  expect(res.statusCode, `${what} → ${res.statusCode} ${res.body}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${what} → ${res.statusCode} ${res.body}`).toBeLessThan(500);
  const body = res.json() as { code?: unknown; message?: unknown };
  expect(typeof body.code, what).toBe('string');
  expect(typeof body.message, what).toBe('string');
  expect(String(body.message), what).toMatch(/[a-zà-ÿ]/i);
}

async function admin(): Promise<TestClient> {
  return loginAs(t.app, adminEmail);
}

describe('malformed input on every route', () => {
  it('finds the API routes in the OpenAPI document', () => {
    const names = routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toContain('POST /api/auth/login');
    expect(names).toContain('POST /api/admin/users');
    expect(routes.filter((r) => r.hasBody).length).toBeGreaterThan(5);
  });

  it('refuses unparsable JSON, non-object JSON, wrong types, wrong content type and oversized bodies', async () => {
    for (const route of routes.filter((r) => r.hasBody)) {
      const client = await admin();
      const url = withParams(route.path, unknownId);
      const send = (payload: string, contentType = 'application/json') =>
        client.request({ method: route.method, url, payload, headers: { 'content-type': contentType } });
      expectCleanRefusal(await send('{"unterminated": '), `${route.method} ${route.path} bad JSON`);
      expectCleanRefusal(await send('[1,2,3]'), `${route.method} ${route.path} array body`);
      expectCleanRefusal(await send('"text"'), `${route.method} ${route.path} string body`);
      expectCleanRefusal(await send(JSON.stringify({ email: 42, password: [], name: {}, identifiant: null })), `${route.method} ${route.path} wrong types`);
      expectCleanRefusal(await send('identifiant=x', 'text/plain'), `${route.method} ${route.path} text/plain`);
      expectCleanRefusal(await send(JSON.stringify({ filler: 'x'.repeat(1_200_000) })), `${route.method} ${route.path} oversized`);
    }
  });

  it('refuses malformed path parameters and query strings', async () => {
    for (const route of routes.filter((r) => r.hasParams || r.queryNames.length > 0)) {
      const client = await admin();
      const base = withParams(route.path, route.hasParams ? 'not-an-id' : '');
      const query = route.queryNames.map((name) => `${name}=${encodeURIComponent('{"$ne":1}')}&${name}=x`).join('&');
      const url = query ? `${base}?${query}` : base;
      const res = await client.request({ method: route.method, url, ...(route.hasBody ? { payload: {} } : {}) });
      if (route.hasParams) expectCleanRefusal(res, `${route.method} ${url}`);
      else expect(res.statusCode, `${route.method} ${url} → ${res.body}`).toBeLessThan(500);
    }
  });

  it('answers anonymous calls to protected routes with 401/403 JSON, never a 500', async () => {
    for (const route of routes.filter((r) => r.path.startsWith('/api/admin'))) {
      const client = await anonymousClient(t.app);
      const res = await client.request({ method: route.method, url: withParams(route.path, unknownId), ...(route.hasBody ? { payload: {} } : {}) });
      expectCleanRefusal(res, `anonymous ${route.method} ${route.path}`);
      expect([401, 403]).toContain(res.statusCode);
    }
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';

let t: TestApp;
let webRoot: string;
beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'declic-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Déclic</title><div id="root"></div>');
  writeFileSync(join(webRoot, 'assets', 'app-123.js'), 'console.log(1)');
  t = await createTestApp({ env: { WEB_ROOT: webRoot } });
});
afterAll(async () => {
  await t.close();
  rmSync(webRoot, { recursive: true, force: true });
});

it('serves the web app and falls back to it on client-side routes', async () => {
  for (const url of ['/', '/connexion', '/admin/utilisateurs/123']) {
    const res = await t.app.inject(url);
    expect(res.statusCode, url).toBe(200);
    expect(res.headers['content-type'], url).toContain('text/html');
    expect(res.body).toContain('<div id="root">');
  }
  const asset = await t.app.inject('/assets/app-123.js');
  expect(asset.statusCode).toBe(200);
  expect(asset.headers['content-type']).toContain('javascript');
});

it('lets browsers keep the content-named assets for good, and check the page again at each use', async () => {
  expect((await t.app.inject('/assets/app-123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const url of ['/', '/connexion']) expect((await t.app.inject(url)).headers['cache-control'], url).toBe('no-cache');
});

it('answers a missing asset or API route with a 404, not the app page', async () => {
  for (const url of ['/assets/app-old.js', '/api/inconnu']) {
    const res = await t.app.inject(url);
    expect(res.statusCode, url).toBe(404);
    expect(res.json()).toMatchObject({ code: 'request.not_found' });
  }
});

/**
 * Dashboard benchmark (`npm run bench -- --only dashboard`): the Tableau de bord
 * of a supervisor, on PostgreSQL, through the real HTTP API and in Chromium.
 *
 * The web app is built by `vite build` into a private folder; a scratch database
 * is migrated and filled in SQL (bench/dashboard-data.ts: 100 000 fiches over a
 * year with their horodatage, one supervisor whose "Fiches supervisées" hold
 * ~5 000 fiches of the last 14 days); one app instance (a child process, as
 * main.ts starts it) serves the API and the built app. Measured: the first page
 * of "Fiches supervisées" (GET /api/care-requests?scope=supervised), the next
 * page (cursor), and MOT-CLÉ searches (a mix of a patient's name, a commune, a
 * comment word, a tag, a requester, a fiche number, two words, nothing
 * found), each over `runs` requests after a warm-up; then `loads` page loads in
 * Chromium, each in a fresh context (empty cache, the session cookie set), from
 * navigation start to the frame that shows the first row of "Fiches
 * supervisées", then a second load in the same context (a user coming back: the
 * app's files cached); and the gzip size of what index.html loads eagerly. The API
 * figures are taken again with `random_page_cost = 1.1` (the usual SSD setting).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { openDatabase } from '../src/adapters/db/client.js';
import { migrateDatabase } from '../src/adapters/db/migrate.js';
import { insertDashboardData, type DashboardData } from './dashboard-data.js';
import type { RecordFn } from './directory.js';
import { call, percentile, sortNumbers, startApps, withScratchDatabase } from './live-support.js';

export interface DashboardBenchOptions {
  readonly serverUrl: string;
  readonly fiches: number;
  readonly recent: number;
  /** Timed requests of each kind (after WARM_UP untimed ones). */
  readonly runs: number;
  /** Page loads in Chromium (after one untimed). */
  readonly loads: number;
  readonly seed: number;
}

const WARM_UP = 30;
const API_GOAL_MS = 50;
const BUNDLE_GOAL_KB = 300;
const BROWSER_GOAL_MS = 1000;
const WEB_ROOT = join(tmpdir(), 'declic-dashboard-bench-web');
const SUPERVISED_ROW = 'table[aria-label="Fiches supervisées"] tbody tr';

/** What a supervisor types in MOT-CLÉ, as typed (case and accents vary). */
const KEYWORDS = ['Lefèvre', 'élodie', 'ETAMPES', 'pansement', 'Diabète', 'giraud', 'plaie jambe', 'Xaysana'];

const timings = (samples: readonly number[]) => {
  const sorted = sortNumbers(samples);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
};
const describe = (samples: readonly number[], goalMs: number) => {
  const { p50, p95, max } = timings(samples);
  return `p50 ${p50.toFixed(1)} ms · p95 ${p95.toFixed(1)} ms · max ${max.toFixed(1)} ms (p95 / goal ${goalMs} ms: ${(p95 / goalMs).toFixed(2)})`;
};

/** `vite build` of the current tree into WEB_ROOT (not dist/web, which others may be building). */
function buildWeb(): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', WEB_ROOT, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
  return performance.now() - start;
}

/** The JS and CSS index.html loads eagerly (entry script, modulepreload, stylesheets), gzipped one by one. */
function initialBundle(): { files: number; gzipBytes: number } {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*\shref)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const gzipBytes = urls.reduce((sum, url) => sum + gzipSync(readFileSync(join(WEB_ROOT, url))).length, 0);
  return { files: urls.length, gzipBytes };
}

async function timeRequests(port: number, cookie: string, paths: readonly string[], runs: number): Promise<number[]> {
  const get = async (path: string) => {
    const res = await call(port, 'GET', path, { cookie });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.body.slice(0, 200)}`);
  };
  for (let i = 0; i < WARM_UP; i++) await get(paths[i % paths.length] ?? '');
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await get(paths[i % paths.length] ?? '');
    samples.push(performance.now() - start);
  }
  return samples;
}

async function api(port: number, data: DashboardData, runs: number, server: string, record: RecordFn): Promise<void> {
  const first = '/api/care-requests?scope=supervised';
  const page = JSON.parse((await call(port, 'GET', first, { cookie: data.cookie })).body) as { careRequests: { number: number }[]; nextCursor: string | null };
  if (page.careRequests.length !== 50 || !page.nextCursor) throw new Error('the supervisor has no full first page');
  record(server, `GET ${first}: first page, 50 fiches (n=${runs})`, describe(await timeRequests(port, data.cookie, [first], runs), API_GOAL_MS));
  const second = `${first}&cursor=${page.nextCursor}`;
  record(server, `next page (cursor) (n=${runs})`, describe(await timeRequests(port, data.cookie, [second], runs), API_GOAL_MS));
  const keywords = [...KEYWORDS, `#${page.careRequests[17]?.number ?? 0}`];
  const searches = keywords.map((q) => `${first}&q=${encodeURIComponent(q)}`);
  const found = await Promise.all(searches.map(async (path) => (JSON.parse((await call(port, 'GET', path, { cookie: data.cookie })).body) as { careRequests: unknown[] }).careRequests.length));
  const samples = await timeRequests(port, data.cookie, searches, runs);
  const perKeyword = keywords.map((q, k) => `${q} (${found[k]}) ${timings(samples.filter((_, i) => i % keywords.length === k)).p95.toFixed(0)}`).join(', ');
  record(server, `MOT-CLÉ search, first page (n=${runs}, ${keywords.length} keywords in turn)`, `${describe(samples, API_GOAL_MS)}; p95 ms by keyword (fiches on the page): ${perKeyword}`);
}

interface FirstRowWindow {
  firstRowAt?: number;
}

async function browserLoads(port: number, data: DashboardData, loads: number, record: RecordFn): Promise<void> {
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const samples: number[] = [];
    const warmSamples: number[] = [];
    for (let i = 0; i <= loads; i++) {
      const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
      await context.addCookies([{ name: 'declic_session', value: data.sessionToken, url: base }]);
      // The frame after the first row of "Fiches supervisées" enters the document, on the page's clock (0 = navigation start).
      await context.addInitScript((selector: string) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            (window as FirstRowWindow).firstRowAt = performance.now();
          });
        });
        observer.observe(document, { childList: true, subtree: true });
      }, SUPERVISED_ROW);
      const page = await context.newPage();
      const load = async () => {
        await page.goto(`${base}/`, { waitUntil: 'commit' });
        const handle = await page.waitForFunction(() => (window as FirstRowWindow).firstRowAt, undefined, { timeout: 60_000 });
        return (await handle.jsonValue()) as number;
      };
      const cold = await load();
      // The same user coming back: the app's files come from the browser's cache (immutable), compiled code from V8's.
      await page.goto('about:blank');
      const warm = await load();
      if (i > 0) {
        samples.push(cold);
        warmSamples.push(warm);
      }
      await context.close();
    }
    const shown = (values: readonly number[]) => {
      const { p50, p95, max } = timings(values);
      return `p50 ${p50.toFixed(0)} ms · p95 ${p95.toFixed(0)} ms · max ${max.toFixed(0)} ms (p95 / goal ${BROWSER_GOAL_MS} ms: ${(p95 / BROWSER_GOAL_MS).toFixed(2)})`;
    };
    record('Chromium', `dashboard usable, first visit: navigation start → first row of "Fiches supervisées" shown (n=${loads}, fresh context each)`, shown(samples));
    record('Chromium', `dashboard usable, coming back (app files cached): the same, second load in the context (n=${loads})`, shown(warmSamples));
  } finally {
    await browser.close();
  }
}

export async function dashboardBench(options: DashboardBenchOptions, record: RecordFn): Promise<string> {
  const buildMs = buildWeb();
  const bundle = initialBundle();
  const kb = bundle.gzipBytes / 1000;
  record('web', `initial bundle: what index.html loads eagerly, gzip (${bundle.files} files)`, `${kb.toFixed(1)} kB = ${(bundle.gzipBytes / 1024).toFixed(1)} KiB (goal ≤ ${BUNDLE_GOAL_KB} kB: ${(kb / BUNDLE_GOAL_KB).toFixed(2)})`);
  return withScratchDatabase(options.serverUrl, 'declic_bench_dashboard', async (url) => {
    const handle = await openDatabase({ driver: 'pg', url });
    await migrateDatabase(handle);
    await handle.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const start = performance.now();
    const data = await insertDashboardData(client, { fiches: options.fiches, recent: options.recent, scopeShare: 0.25, seed: options.seed });
    const loadMs = performance.now() - start;
    await client.end();
    const [app] = await startApps(url, 1, { WEB_ROOT });
    if (!app) throw new Error('no app');
    try {
      await api(app.port, data, options.runs, 'PostgreSQL 15', record);
      await browserLoads(app.port, data, options.loads, record);
    } finally {
      await app.stop();
    }
    // The server's default random_page_cost (4, spinning disks) makes the planner hash whole small tables
    // (users) rather than probe their indexes; the usual SSD setting, for comparison, on new connections.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`alter database ${(await admin.query<{ name: string }>('select current_database() as name')).rows[0]?.name ?? ''} set random_page_cost = 1.1`);
    await admin.end();
    const [tuned] = await startApps(url, 1, { WEB_ROOT });
    if (!tuned) throw new Error('no app');
    try {
      await api(tuned.port, data, options.runs, 'PostgreSQL 15, random_page_cost 1.1', record);
    } finally {
      await tuned.stop();
    }
    return `Dataset: ${data.description}; generated in SQL in ${(loadMs / 1000).toFixed(1)} s (web build ${(buildMs / 1000).toFixed(1)} s)`;
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configVariables, loadConfig } from './index.js';
import { packageRoot } from './paths.js';

describe('loadConfig', () => {
  it('defaults to the embedded database in demo mode on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ driver: 'pglite', dataDir: './data' });
    expect(config.demo).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.cookieSecure).toBe(false);
  });

  it('uses a PostgreSQL server when DATABASE_URL is set, demo off unless DEMO=1', () => {
    const url = 'postgres://u:p@db:5432/declic';
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ driver: 'pg', url });
    expect(loadConfig({ DATABASE_URL: url }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, DEMO: '1' }).demo).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.driver).toBe('pglite');
  });

  it('refuses invalid values with a French message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('requires a session secret in production and secures cookies there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) });
    expect(config.cookieSecure).toBe(true);
  });

  it('uses the commune table for addresses in demo mode and tests, the national geocoder otherwise', () => {
    const url = 'postgres://u:p@db:5432/declic';
    expect(loadConfig({}).geocoder).toEqual({ kind: 'offline', url: 'https://data.geopf.fr/geocodage', timeoutMs: 2000 });
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url }).geocoder.kind).toBe('offline');
    expect(loadConfig({ DATABASE_URL: url }).geocoder.kind).toBe('geoplateforme');
    const forced = loadConfig({ GEOCODER: 'geoplateforme', GEOCODER_URL: 'http://127.0.0.1:8080/geocodage/', GEOCODER_TIMEOUT_MS: '500' }).geocoder;
    expect(forced).toEqual({ kind: 'geoplateforme', url: 'http://127.0.0.1:8080/geocodage', timeoutMs: 500 });
    expect(() => loadConfig({ GEOCODER: 'google' })).toThrow(/GEOCODER/);
    expect(() => loadConfig({ GEOCODER_URL: 'ftp://x' })).toThrow(/GEOCODER_URL/);
  });

  it('takes the VAPID pair as a whole, the subject defaulting to PUBLIC_URL', () => {
    const publicKey = `B${'a'.repeat(86)}`;
    const privateKey = 'c'.repeat(43);
    expect(loadConfig({}).push).toEqual({ vapid: null, subject: 'http://localhost:3000', timeoutMs: 5000 });
    const push = loadConfig({ VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: `${privateKey}=`, VAPID_SUBJECT: 'mailto:dpo@declic.example', PUSH_TIMEOUT_MS: '800' }).push;
    expect(push).toEqual({ vapid: { publicKey, privateKey }, subject: 'mailto:dpo@declic.example', timeoutMs: 800 });
    expect(loadConfig({ PUBLIC_URL: 'https://declic.example/' }).push.subject).toBe('https://declic.example');
    expect(() => loadConfig({ VAPID_PUBLIC_KEY: publicKey })).toThrow(/VAPID_PUBLIC_KEY et VAPID_PRIVATE_KEY/);
    expect(() => loadConfig({ VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: privateKey })).toThrow(/VAPID_PUBLIC_KEY/);
    expect(() => loadConfig({ VAPID_SUBJECT: 'support@declic.example' })).toThrow(/VAPID_SUBJECT/);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(join(packageRoot(), '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
    expect(configVariables.filter((name) => !documented.has(name))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import { createCsrf } from './csrf.js';
import type { SettingStore } from './ports.js';

function memorySettings(): SettingStore & { writes: number; values: Map<string, string> } {
  const values = new Map<string, string>();
  const store = {
    values,
    writes: 0,
    async getOrCreate(key: string, candidate: string) {
      store.writes += 1;
      if (!values.has(key)) values.set(key, candidate);
      return values.get(key) ?? candidate;
    },
  };
  return store;
}

const config = (env: Record<string, string> = {}) => loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', ...env });

describe('CSRF tokens', () => {
  it('verify for their binding only', async () => {
    const csrf = createCsrf(config(), memorySettings());
    const token = await csrf.token('session-a');
    expect(await csrf.verify('session-a', token)).toBe(true);
    expect(await csrf.verify('session-b', token)).toBe(false);
    expect(await csrf.verify('session-a', undefined)).toBe(false);
    expect(await csrf.verify('session-a', `${token}x`)).toBe(false);
    expect(await csrf.verify('', await csrf.token(''))).toBe(false);
  });

  it('share a generated secret through the settings store, loaded once per instance', async () => {
    const settings = memorySettings();
    const first = createCsrf(config(), settings);
    const second = createCsrf(config(), settings);
    const token = await first.token('binding');
    await first.token('other');
    expect(await second.verify('binding', token)).toBe(true);
    expect(settings.writes).toBe(2);
    expect(settings.values.get('csrf_secret')).toMatch(/^[\w-]{43}$/);
  });

  it('use SESSION_SECRET when set, without touching the settings', async () => {
    const settings = memorySettings();
    const secret = 's'.repeat(32);
    const a = createCsrf(config({ SESSION_SECRET: secret }), settings);
    const b = createCsrf(config({ SESSION_SECRET: secret }), memorySettings());
    expect(await b.verify('x', await a.token('x'))).toBe(true);
    expect(settings.writes).toBe(0);
    const other = createCsrf(config({ SESSION_SECRET: 't'.repeat(32) }), settings);
    expect(await other.verify('x', await a.token('x'))).toBe(false);
  });
});

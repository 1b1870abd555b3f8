import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../../test/support/client.js';
import { createTestDatabase } from '../../../test/support/db.js';
import { createUser } from '../../../test/support/factories.js';
import { composeApp } from '../../compose.js';
import { loadConfig } from '../../config/index.js';
import type { DatabaseHandle } from '../db/client.js';
import { appSettings } from '../db/schema.js';
import { createLogger } from '../logging/logger.js';
import { VAPID_SETTING_KEY } from './keys.js';
import { generateVapidKeys } from './vapid.js';

const silent = createLogger('silent', new Writable({ write: (_chunk, _enc, done) => done() }));
const env = { NODE_ENV: 'test', DEMO: '1', DATA_DIR: 'memory://', JOBS_POLL_MS: '0' };

describe('VAPID keys', () => {
  let database: DatabaseHandle;
  let email: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    email = (await createUser(database.db)).email;
  });
  afterAll(async () => database.close());

  /** Starts the app on the shared database, reads the public key through the API, stops the app. */
  async function publicKeyAfterStart(extraEnv: Record<string, string> = {}): Promise<string> {
    const app = await composeApp({ config: loadConfig({ ...env, ...extraEnv }), database, logger: silent });
    try {
      await app.ready();
      const client = await loginAs(app, email);
      const res = await client.get('/api/push/public-key');
      expect(res.statusCode).toBe(200);
      return res.json().publicKey;
    } finally {
      await app.close();
    }
  }

  const stored = async () => (await database.db.select().from(appSettings).where(eq(appSettings.key, VAPID_SETTING_KEY)))[0]?.value;

  it('generates the pair on first start, keeps it in app_settings and reuses it after a restart', async () => {
    expect(await stored()).toBeUndefined();
    const first = await publicKeyAfterStart();
    const value = await stored();
    expect(value).toBeDefined();
    expect(JSON.parse(value ?? '{}')).toMatchObject({ publicKey: first, privateKey: expect.stringMatching(/^[\w-]{43}$/) });

    expect(await publicKeyAfterStart()).toBe(first);
    expect(await stored()).toBe(value);
  });

  it('uses VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY when set, leaving the stored pair alone', async () => {
    const before = await stored();
    const configured = generateVapidKeys();
    expect(await publicKeyAfterStart({ VAPID_PUBLIC_KEY: configured.publicKey, VAPID_PRIVATE_KEY: configured.privateKey })).toBe(configured.publicKey);
    expect(await stored()).toBe(before);
  });

  it('refuses to start with a configured pair whose halves do not match', async () => {
    const config = loadConfig({ ...env, VAPID_PUBLIC_KEY: generateVapidKeys().publicKey, VAPID_PRIVATE_KEY: generateVapidKeys().privateKey });
    await expect(composeApp({ config, database, logger: silent })).rejects.toThrow(/does not belong/);
  });
});

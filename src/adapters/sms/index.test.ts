import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import type { Db } from '../db/client.js';
import { createLogger } from '../logging/logger.js';
import { BrevoSmsSender } from './brevo.js';
import { createSmsSender, smsStartupWarning } from './index.js';
import { OvhSmsSender } from './ovh.js';
import { TwilioSmsSender } from './twilio.js';

/** The factory never touches the database while it builds a sender. */
const noDb = {} as Db;
const server = 'postgres://u:p@db:5432/declic';

const warnings = (): { log: { warn(message: string): void }; seen: string[] } => {
  const seen: string[] = [];
  return { log: { warn: (message) => seen.push(message) }, seen };
};

describe('createSmsSender', () => {
  it('builds the gateway of SMS_PROVIDER', () => {
    const ovh = createSmsSender(
      loadConfig({ SMS_PROVIDER: 'ovh', OVH_APPLICATION_KEY: 'ak', OVH_APPLICATION_SECRET: 'as', OVH_CONSUMER_KEY: 'ck', OVH_SMS_SERVICE: 'sms-ab12345-1' }),
      noDb,
    );
    expect(ovh).toBeInstanceOf(OvhSmsSender);
    expect(createSmsSender(loadConfig({ SMS_PROVIDER: 'brevo', BREVO_API_KEY: 'k' }), noDb)).toBeInstanceOf(BrevoSmsSender);
    const twilio = createSmsSender(
      loadConfig({ SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`, TWILIO_AUTH_TOKEN: 't', TWILIO_FROM: 'DECLIC' }),
      noDb,
    );
    expect(twilio).toBeInstanceOf(TwilioSmsSender);
    expect([ovh.provider, twilio.provider]).toEqual(['ovh', 'twilio']);
  });

  it('keeps SMS in the dev outbox by default, quietly in demo mode', () => {
    const { log, seen } = warnings();
    expect(createSmsSender(loadConfig({}), noDb, log).provider).toBe('outbox');
    expect(createSmsSender(loadConfig({ DATABASE_URL: server, DEMO: '1' }), noDb, log).provider).toBe('outbox');
    expect(seen).toEqual([]);
  });

  it('warns at start when SMS are not delivered outside demo mode', () => {
    const { log, seen } = warnings();
    const config = loadConfig({ DATABASE_URL: server });
    expect(createSmsSender(config, noDb, log).provider).toBe('outbox');
    expect(seen).toEqual([smsStartupWarning(config)]);
    expect(seen[0]).toMatch(/SMS_PROVIDER/);
    expect(smsStartupWarning(loadConfig({ DATABASE_URL: server, SMS_PROVIDER: 'brevo', BREVO_API_KEY: 'k' }))).toBeNull();
    // The app's logger is a warning log.
    createSmsSender(config, noDb, createLogger('silent'));
  });
});

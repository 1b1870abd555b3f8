import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.js';

const ovh = { SMS_PROVIDER: 'ovh', OVH_APPLICATION_KEY: 'ak', OVH_APPLICATION_SECRET: 'as', OVH_CONSUMER_KEY: 'ck', OVH_SMS_SERVICE: 'sms-ab12345-1' };
const twilioSid = `AC${'0123456789abcdef'.repeat(2)}`;
const messagingSid = `MG${'0123456789abcdef'.repeat(2)}`;

describe('SMS configuration', () => {
  it('uses the dev outbox by default, with sender DECLIC and a 5 s timeout', () => {
    expect(loadConfig({}).sms).toEqual({ gateway: { provider: 'outbox' }, sender: 'DECLIC', timeoutMs: 5000 });
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/declic' }).sms.gateway).toEqual({ provider: 'outbox' });
    expect(loadConfig({ SMS_PROVIDER: 'outbox', SMS_SENDER: 'CPTS Evry', SMS_TIMEOUT_MS: '2000' }).sms).toEqual({
      gateway: { provider: 'outbox' },
      sender: 'CPTS Evry',
      timeoutMs: 2000,
    });
  });

  it('loads OVHcloud, on eu.api.ovh.com unless told otherwise', () => {
    expect(loadConfig(ovh).sms.gateway).toEqual({
      provider: 'ovh',
      endpoint: 'https://eu.api.ovh.com',
      applicationKey: 'ak',
      applicationSecret: 'as',
      consumerKey: 'ck',
      serviceName: 'sms-ab12345-1',
    });
    expect(loadConfig({ ...ovh, OVH_ENDPOINT: 'https://ca.api.ovh.com/1.0/' }).sms.gateway).toMatchObject({ endpoint: 'https://ca.api.ovh.com' });
  });

  it('loads Brevo', () => {
    expect(loadConfig({ SMS_PROVIDER: 'brevo', BREVO_API_KEY: 'xkeysib-1' }).sms.gateway).toEqual({ provider: 'brevo', url: 'https://api.brevo.com', apiKey: 'xkeysib-1' });
    expect(loadConfig({ SMS_PROVIDER: 'brevo', BREVO_API_KEY: 'k', BREVO_URL: 'http://127.0.0.1:9/' }).sms.gateway).toMatchObject({ url: 'http://127.0.0.1:9' });
  });

  it('loads Twilio with a From sender or a Messaging Service', () => {
    const base = { SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: twilioSid, TWILIO_AUTH_TOKEN: 'tok' };
    expect(loadConfig({ ...base, TWILIO_FROM: '+33757000000' }).sms.gateway).toEqual({
      provider: 'twilio',
      url: 'https://api.twilio.com',
      accountSid: twilioSid,
      authToken: 'tok',
      from: '+33757000000',
      messagingServiceSid: undefined,
    });
    expect(loadConfig({ ...base, TWILIO_MESSAGING_SERVICE_SID: messagingSid }).sms.gateway).toMatchObject({ from: undefined, messagingServiceSid: messagingSid });
  });

  it('refuses to start without a credential of the chosen provider, naming what is missing in French', () => {
    expect(() => loadConfig({ ...ovh, OVH_CONSUMER_KEY: '', OVH_SMS_SERVICE: undefined })).toThrow(
      new ConfigError('Configuration invalide — SMS_PROVIDER=ovh : il manque OVH_CONSUMER_KEY, OVH_SMS_SERVICE'),
    );
    expect(() => loadConfig({ SMS_PROVIDER: 'brevo' })).toThrow('Configuration invalide — SMS_PROVIDER=brevo : il manque BREVO_API_KEY');
    expect(() => loadConfig({ SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: twilioSid })).toThrow(
      'Configuration invalide — SMS_PROVIDER=twilio : il manque TWILIO_AUTH_TOKEN, TWILIO_FROM ou TWILIO_MESSAGING_SERVICE_SID',
    );
    expect(() => loadConfig({ SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: twilioSid, TWILIO_AUTH_TOKEN: 'tok' })).toThrow(/il manque TWILIO_FROM ou TWILIO_MESSAGING_SERVICE_SID/);
  });

  it('refuses malformed values with a French message naming the variable', () => {
    expect(() => loadConfig({ SMS_PROVIDER: 'sendinblue' })).toThrow(/SMS_PROVIDER/);
    expect(() => loadConfig({ SMS_SENDER: 'DECLIC-SANTE-91' })).toThrow(/SMS_SENDER doit faire 1 à 11/);
    expect(() => loadConfig({ SMS_SENDER: '0612345678' })).toThrow(/SMS_SENDER/);
    expect(() => loadConfig({ SMS_TIMEOUT_MS: '0' })).toThrow(/SMS_TIMEOUT_MS/);
    expect(() => loadConfig({ ...ovh, OVH_ENDPOINT: 'eu.api.ovh.com' })).toThrow(/OVH_ENDPOINT doit commencer/);
    expect(() => loadConfig({ ...ovh, OVH_SMS_SERVICE: 'sms/../x' })).toThrow(/OVH_SMS_SERVICE/);
    expect(() => loadConfig({ SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: 'SK123', TWILIO_AUTH_TOKEN: 't', TWILIO_FROM: 'X' })).toThrow(/TWILIO_ACCOUNT_SID doit commencer par AC/);
  });
});

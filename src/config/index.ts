import { join, resolve } from 'node:path';
import { z } from 'zod';
import { packageRoot } from './paths.js';

/**
 * The only module that reads `process.env`. Everything else receives a `Config`.
 * Every variable is listed in `.env.example`.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL doit commencer par postgres://').optional(),
  DATA_DIR: z.string().default('./data'),
  DEMO: z.enum(['0', '1']).optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  COOKIE_SECURE: z.enum(['0', '1']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL doit commencer par smtp:// ou smtps://').optional(),
  MAIL_FROM: z.string().default('Déclic <no-reply@declic.local>'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().positive().default(30),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  WEB_ROOT: z.string().optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  JOBS_POLL_MS: z.coerce.number().int().nonnegative().default(2_000),
  GEOCODER: z.enum(['geoplateforme', 'offline']).optional(),
  GEOCODER_URL: z.string().regex(/^https?:\/\//, 'GEOCODER_URL doit commencer par http:// ou https://').default('https://data.geopf.fr/geocodage'),
  GEOCODER_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(2000),
  SMS_PROVIDER: z.enum(['ovh', 'brevo', 'twilio', 'outbox']).optional(),
  SMS_SENDER: z
    .string()
    .trim()
    .regex(/^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/, 'SMS_SENDER doit faire 1 à 11 lettres, chiffres ou espaces, dont au moins une lettre')
    .default('DECLIC'),
  SMS_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(5000),
  OVH_APPLICATION_KEY: z.string().optional(),
  OVH_APPLICATION_SECRET: z.string().optional(),
  OVH_CONSUMER_KEY: z.string().optional(),
  OVH_SMS_SERVICE: z.string().regex(/^[A-Za-z0-9._-]+$/, 'OVH_SMS_SERVICE doit être le nom du compte SMS (sms-xx00000-1)').optional(),
  OVH_ENDPOINT: z.string().regex(/^https?:\/\//, 'OVH_ENDPOINT doit commencer par http:// ou https://').default('https://eu.api.ovh.com'),
  BREVO_API_KEY: z.string().optional(),
  BREVO_URL: z.string().regex(/^https?:\/\//, 'BREVO_URL doit commencer par http:// ou https://').default('https://api.brevo.com'),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'TWILIO_ACCOUNT_SID doit commencer par AC suivi de 32 caractères hexadécimaux').optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_FROM: z.string().optional(),
  TWILIO_MESSAGING_SERVICE_SID: z
    .string()
    .regex(/^MG[0-9a-fA-F]{32}$/, 'TWILIO_MESSAGING_SERVICE_SID doit commencer par MG suivi de 32 caractères hexadécimaux')
    .optional(),
  TWILIO_URL: z.string().regex(/^https?:\/\//, 'TWILIO_URL doit commencer par http:// ou https://').default('https://api.twilio.com'),
  VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{87}=?$/, 'VAPID_PUBLIC_KEY doit être une clé publique P-256 non compressée (65 octets) en base64url').optional(),
  VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{43}=?$/, 'VAPID_PRIVATE_KEY doit être une clé privée P-256 (32 octets) en base64url').optional(),
  VAPID_SUBJECT: z.string().regex(/^(mailto:|https?:\/\/)\S+$/, 'VAPID_SUBJECT doit être une adresse mailto: ou une URL https://').optional(),
  PUSH_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(5000),
});

/** Names of every environment variable the app reads. */
export const configVariables = Object.keys(envSchema.shape);

export type Database =
  | { readonly driver: 'pglite'; readonly dataDir: string }
  | { readonly driver: 'pg'; readonly url: string };

/** Where SMS go: an SMS gateway with its credentials, or the dev outbox (nothing leaves the platform). */
export type SmsGateway =
  | { readonly provider: 'outbox' }
  | {
      readonly provider: 'ovh';
      /** API root without `/1.0` (https://eu.api.ovh.com). */
      readonly endpoint: string;
      readonly applicationKey: string;
      readonly applicationSecret: string;
      readonly consumerKey: string;
      /** The SMS account (`sms-xx00000-1`). */
      readonly serviceName: string;
    }
  | { readonly provider: 'brevo'; readonly url: string; readonly apiKey: string }
  | {
      readonly provider: 'twilio';
      readonly url: string;
      readonly accountSid: string;
      readonly authToken: string;
      /** At least one of the two is set. */
      readonly from: string | undefined;
      readonly messagingServiceSid: string | undefined;
    };

export interface SmsConfig {
  readonly gateway: SmsGateway;
  /** Alphanumeric sender id (OVH, Brevo), at most 11 characters. */
  readonly sender: string;
  readonly timeoutMs: number;
}

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string;
  readonly database: Database;
  /** Demo mode: demo data on first start, demo accounts on the login page, dev outbox page. */
  readonly demo: boolean;
  /** Secret for CSRF tokens; generated per process when unset (sessions then survive restarts, CSRF tokens do not). */
  readonly sessionSecret: string | undefined;
  readonly sessionTtlHours: number;
  readonly cookieSecure: boolean;
  readonly logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** No SMTP URL: e-mails land in the dev outbox. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly loginThrottle: { readonly maxFailures: number; readonly ipMaxFailures: number; readonly lockMinutes: number };
  readonly shutdownTimeoutMs: number;
  /** How often each instance looks for due jobs (round widening, deadlines); 0 turns the worker off. */
  readonly jobsPollMs: number;
  /** Behind a reverse proxy: take the client IP from X-Forwarded-For. */
  readonly trustProxy: boolean;
  /** Folder of the built web app. */
  readonly webRoot: string;
  /**
   * Address autocomplete: the national geocoder (Géoplateforme, falling back to
   * the commune table when it fails) or the commune table only (offline).
   */
  readonly geocoder: { readonly kind: 'geoplateforme' | 'offline'; readonly url: string; readonly timeoutMs: number };
  /** SMS: SMS_PROVIDER, or the dev outbox when it is unset. */
  readonly sms: SmsConfig;
  /**
   * Web Push: the VAPID key pair (null: generated on first start and kept in
   * app_settings), the VAPID subject (default PUBLIC_URL), the push service timeout.
   */
  readonly push: PushConfig;
}

export interface PushConfig {
  readonly vapid: { readonly publicKey: string; readonly privateKey: string } | null;
  readonly subject: string;
  readonly timeoutMs: number;
}

export class ConfigError extends Error {}

/** Builds the configuration from an environment (defaults to `process.env`). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Configuration invalide — ${details}`);
  }
  const e = parsed.data;
  const database: Database = e.DATABASE_URL
    ? { driver: 'pg', url: e.DATABASE_URL }
    : { driver: 'pglite', dataDir: e.DATA_DIR };
  const production = e.NODE_ENV === 'production';
  const demo = e.DEMO === undefined ? database.driver === 'pglite' : e.DEMO === '1';
  if (production && !e.SESSION_SECRET) throw new ConfigError('Configuration invalide — SESSION_SECRET est obligatoire en production');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    database,
    demo,
    sessionSecret: e.SESSION_SECRET,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE === undefined ? production : e.COOKIE_SECURE === '1',
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    loginThrottle: { maxFailures: e.LOGIN_MAX_FAILURES, ipMaxFailures: e.LOGIN_IP_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    jobsPollMs: e.JOBS_POLL_MS,
    trustProxy: e.TRUST_PROXY === '1',
    webRoot: e.WEB_ROOT ? resolve(e.WEB_ROOT) : join(packageRoot(), 'dist', 'web'),
    geocoder: {
      kind: e.GEOCODER ?? (demo || e.NODE_ENV === 'test' ? 'offline' : 'geoplateforme'),
      url: e.GEOCODER_URL.replace(/\/+$/, ''),
      timeoutMs: e.GEOCODER_TIMEOUT_MS,
    },
    sms: { gateway: smsGatewayOf(e), sender: e.SMS_SENDER, timeoutMs: e.SMS_TIMEOUT_MS },
    push: pushConfigOf(e),
  };
}

/** The chosen SMS gateway; a missing credential of the chosen provider stops the start. */
function smsGatewayOf(e: z.infer<typeof envSchema>): SmsGateway {
  const missing: string[] = [];
  const need = (name: 'OVH_APPLICATION_KEY' | 'OVH_APPLICATION_SECRET' | 'OVH_CONSUMER_KEY' | 'OVH_SMS_SERVICE' | 'BREVO_API_KEY' | 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN'): string => {
    const value = e[name];
    if (value === undefined) missing.push(name);
    return value ?? '';
  };
  const base = (url: string): string => url.replace(/\/+$/, '');
  let gateway: SmsGateway;
  switch (e.SMS_PROVIDER) {
    case undefined:
    case 'outbox':
      return { provider: 'outbox' };
    case 'ovh':
      gateway = {
        provider: 'ovh',
        endpoint: base(e.OVH_ENDPOINT).replace(/\/1\.0$/, ''),
        applicationKey: need('OVH_APPLICATION_KEY'),
        applicationSecret: need('OVH_APPLICATION_SECRET'),
        consumerKey: need('OVH_CONSUMER_KEY'),
        serviceName: need('OVH_SMS_SERVICE'),
      };
      break;
    case 'brevo':
      gateway = { provider: 'brevo', url: base(e.BREVO_URL), apiKey: need('BREVO_API_KEY') };
      break;
    case 'twilio':
      gateway = {
        provider: 'twilio',
        url: base(e.TWILIO_URL),
        accountSid: need('TWILIO_ACCOUNT_SID'),
        authToken: need('TWILIO_AUTH_TOKEN'),
        from: e.TWILIO_FROM,
        messagingServiceSid: e.TWILIO_MESSAGING_SERVICE_SID,
      };
      if (!e.TWILIO_FROM && !e.TWILIO_MESSAGING_SERVICE_SID) missing.push('TWILIO_FROM ou TWILIO_MESSAGING_SERVICE_SID');
      break;
  }
  if (missing.length > 0) throw new ConfigError(`Configuration invalide — SMS_PROVIDER=${e.SMS_PROVIDER} : il manque ${missing.join(', ')}`);
  return gateway;
}

/** VAPID keys come as a pair or not at all (then the app generates its own). */
function pushConfigOf(e: z.infer<typeof envSchema>): PushConfig {
  const publicKey = e.VAPID_PUBLIC_KEY?.replace(/=+$/, '');
  const privateKey = e.VAPID_PRIVATE_KEY?.replace(/=+$/, '');
  if ((publicKey === undefined) !== (privateKey === undefined)) {
    throw new ConfigError('Configuration invalide — VAPID_PUBLIC_KEY et VAPID_PRIVATE_KEY vont ensemble : indiquez les deux, ou aucune');
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    vapid: publicKey !== undefined && privateKey !== undefined ? { publicKey, privateKey } : null,
    subject: e.VAPID_SUBJECT ?? publicUrl,
    timeoutMs: e.PUSH_TIMEOUT_MS,
  };
}

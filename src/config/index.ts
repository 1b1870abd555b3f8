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
});

/** Names of every environment variable the app reads. */
export const configVariables = Object.keys(envSchema.shape);

export type Database =
  | { readonly driver: 'pglite'; readonly dataDir: string }
  | { readonly driver: 'pg'; readonly url: string };

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
  };
}

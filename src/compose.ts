import { createAccountsService } from './app/accounts/index.js';
import { createAddressesService } from './app/addresses/index.js';
import { createAuthService, createSessionCache, createSessionTouches } from './app/auth/index.js';
import { createCareActsService } from './app/care-acts/index.js';
import { createCareRequestsService, JOBS_BATCH_SIZE } from './app/care-requests/index.js';
import { startJobWorker } from './app/jobs-worker.js';
import { createDirectoryService } from './app/directory/index.js';
import { createMessagingService } from './app/messaging/index.js';
import { createPatientsService } from './app/patients/index.js';
import { createNotificationsService } from './app/notifications/index.js';
import { createPreferencesService } from './app/preferences/index.js';
import { createPushService } from './app/push/index.js';
import type { DatabaseHandle } from './adapters/db/client.js';
import type { Logger } from './adapters/logging/logger.js';
import { createAdapters, type Adapters } from './adapters/index.js';
import { startLiveHub } from './adapters/live/hub.js';
import { JOBS_CHANNEL } from './adapters/db/stores/jobs.js';
import { EVERY_USER, SESSIONS_CHANNEL } from './adapters/db/stores/sessions.js';
import { DEMO_PASSWORD, demoAccounts } from './adapters/db/seed/demo-accounts.js';
import type { Config } from './config/index.js';
import { buildServer, type App } from './http/server.js';

export interface ComposeOptions {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly logger: Logger;
  /** Replace adapters (tests only use this for the clock). */
  readonly overrides?: Partial<Adapters>;
}

/** Wires adapters into use cases and use cases into the HTTP server. */
export async function composeApp({ config, database, logger, overrides = {} }: ComposeOptions): Promise<App> {
  const adapters: Adapters = { ...(await createAdapters(config, database)), ...overrides };
  const messaging = createMessagingService(adapters.messaging);
  const sessionCache = createSessionCache();
  // Each instance caches resolved sessions; the database names the users whose entries are stale (any instance's
  // change, even by hand). Notices missed while the listener is down are covered by the cache's TTL.
  const stopSessionNotices = await database.listen(
    SESSIONS_CHANNEL,
    (userId) => {
      if (userId === EVERY_USER) sessionCache.clear();
      else if (userId) sessionCache.forgetUser(userId);
    },
    (err) => {
      sessionCache.clear();
      logger.error({ err }, 'sessions listener failed');
    },
    // (Re)connected: notices sent while it was down are lost, so nothing cached before is trusted.
    () => sessionCache.clear(),
  );
  const sessionTouches = createSessionTouches(adapters.auth.stores.sessions, (errorCode) => logger.warn({ errorCode }, 'session expiries not written'));
  const auth = createAuthService({ ...adapters.auth, clock: adapters.clock, messaging, config }, sessionCache, sessionTouches);
  const accounts = createAccountsService({ ...adapters.accounts, clock: adapters.clock });
  const addresses = createAddressesService({ ...adapters.addresses, log: logger });
  const patients = createPatientsService({ ...adapters.patients, clock: adapters.clock });
  const directory = createDirectoryService(adapters.directory);
  const careActs = createCareActsService({ ...adapters.careActs, clock: adapters.clock });
  const careRequests = createCareRequestsService({ ...adapters.careRequests, clock: adapters.clock });
  const push = createPushService({ ...adapters.push, clock: adapters.clock });
  const preferences = createPreferencesService({ ...adapters.preferences, clock: adapters.clock });
  const notifications = createNotificationsService({ ...adapters.notifications, mailer: adapters.messaging.mailer, clock: adapters.clock });
  const demo = config.demo ? { password: DEMO_PASSWORD, accounts: demoAccounts } : null;
  const live = await startLiveHub(database, (err) => logger.error({ err }, 'live listener failed'));
  const server = await buildServer({ config, logger, pingDatabase: database.ping, auth, accounts, addresses, messaging, patients, directory, careActs, careRequests, push, live, preferences, demo });
  server.addHook('onClose', () => live.close());
  server.addHook('onClose', () => sessionTouches.flush());
  // The database may already be closed (tests): nothing left to stop then.
  server.addHook('onClose', () => stopSessionNotices().catch(() => undefined));
  if (config.jobsPollMs > 0) {
    let worker: RunningWorker | null = null;
    server.addHook('onReady', async () => {
      // One pass: the deferred jobs, then the notifications they and the requests enqueued.
      const pass = async () => (await careRequests.runDueJobs()) + (await notifications.deliverDue());
      worker = await startWorker(database, pass, config.jobsPollMs, logger);
    });
    server.addHook('onClose', async () => {
      await worker?.stop();
    });
  }
  return server;
}

/** A job worker and the listener that wakes it. */
export interface RunningWorker {
  stop(): Promise<void>;
}

/**
 * Runs `pass` every `intervalMs`, and at once whenever a transaction that
 * scheduled a job commits (on any instance: LISTEN on the jobs channel).
 */
export async function startWorker(database: DatabaseHandle, pass: () => Promise<number>, intervalMs: number, logger: Logger): Promise<RunningWorker> {
  const worker = startJobWorker(pass, { intervalMs, batchSize: JOBS_BATCH_SIZE, onError: (err) => logger.error({ err }, 'job pass failed') });
  const unlisten = await database.listen(JOBS_CHANNEL, () => worker.wake(), (err) => logger.error({ err }, 'jobs listener failed'));
  return {
    async stop() {
      await unlisten().catch(() => undefined);
      await worker.stop();
    },
  };
}

import { Writable } from 'node:stream';
import type { DatabaseHandle } from '../../src/adapters/db/client.js';
import type { Adapters } from '../../src/adapters/index.js';
import { createLogger } from '../../src/adapters/logging/logger.js';
import { composeApp } from '../../src/compose.js';
import { loadConfig, type Config } from '../../src/config/index.js';
import type { App } from '../../src/http/server.js';
import { createTestDatabase } from './db.js';

export interface TestApp {
  readonly app: App;
  readonly database: DatabaseHandle;
  readonly config: Config;
  /** Every log line the app wrote, as raw JSON text. */
  readonly logs: string[];
  close(): Promise<void>;
}

/** The whole app (real database, real adapters) for `app.inject` tests. */
export async function createTestApp(
  options: { env?: Record<string, string>; overrides?: Partial<Adapters> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', DEMO: '1', DATA_DIR: 'memory://', JOBS_POLL_MS: '0', ...options.env });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const app = await composeApp({ config, database, logger, ...(options.overrides ? { overrides: options.overrides } : {}) });
  await app.ready();
  return {
    app,
    database,
    config,
    logs,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Another app instance on the same database, as behind a load balancer; close it before the test app. */
export async function anotherInstance(t: TestApp): Promise<App> {
  const app = await composeApp({ config: t.config, database: t.database, logger: createLogger('silent') });
  await app.ready();
  return app;
}

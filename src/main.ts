import { openDatabase } from './adapters/db/client.js';
import { migrateDatabase } from './adapters/db/migrate.js';
import { isDatabaseEmpty, seedDemo } from './adapters/db/seed/demo.js';
import { createLogger } from './adapters/logging/logger.js';
import { smsStartupWarning } from './adapters/sms/index.js';
import { composeApp } from './compose.js';
import { loadConfig } from './config/index.js';

/** Composition root: config → database → adapters → use cases → server, and a graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config.database);
  await migrateDatabase(database);
  if (config.demo && (await isDatabaseEmpty(database.db))) {
    await seedDemo(database.db);
    logger.info('demo data loaded');
  }
  if (!config.smtpUrl && !config.demo) {
    logger.warn('SMTP_URL is not set: e-mails (password reset…) are kept in the dev outbox and never delivered');
  }
  const smsWarning = smsStartupWarning(config);
  if (smsWarning) logger.warn(smsWarning);
  const server = await composeApp({ config, database, logger });
  await server.listen({ port: config.port, host: config.host });
  logger.info({ driver: database.driver, demo: config.demo, url: config.publicUrl }, 'Déclic is listening');

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    deadline.unref();
    try {
      await server.close();
      await database.close();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  // The logger may not exist yet (bad configuration): print the reason plainly.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

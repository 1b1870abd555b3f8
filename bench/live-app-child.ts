/**
 * Child process of the live benchmarks: one app instance as `main.ts` starts
 * it (config from the environment, `openDatabase`, `composeApp`, listen), on
 * the port the system gives; prints `{"port": N}` once listening and stops on
 * SIGTERM. The migrations are applied by the parent.
 *
 * With `--switchable`, the care-requests transactor is `benchTransactor`
 * (bench/live-batching.ts): the app's own in `as-is` mode, the batching
 * simulation in `batched` mode; the parent switches with an IPC message
 * `{ variant }`, answered `{ variant }`.
 */
import { createCareRequestsAdapters } from '../src/adapters/care-requests.js';
import { openDatabase } from '../src/adapters/db/client.js';
import { createLogger } from '../src/adapters/logging/logger.js';
import { composeApp } from '../src/compose.js';
import { loadConfig } from '../src/config/index.js';
import { benchTransactor, type Variant } from './live-batching.js';

const config = loadConfig();
const database = await openDatabase(config.database);
let variant: Variant = 'as-is';
const overrides = process.argv.includes('--switchable')
  ? { careRequests: { ...createCareRequestsAdapters(config, database.db), transactor: benchTransactor(database.db, () => variant) } }
  : {};
const app = await composeApp({ config, database, logger: createLogger('silent'), overrides });
await app.listen({ host: config.host, port: config.port });
const address = app.server.address();
console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : null }));

process.on('message', (message: { variant?: Variant }) => {
  if (message.variant) variant = message.variant;
  process.send?.({ variant });
});
let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  // Open SSE streams would keep close() waiting: end them with the process.
  void Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 2000))])
    .then(() => database.close())
    .finally(() => process.exit(0));
});

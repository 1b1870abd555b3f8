/**
 * Child process of the live benchmarks: one app instance as `main.ts` starts
 * it (config from the environment, `openDatabase`, `composeApp`, listen), on
 * the port the system gives; prints `{"port": N}` once listening and stops on
 * SIGTERM. The migrations are applied by the parent.
 *
 * The job worker runs as in production (`startWorker`: woken by NOTIFY at
 * each commit that scheduled a job, and every 2 s), for the jobs only — the
 * offer messages of a déclenchement are written by one. The delivery of the
 * notifications stays off (the parent starts the instances with
 * JOBS_POLL_MS=0, so composeApp's worker, which would also deliver, is not
 * started): delivering the ~4 000 messages of each run would load the machine
 * for seconds and pollute the next runs.
 */
import { createCareRequestsAdapters } from '../src/adapters/care-requests.js';
import { openDatabase } from '../src/adapters/db/client.js';
import { createLogger } from '../src/adapters/logging/logger.js';
import { createCareRequestsService } from '../src/app/care-requests/index.js';
import { systemClock } from '../src/app/ports.js';
import { composeApp, startWorker } from '../src/compose.js';
import { loadConfig } from '../src/config/index.js';

const JOBS_INTERVAL_MS = 2000;

const config = loadConfig();
const database = await openDatabase(config.database);
const logger = createLogger('silent');
const app = await composeApp({ config, database, logger });
await app.listen({ host: config.host, port: config.port });
const careRequests = createCareRequestsService({ ...createCareRequestsAdapters(config, database.db), clock: systemClock });
const worker = await startWorker(database, () => careRequests.runDueJobs(), JOBS_INTERVAL_MS, logger);
const address = app.server.address();
console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : null }));

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  // Open SSE streams would keep close() waiting: end them with the process.
  void worker
    .stop()
    .then(() => Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 2000))]))
    .then(() => database.close())
    .finally(() => process.exit(0));
});

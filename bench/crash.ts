/**
 * Crash benchmark (`npm run bench -- --only crash`): the scenario of
 * `src/crash.cli.int.test.ts` (test/support/crash-scenario.ts) on PostgreSQL —
 * the real server as a child process on a scratch database, 200
 * déclenchements fired concurrently in waves of 25, SIGKILL once 60 have
 * answered 201, a restart on the same database — except that nothing is
 * simulated but the 10-minute deadline: the leases the killed process held
 * (one minute) run out as they would in production. Each run is checked (the
 * scenario's report) and measured: POSTs committed and failed, the outbox at
 * the kill, the time to drain it after the restart, duplicate SMS, the
 * deadline that fell while the server was down.
 */
import { crashScenario, type CrashReport } from '../test/support/crash-scenario.js';
import type { RecordFn } from './directory.js';

export interface CrashBenchOptions {
  readonly serverUrl: string;
  readonly runs: number;
  readonly requests: number;
}

const DRIVER = 'PostgreSQL 15';
const seconds = (ms: number | null): string => (ms === null ? 'never' : `${(ms / 1000).toFixed(1)} s`);
const millis = (ms: number | null): string => (ms === null ? 'never' : `${Math.round(ms)} ms`);

/** What must hold after every run (the test's assertions); a run that breaks one is reported as such. */
function problemsOf(r: CrashReport): string[] {
  const problems = [
    ...r.afterKill.committedProblems,
    ...r.afterKill.partial,
    ...r.final.smsNotSent,
    ...r.final.smsNeverReceived,
    ...r.final.providerIdMismatch,
    ...r.final.committedMissing.map((id) => `committed request ${id} missing`),
    ...r.final.offersWithoutSms,
    ...r.final.duplicates.filter((d) => d.violation).map((d) => `duplicate ${d.key}: ${d.cause}`),
    ...r.posts.otherStatus,
  ];
  if (r.afterKill.strayRequests > 0) problems.push(`${r.afterKill.strayRequests} stray requests`);
  if (r.final.pendingRows > 0) problems.push(`${r.final.pendingRows} rows still pending`);
  if (r.final.unmatchedHits > 0) problems.push(`${r.final.unmatchedHits} SMS matching no row`);
  if (!r.restart.deadlineFired || !r.restart.deadlineTimeline) problems.push('the deadline did not fire');
  return problems;
}

export async function crashBench(options: CrashBenchOptions, record: RecordFn): Promise<string> {
  const reports: CrashReport[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const scenario = crashScenario({
      driver: 'pg',
      serverUrl: options.serverUrl,
      requests: options.requests,
      waveSize: 25,
      waveIntervalMs: 30,
      killAfterCommitted: Math.round(options.requests * 0.3),
      expireLeases: false,
      drainTimeoutMs: 180_000,
      log: (message) => console.error(`[crash ${run}/${options.runs}] ${message}`),
    });
    try {
      reports.push(await scenario.run());
    } finally {
      await scenario.dispose();
    }
  }
  const each = (fn: (r: CrashReport) => string): string => reports.map(fn).join(' · ');
  record(DRIVER, `POSTs answered 201 (committed) / connection broken / refused, of ${options.requests}`, each((r) => `${r.posts.committed} / ${r.posts.broken} / ${r.posts.refused}`));
  record(DRIVER, 'from the first POST to the kill (201 rate)', each((r) => `${seconds(r.posts.stormMs)} (${((r.posts.committed * 1000) / r.posts.stormMs).toFixed(0)}/s)`));
  record(DRIVER, 'failed POSTs whose batch was committed whole (201 lost with the connection) / left partial', each((r) => `${r.afterKill.committedUnacknowledged} / ${r.afterKill.partial.length}`));
  record(DRIVER, 'committed requests missing or incomplete after the kill', each((r) => String(r.afterKill.committedProblems.length + r.final.committedMissing.length)));
  record(DRIVER, 'outbox at the kill: SMS rows (sent) · rows pending · leased by the killed process', each((r) => `${r.afterKill.smsRows} (${r.afterKill.smsSentBeforeKill}) · ${r.afterKill.pendingRows} · ${r.afterKill.leasedRows}`));
  record(DRIVER, 'committed requests whose offer messages were still to be written at the kill (their job pending)', each((r) => String(r.afterKill.offerMessagesPending)));
  record(DRIVER, 'restart: spawn to /readyz', each((r) => seconds(r.restart.startMs)));
  record(DRIVER, 'ready to the last row sent that was not leased at the kill', each((r) => seconds(r.restart.unleasedDeliveredMs)));
  record(DRIVER, 'ready to an empty outbox (leases of the killed process run out)', each((r) => seconds(r.restart.drainMs)));
  record(DRIVER, 'duplicate SMS: sent before the kill and not marked sent, resent / sent again after being marked sent', each((r) => `${r.final.duplicates.filter((d) => !d.violation).length} / ${r.final.duplicates.filter((d) => d.violation).length}`));
  record(DRIVER, 'SMS received by the gateway / SMS rows', each((r) => `${r.final.gatewayHits} / ${r.final.smsRows}`));
  record(DRIVER, 'deadline fallen while down fired (delay after /readyz)', each((r) => (r.restart.deadlineFired ? `yes (${millis(r.restart.deadlineDelayMs)})` : 'no')));
  const failures = reports.flatMap((r, i) => problemsOf(r).map((p) => `run ${i + 1}: ${p}`));
  record(DRIVER, 'checks (the test’s assertions)', failures.length === 0 ? `all held in ${reports.length} runs` : failures.slice(0, 5).join('; '));
  return `Dataset: the demo territory (demo seed), ${options.requests} patients at 12 rue de la Paix, Évry (4 demo nurses each: an SMS and an e-mail per offer), plus one request with a 10-minute deadline; waves of 25 POSTs every 30 ms, SIGKILL at the ${Math.round(options.requests * 0.3)}th 201; worker every 200 ms; SMS to a local fake Brevo gateway; ${reports.length} runs (values per run, separated by ·)`;
}

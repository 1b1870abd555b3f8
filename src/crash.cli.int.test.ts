/**
 * DESIGN's promises across a `kill -9` of the real server (test/support/crash-scenario.ts):
 * 200 déclenchements fired concurrently in waves, SIGKILL in their middle, a
 * restart on the same database. On a scratch PostgreSQL database when
 * TEST_DATABASE_URL is set, otherwise on a PGlite data dir. Runs in the PGlite
 * project only (it spawns the server), like the other *.cli.int.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashScenario, type CrashReport } from '../test/support/crash-scenario.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const scenario = crashScenario({
  driver: serverUrl ? 'pg' : 'pglite',
  ...(serverUrl ? { serverUrl } : {}),
  requests: 200,
  waveSize: 25,
  waveIntervalMs: 30,
  killAfterCommitted: 60,
  // The dead process's leases (one minute) are ended while it is down, as the
  // deadline is moved: the test simulates the time passing instead of waiting.
  expireLeases: true,
  drainTimeoutMs: 30_000,
  log: (message) => console.log(`[crash] ${message}`),
});

describe(`kill -9 in the middle of 200 déclenchements, then a restart (${serverUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let report: CrashReport;

  beforeAll(async () => {
    report = await scenario.run();
    const duplicates = report.final.duplicates.map((d) => `${d.key}: ${d.cause}`);
    console.log(`[crash] ${report.final.gatewayHits} SMS for ${report.final.smsRows} rows; duplicates: ${duplicates.length === 0 ? 'none' : duplicates.join('; ')}`);
  }, 100_000);
  afterAll(() => scenario.dispose(), 30_000);

  it('kills the server with POSTs committed and POSTs failed', () => {
    expect(report.posts.committed).toBeGreaterThanOrEqual(60);
    expect(report.posts.broken + report.posts.refused).toBeGreaterThan(0);
    expect(report.posts.committed + report.posts.broken + report.posts.refused).toBe(report.posts.total);
    expect(report.posts.otherStatus).toEqual([]);
  });

  it('keeps every 201 whole (request, round, offers, deadline job, an SMS per offer or the job writing them) and nothing of a failed POST but whole batches', () => {
    expect(report.afterKill.committedProblems).toEqual([]);
    expect(report.afterKill.partial).toEqual([]);
    expect(report.afterKill.strayRequests).toBe(0);
    // A POST whose connection broke after its COMMIT and before its 201 reached the
    // client leaves a complete batch: the data are right, the client cannot know.
    expect(report.afterKill.committedUnacknowledged).toBeLessThanOrEqual(report.posts.broken);
    expect(report.final.committedMissing).toEqual([]);
  });

  it('fires after the restart a deadline that fell while the server was down', () => {
    expect(report.restart.deadlineFired, report.output).toBe(true);
    expect(report.restart.deadlineTimeline).toBe(true);
  });

  it('drains the outbox after the restart: every SMS row sent, each received once, none sent again after being marked sent', () => {
    expect(report.restart.drainMs, report.output).not.toBeNull();
    expect(report.restart.stopCode).toBe(0);
    expect(report.final.pendingRows).toBe(0);
    expect(report.final.offersWithoutSms).toEqual([]);
    expect(report.final.smsRows).toBeGreaterThan(report.posts.committed);
    expect(report.final.smsNotSent).toEqual([]);
    expect(report.final.smsNeverReceived).toEqual([]);
    expect(report.final.providerIdMismatch).toEqual([]);
    expect(report.final.unmatchedHits).toBe(0);
    // A row the killed process sent without marking it sent may go out again
    // (at-least-once); it must be the only kind of duplicate.
    expect(report.final.duplicates.filter((d) => d.violation)).toEqual([]);
    expect(report.final.gatewayHits).toBe(report.final.smsRows + report.final.duplicates.reduce((n, d) => n + d.hits - 1, 0));
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/db.js';
import type { DatabaseHandle } from './client.js';

const CHANNEL = 'declic_test_listen';

describe('LISTEN on a channel of its own', () => {
  let database: DatabaseHandle;
  const events: string[] = [];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    database = await createTestDatabase();
    stop = await database.listen(
      CHANNEL,
      (payload) => events.push(`payload:${payload ?? ''}`),
      () => events.push('error'),
      () => events.push('listening'),
    );
  });
  afterAll(async () => {
    await stop();
    await database.close();
  });

  const notify = (payload: string) => database.db.execute(sql`select pg_notify(${CHANNEL}, ${payload})`);

  it('says when it listens, then hands over what is notified on commit', async () => {
    expect(events).toEqual(['listening']);
    await notify('a');
    await expect.poll(() => events, { timeout: 5_000 }).toContain('payload:a');
  });

  it('listens again after its connection is lost, and says so (what was notified meanwhile is lost)', async () => {
    if (database.driver === 'pglite') {
      // In process: there is no connection to lose; it said once that it listens.
      expect(events.filter((e) => e === 'listening')).toHaveLength(1);
      return;
    }
    await database.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = ${`LISTEN ${CHANNEL}`}`);
    await expect.poll(() => events.filter((e) => e === 'listening').length, { timeout: 10_000 }).toBe(2);
    expect(events).toContain('error');
    await notify('b');
    await expect.poll(() => events, { timeout: 5_000 }).toContain('payload:b');
  });
});

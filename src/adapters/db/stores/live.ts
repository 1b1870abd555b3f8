import { sql } from 'drizzle-orm';
import type { LiveEvent, LivePublisher } from '../../../app/care-requests/ports.js';
import type { Db } from '../client.js';
import { arrayLiteral } from './sql-arrays.js';

/** The NOTIFY channel of live events. */
export const LIVE_CHANNEL = 'declic_live';

/** User ids per NOTIFY: a payload stays under PostgreSQL's 8 000 bytes. */
const IDS_PER_NOTIFY = 150;

/** What travels in a NOTIFY payload (short keys: the payload is small). */
export interface LiveWire {
  /** type */
  readonly t: LiveEvent['type'];
  /** care request id */
  readonly r: string;
  /** user ids */
  readonly u: readonly string[];
}

/** Publishes live events with pg_notify: delivered to every instance's listener when the transaction commits, never if it rolls back. */
export function createLivePublisher(db: Db): LivePublisher {
  return {
    async publish(event) {
      const userIds = [...new Set(event.userIds)];
      const payloads: string[] = [];
      for (let i = 0; i < userIds.length; i += IDS_PER_NOTIFY) {
        const wire: LiveWire = { t: event.type, r: event.careRequestId, u: userIds.slice(i, i + IDS_PER_NOTIFY) };
        payloads.push(JSON.stringify(wire));
      }
      if (payloads.length === 0) return;
      // One round trip for all the chunks (2 000 users make 14 notifications).
      await db.execute(sql`select pg_notify(${LIVE_CHANNEL}, p) from unnest(${arrayLiteral(payloads)}::text[]) as p`);
    },
  };
}

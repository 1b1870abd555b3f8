import type { LiveHub, LiveMessage } from '../../app/live.js';
import type { DatabaseHandle } from '../db/client.js';
import { LIVE_CHANNEL, type LiveWire } from '../db/stores/live.js';

type Deliver = (message: LiveMessage) => void;

/** A LiveHub fed by LISTEN on the database: every instance hears every commit's events. */
export interface ListeningHub extends LiveHub {
  /** Stops listening (server shutdown). */
  close(): Promise<void>;
}

function parse(payload: string | undefined): LiveWire | null {
  if (!payload) return null;
  try {
    const wire = JSON.parse(payload) as Partial<LiveWire>;
    return typeof wire.t === 'string' && typeof wire.r === 'string' && Array.isArray(wire.u) ? (wire as LiveWire) : null;
  } catch {
    return null;
  }
}

/**
 * Listens on the live channel (PGlite's `listen`, or a connection of its own
 * running LISTEN on PostgreSQL) and hands each event to the streams of the
 * users it names.
 */
export async function startLiveHub(database: DatabaseHandle, onError: (error: unknown) => void): Promise<ListeningHub> {
  const streams = new Map<string, Set<Deliver>>();
  const dispatch = (payload: string | undefined) => {
    const wire = parse(payload);
    if (!wire) return;
    const message: LiveMessage = { type: wire.t, careRequestId: wire.r };
    for (const userId of wire.u) for (const deliver of streams.get(userId) ?? []) deliver(message);
  };
  const stop = await database.listen(LIVE_CHANNEL, dispatch, onError);
  return {
    subscribe(userId, deliver) {
      const set = streams.get(userId) ?? new Set<Deliver>();
      set.add(deliver);
      streams.set(userId, set);
      return () => {
        set.delete(deliver);
        if (set.size === 0) streams.delete(userId);
      };
    },
    async close() {
      // The database may already be closed (tests, a failed start): nothing left to stop then.
      await stop().catch(() => undefined);
    },
  };
}

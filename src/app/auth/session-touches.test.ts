import { describe, expect, it } from 'vitest';
import type { SessionTouch } from './ports.js';
import { createSessionTouches, TOUCH_FLUSH_MS } from './session-touches.js';

const touchOf = (tokenHash: string, minute: number): SessionTouch => ({
  tokenHash,
  lastSeenAt: new Date(Date.UTC(2026, 2, 1, 10, minute)),
  expiresAt: new Date(Date.UTC(2026, 2, 1, 22, minute)),
});

/** A queue over a store recording its calls (the `call`th answers `answer(call)`), with its timers run by hand. */
function setUp(answer: (call: number) => Promise<void> = async () => undefined) {
  const writes: SessionTouch[][] = [];
  const errors: string[] = [];
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  const touches = createSessionTouches(
    {
      touchMany: (batch) => {
        writes.push([...batch]);
        return answer(writes.length);
      },
    },
    (errorCode) => errors.push(errorCode),
    (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => void (timer.cancelled = true);
    },
  );
  /** Runs the timer pending now, as its delay would, and waits for its write. */
  const tick = async () => {
    timers.at(-1)?.run();
    await touches.flush();
  };
  return { touches, writes, errors, timers, tick };
}

describe('session touches', () => {
  it('writes nothing during the request, then every queued touch in one call when the timer started by the first fires', async () => {
    const q = setUp();
    q.touches.record(touchOf('a', 1));
    q.touches.record(touchOf('b', 1));
    q.touches.record(touchOf('a', 2));
    expect(q.writes).toEqual([]);
    expect(q.timers.map((t) => t.ms)).toEqual([TOUCH_FLUSH_MS]);
    await q.tick();
    // The later touch of a session replaces its earlier one.
    expect(q.writes).toEqual([[touchOf('a', 2), touchOf('b', 1)]]);

    // The next touch starts the next timer.
    q.touches.record(touchOf('c', 3));
    expect(q.timers).toHaveLength(2);
    await q.tick();
    expect(q.writes).toEqual([[touchOf('a', 2), touchOf('b', 1)], [touchOf('c', 3)]]);
  });

  it('flush (at shutdown) writes what is queued at once and stops the timer; with nothing queued it writes nothing', async () => {
    const q = setUp();
    await q.touches.flush();
    expect(q.writes).toEqual([]);
    q.touches.record(touchOf('a', 1));
    await q.touches.flush();
    expect(q.writes).toEqual([[touchOf('a', 1)]]);
    expect(q.timers[0]?.cancelled).toBe(true);
    await q.touches.flush();
    expect(q.writes).toHaveLength(1);
  });

  it('flush waits for a write already under way', async () => {
    let finish = () => {};
    const q = setUp(() => new Promise<void>((resolve) => (finish = resolve)));
    q.touches.record(touchOf('a', 1));
    q.timers[0]?.run();
    let flushed = false;
    const flush = q.touches.flush().then(() => (flushed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(q.writes).toEqual([[touchOf('a', 1)]]);
    expect(flushed).toBe(false);
    finish();
    await flush;
    expect(flushed).toBe(true);
  });

  it('reports a failed write by its code only, and drops its touches', async () => {
    // As the query builder throws: the message quotes the statement's values, the driver's error (cause) has the code.
    const failure = new Error('Failed query: update sessions … params: {"a"}', { cause: Object.assign(new Error('terminating connection'), { code: '57P01' }) });
    const q = setUp(async (call) => {
      if (call === 1) throw failure;
      if (call === 2) throw new Error('no code');
    });
    q.touches.record(touchOf('a', 1));
    await q.tick();
    q.touches.record(touchOf('b', 2));
    await q.tick();
    expect(q.errors).toEqual(['57P01', 'unknown']);
    q.touches.record(touchOf('c', 3));
    await q.tick();
    expect(q.writes).toEqual([[touchOf('a', 1)], [touchOf('b', 2)], [touchOf('c', 3)]]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startJobWorker, WAKE_DELAY_MS } from './jobs-worker.js';

describe('job worker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A pass that stays running until `finish()` and reports `ran` jobs. */
  function controlledPasses() {
    const started: (() => void)[] = [];
    const pass = vi.fn(
      () =>
        new Promise<number>((resolve) => {
          started.push(() => resolve(0));
        }),
    );
    const finish = async () => {
      started.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
    };
    return { pass, finish };
  }

  it('polls every interval, one pass at a time', async () => {
    const { pass, finish } = controlledPasses();
    const worker = startJobWorker(pass, { intervalMs: 1000, batchSize: 10, onError: () => undefined });
    await vi.advanceTimersByTimeAsync(999);
    expect(pass).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(pass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(pass).toHaveBeenCalledTimes(1);
    await finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(pass).toHaveBeenCalledTimes(2);
    await finish();
    await worker.stop();
  });

  it('runs one pass shortly after being woken while idle, however many wakes', async () => {
    const { pass, finish } = controlledPasses();
    const worker = startJobWorker(pass, { intervalMs: 60_000, batchSize: 10, onError: () => undefined });
    worker.wake();
    await vi.advanceTimersByTimeAsync(WAKE_DELAY_MS - 1);
    worker.wake();
    expect(pass).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(pass).toHaveBeenCalledTimes(1);
    await finish();
    await worker.stop();
  });

  it('runs one more pass right after the current one when woken during it, however many times', async () => {
    const { pass, finish } = controlledPasses();
    const worker = startJobWorker(pass, { intervalMs: 60_000, batchSize: 10, onError: () => undefined });
    worker.wake();
    await vi.advanceTimersByTimeAsync(WAKE_DELAY_MS);
    worker.wake();
    worker.wake();
    expect(pass).toHaveBeenCalledTimes(1);
    await finish();
    expect(pass).toHaveBeenCalledTimes(2);
    await finish();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(pass).toHaveBeenCalledTimes(2);
    await worker.stop();
  });

  it('ignores a wake after stop', async () => {
    const { pass } = controlledPasses();
    const worker = startJobWorker(pass, { intervalMs: 60_000, batchSize: 10, onError: () => undefined });
    await worker.stop();
    worker.wake();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(pass).not.toHaveBeenCalled();
  });
});

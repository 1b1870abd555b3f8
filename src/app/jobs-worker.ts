/**
 * A woken worker waits this long before its pass: the commits of a burst share one pass, and the
 * live events of the transaction that woke it (offers to 2 000 professionals) reach their streams
 * before the pass takes the CPU to write that round's messages.
 */
export const WAKE_DELAY_MS = 100;

/** A loop that runs due jobs every `intervalMs`, one pass at a time, until stopped. */
export interface JobWorker {
  /** Runs a pass soon (a job was scheduled): WAKE_DELAY_MS from now when idle, right after the current pass otherwise. */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * Polls `runDueJobs` (which claims jobs in the database, so several instances
 * can poll together). A pass that ran a full batch is followed at once by
 * another; a failing pass is reported and the loop goes on.
 */
export function startJobWorker(runDueJobs: () => Promise<number>, options: { intervalMs: number; batchSize: number; onError: (error: unknown) => void }): JobWorker {
  let stopped = false;
  let running = false;
  let wokenWhileRunning = false;
  let wakePending = false;
  let timer: NodeJS.Timeout | null = null;
  let pass: Promise<void> = Promise.resolve();
  const schedule = (delayMs: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
  };
  const tick = () => {
    timer = null;
    wakePending = false;
    running = true;
    wokenWhileRunning = false;
    pass = (async () => {
      let ran = 0;
      try {
        ran = await runDueJobs();
      } catch (error) {
        options.onError(error);
      }
      running = false;
      if (!stopped) schedule(ran >= options.batchSize || wokenWhileRunning ? 0 : options.intervalMs);
    })();
  };
  schedule(options.intervalMs);
  return {
    wake() {
      if (stopped) return;
      if (running) wokenWhileRunning = true;
      else if (!wakePending) {
        wakePending = true;
        schedule(WAKE_DELAY_MS);
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await pass;
    },
  };
}

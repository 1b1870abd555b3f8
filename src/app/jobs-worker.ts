/** A loop that runs due jobs every `intervalMs`, one pass at a time, until stopped. */
export interface JobWorker {
  stop(): Promise<void>;
}

/**
 * Polls `runDueJobs` (which claims jobs in the database, so several instances
 * can poll together). A pass that ran a full batch is followed at once by
 * another; a failing pass is reported and the loop goes on.
 */
export function startJobWorker(runDueJobs: () => Promise<number>, options: { intervalMs: number; batchSize: number; onError: (error: unknown) => void }): JobWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let pass: Promise<void> = Promise.resolve();
  const tick = () => {
    pass = (async () => {
      let ran = 0;
      try {
        ran = await runDueJobs();
      } catch (error) {
        options.onError(error);
      }
      if (!stopped) timer = setTimeout(tick, ran >= options.batchSize ? 0 : options.intervalMs);
    })();
  };
  timer = setTimeout(tick, options.intervalMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await pass;
    },
  };
}

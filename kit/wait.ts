/**
 * Polling instead of fixed sleeps: a fault test waits exactly as long as the condition takes, so it
 * stays fast on an idle machine and still passes on a loaded 2-core one.
 */
export async function waitUntil<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 10_000,
  intervalMs = 20,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/**
 * Waits until a scheduled job of the app has finished `runs` more runs than when called: "several
 * more ticks" without guessing how long they take.
 */
export async function waitForJobRuns(
  app: { scheduler: { status(): Record<string, { lastFinishedAt: Date | null }> } },
  job: string,
  runs: number,
  timeoutMs = 15_000,
): Promise<void> {
  const seen = new Set<number>();
  const last = () => app.scheduler.status()[job]?.lastFinishedAt?.getTime() ?? null;
  const start = last();
  await waitUntil(
    () => {
      const finished = last();
      if (finished !== null && finished !== start) seen.add(finished);
      return seen.size >= runs;
    },
    `${runs} more runs of ${job}`,
    timeoutMs,
  );
}

/** A pause for code that must let time pass on purpose (a slow handler, a pacing load); never to wait for something. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Counts log lines matching `predicate`; a log array is what both the in-process and child bots expose. */
export function countLogs(logs: readonly Record<string, unknown>[], predicate: (line: Record<string, unknown>) => boolean): number {
  return logs.filter(predicate).length;
}

/**
 * Resolves when `count` log lines matching `predicate` have been written since the call, so a test
 * waits for the event itself instead of sleeping.
 */
export async function waitForLogs(
  run: { logs: readonly Record<string, unknown>[] },
  predicate: (line: Record<string, unknown>) => boolean,
  count = 1,
  timeoutMs = 10_000,
): Promise<void> {
  const start = run.logs.length;
  await waitUntil(() => run.logs.slice(start).filter(predicate).length >= count, `${count} matching log lines`, timeoutMs);
}

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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Counts log lines matching `predicate`; a log array is what both the in-process and child bots expose. */
export function countLogs(logs: readonly Record<string, unknown>[], predicate: (line: Record<string, unknown>) => boolean): number {
  return logs.filter(predicate).length;
}

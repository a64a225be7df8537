import type { BotRun } from '../../kit/bot-harness.ts';

/** A clock that runs at real speed from `start` and can be moved forward by a test. */
export class MovableClock {
  private offset: number;

  constructor(start: Date) {
    this.offset = start.getTime() - Date.now();
  }

  now = (): Date => new Date(Date.now() + this.offset);

  advance(ms: number): void {
    this.offset += ms;
  }
}

/**
 * Resolves when the bot has written `count` log lines matching `predicate` (counted from when this
 * is called), so a test waits for the event itself instead of sleeping.
 */
export function waitForLogs(run: BotRun, predicate: (line: Record<string, unknown>) => boolean, count = 1, timeoutMs = 10_000): Promise<void> {
  const start = run.logs.length;
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const check = () => {
      const seen = run.logs.slice(start).filter(predicate).length;
      if (seen >= count) return resolve();
      if (Date.now() > deadline) return reject(new Error(`saw ${seen} of ${count} expected log lines within ${timeoutMs} ms`));
      setTimeout(check, 20);
    };
    check();
  });
}

export const tickDone = (job: string) => (line: Record<string, unknown>) => line.job === job && line.msg === 'tick done';

interface Waiter {
  /** Returns true once the waiter has settled. */
  check: () => boolean;
  abort: (reason: string) => void;
}

/**
 * Lets tests wait for a condition on the double's state without polling: every state change calls
 * `notify()`, which re-runs the pending probes.
 */
export class Notifier {
  private readonly waiters = new Set<Waiter>();
  private closedReason: string | null = null;

  notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  /**
   * Resolves with the first non-undefined value of `probe`. A probe that throws rejects the wait,
   * which is how callers report a condition that can no longer come true.
   */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, describeTimeout: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.closedReason !== null) {
        reject(new Error(this.closedReason));
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        outcome();
        return true;
      };
      const waiter: Waiter = {
        check: () => {
          let value: T | undefined;
          try {
            value = probe();
          } catch (error) {
            return settle(() => reject(error instanceof Error ? error : new Error(String(error))));
          }
          return value === undefined ? false : settle(() => resolve(value));
        },
        abort: (reason) => settle(() => reject(new Error(reason))),
      };
      if (waiter.check()) return;
      this.waiters.add(waiter);
      timer = setTimeout(() => waiter.abort(describeTimeout()), timeoutMs);
    });
  }

  /** Rejects every pending wait: a closed double can never satisfy them. */
  close(reason: string): void {
    this.closedReason = reason;
    for (const waiter of [...this.waiters]) waiter.abort(reason);
  }
}

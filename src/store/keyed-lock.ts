/**
 * Serialises work per key inside this process: two clicks of one member (or two members counting
 * into one server's tally) never interleave their read-modify-write of the same record.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.finally(() => {
      // Only the last waiter clears the entry, so the map does not grow with every member ever seen.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

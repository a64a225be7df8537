import type { KeyValueStore } from '../src/store/key-value-store.ts';

export interface WriteLog {
  /** Keys set or deleted since the last reset, in order. */
  readonly keys: string[];
  reset(): void;
}

/**
 * Records every key written through this store instance. Every typed store (settings, decks,
 * tallies, stashed queries) writes through the one KeyValueStore, so nothing escapes the log.
 */
export function recordWrites(kv: KeyValueStore): WriteLog {
  const keys: string[] = [];
  const set = kv.set.bind(kv);
  const remove = kv.delete.bind(kv);
  kv.set = async <T>(key: string, value: T) => {
    keys.push(key);
    return set(key, value);
  };
  kv.delete = async (key: string) => {
    keys.push(key);
    return remove(key);
  };
  return {
    keys,
    reset: () => {
      keys.length = 0;
    },
  };
}

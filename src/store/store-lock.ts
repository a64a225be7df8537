import crypto from 'node:crypto';
import type { KeyvStoreAdapter } from 'keyv';
import { StoreUnavailableError, type KeyValueStore } from './key-value-store.ts';
import { KeyedLock } from './keyed-lock.ts';

/**
 * Mutual exclusion per name for read-modify-write of one record (a member's deck, a server's
 * tallies). With Redis and PostgreSQL it holds across every process that shares the store, so two
 * shards rating for the same member never overwrite each other's review; SQLite and memory belong
 * to one process, where an in-process queue is all it takes.
 */
export interface StoreLock {
  run<T>(name: string, work: () => Promise<T>): Promise<T>;
}

export interface StoreLockOptions {
  /**
   * How long a holder keeps the lock without releasing it: a process killed inside the critical
   * section blocks that one record for at most this long. Longer than the worst case of the few
   * store operations inside (each gives up after the store timeout).
   */
  leaseMs?: number;
  /**
   * How long to wait for a busy lock before telling the member the store is unavailable. Generous:
   * the interaction is deferred long before, and a burst on one member queues behind each other.
   */
  waitMs?: number;
}

/** One attempt to take or give back a named lease, atomically in the backend. */
interface LeaseBackend {
  tryAcquire(name: string, owner: string, ttlMs: number): Promise<boolean>;
  release(name: string, owner: string): Promise<boolean>;
}

export function createStoreLock(store: KeyValueStore, options: StoreLockOptions = {}): StoreLock {
  const local = new KeyedLock();
  const backend = leaseBackend(store);
  if (!backend) return { run: (name, work) => local.run(name, work) };
  const shared = new SharedLock(store, backend, options.leaseMs ?? 15_000, options.waitMs ?? 10_000);
  // The in-process queue first: waiters of this process take turns without polling the store.
  return { run: (name, work) => local.run(name, () => shared.run(name, work)) };
}

class SharedLock {
  constructor(
    private readonly store: KeyValueStore,
    private readonly backend: LeaseBackend,
    private readonly leaseMs: number,
    private readonly waitMs: number,
  ) {}

  async run<T>(name: string, work: () => Promise<T>): Promise<T> {
    const owner = crypto.randomUUID();
    await this.acquire(name, owner);
    const startedAt = Date.now();
    try {
      return await work();
    } finally {
      const held = await this.store
        .run(`unlock ${name}`, () => this.backend.release(name, owner))
        .catch((error: unknown) => {
          // An unreleased lock expires with its lease; the work itself is done and stays done.
          this.store.logger.warn({ err: error, lock: name }, 'could not release a store lock; it expires with its lease');
          return true;
        });
      // Outliving the lease means another process may have written in between: worth an operator's look.
      if (!held) this.store.logger.error({ lock: name, heldMs: Date.now() - startedAt, leaseMs: this.leaseMs }, 'a store lock was held past its lease');
    }
  }

  private async acquire(name: string, owner: string): Promise<void> {
    const deadline = Date.now() + this.waitMs;
    for (let attempt = 0; ; attempt++) {
      if (await this.store.run(`lock ${name}`, () => this.backend.tryAcquire(name, owner, this.leaseMs))) return;
      if (Date.now() >= deadline) throw new StoreUnavailableError(`lock ${name} (still held by another process after ${this.waitMs} ms)`);
      // Short and jittered: a deck change takes a few milliseconds, and two waiters must not retry in step.
      const backoff = Math.min(20, 2 + attempt);
      await new Promise((resolve) => setTimeout(resolve, backoff / 2 + Math.random() * backoff));
    }
  }
}

interface RedisLockClient {
  set(key: string, value: string, options: { NX: true; PX: number }): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

type PgQuery = (sql: string, values: unknown[]) => Promise<{ owner?: string }[]>;

const REDIS_RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

function leaseBackend(store: KeyValueStore): LeaseBackend | null {
  const adapter = store.backend as (KeyvStoreAdapter & { query?: unknown; getClient?: () => Promise<unknown> }) | null;
  switch (store.kind) {
    case 'redis': {
      const client = () => adapter!.getClient!() as Promise<RedisLockClient>;
      const key = (name: string) => `studycards:lock:${name}`;
      return {
        async tryAcquire(name, owner, ttlMs) {
          return (await (await client()).set(key(name), owner, { NX: true, PX: ttlMs })) === 'OK';
        },
        async release(name, owner) {
          return Number(await (await client()).eval(REDIS_RELEASE, { keys: [key(name)], arguments: [owner] })) === 1;
        },
      };
    }
    case 'postgres': {
      const query: PgQuery = (sql, values) => (adapter!.query as PgQuery)(sql, values);
      let ready: Promise<unknown> | null = null;
      const ensureTable = () =>
        (ready ??= query(
          'CREATE TABLE IF NOT EXISTS studycards_locks (name VARCHAR(255) PRIMARY KEY, owner VARCHAR(64) NOT NULL, expires BIGINT NOT NULL)',
          [],
        ).catch((error: unknown) => {
          ready = null;
          throw error;
        }));
      return {
        async tryAcquire(name, owner, ttlMs) {
          await ensureTable();
          const now = Date.now();
          // One statement: a free name is inserted, an expired one taken over, a held one left alone.
          const rows = await query(
            `INSERT INTO studycards_locks (name, owner, expires) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, expires = EXCLUDED.expires
             WHERE studycards_locks.expires < $4
             RETURNING owner`,
            [name, owner, now + ttlMs, now],
          );
          return rows[0]?.owner === owner;
        },
        async release(name, owner) {
          const rows = await query('DELETE FROM studycards_locks WHERE name = $1 AND owner = $2 RETURNING owner', [name, owner]);
          return rows.length === 1;
        },
      };
    }
    case 'sqlite':
    case 'memory':
      return null;
  }
}

import crypto from 'node:crypto';
import type { KeyvStoreAdapter } from 'keyv';
import type { KeyValueStore } from './key-value-store.ts';

/**
 * Claims a name for a while, atomically across every process that shares the store, so that a
 * scheduled tick runs in one shard only. Keyv has no "set if absent", so each backend uses its own:
 * Redis SET NX PX, an INSERT that ignores conflicts in SQLite and PostgreSQL, a Map in memory.
 */
export interface Leases {
  tryAcquire(name: string, ttlMs: number): Promise<boolean>;
}

type Query = (sql: string, ...params: unknown[]) => Promise<{ owner?: string }[]>;

export function createLeases(store: KeyValueStore): Leases {
  const leases = backendLeases(store);
  // Claims bypass keyv, so they take the store's timeout here: while Redis is down its client
  // queues commands forever, and a tick must fail (and say so) rather than wait for it.
  return { tryAcquire: (name, ttlMs) => store.run(`lease ${name}`, () => leases.tryAcquire(name, ttlMs)) };
}

function backendLeases(store: KeyValueStore): Leases {
  const adapter = store.backend as (KeyvStoreAdapter & { query?: unknown; getClient?: () => Promise<unknown> }) | null;
  switch (store.kind) {
    case 'redis':
      return new RedisLeases(() => adapter!.getClient!() as Promise<RedisSetNx>);
    case 'sqlite':
      return new SqlLeases((sql, ...params) => (adapter!.query as Query)(sql, ...params), 'sqlite');
    case 'postgres':
      return new SqlLeases((sql, ...params) => (adapter!.query as (sql: string, values: unknown[]) => Promise<{ owner?: string }[]>)(sql, params), 'postgres');
    case 'memory':
      return new MemoryLeases();
  }
}

interface RedisSetNx {
  set(key: string, value: string, options: { NX: true; PX: number }): Promise<string | null>;
}

class RedisLeases implements Leases {
  constructor(private readonly client: () => Promise<RedisSetNx>) {}

  async tryAcquire(name: string, ttlMs: number): Promise<boolean> {
    const client = await this.client();
    return (await client.set(`studycards:lease:${name}`, crypto.randomUUID(), { NX: true, PX: ttlMs })) === 'OK';
  }
}

class SqlLeases implements Leases {
  private ready: Promise<unknown> | null = null;

  constructor(
    private readonly query: Query,
    private readonly dialect: 'sqlite' | 'postgres',
  ) {}

  private placeholder(i: number): string {
    return this.dialect === 'postgres' ? `$${i}` : '?';
  }

  async tryAcquire(name: string, ttlMs: number): Promise<boolean> {
    this.ready ??= this.query(
      'CREATE TABLE IF NOT EXISTS studycards_leases (name VARCHAR(255) PRIMARY KEY, owner VARCHAR(64) NOT NULL, expires BIGINT NOT NULL)',
    );
    await this.ready;
    const now = Date.now();
    const owner = crypto.randomUUID();
    const p = (i: number) => this.placeholder(i);
    await this.query(`DELETE FROM studycards_leases WHERE name = ${p(1)} AND expires < ${p(2)}`, name, now);
    const insert =
      this.dialect === 'postgres'
        ? `INSERT INTO studycards_leases (name, owner, expires) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING`
        : `INSERT OR IGNORE INTO studycards_leases (name, owner, expires) VALUES (?, ?, ?)`;
    await this.query(insert, name, owner, now + ttlMs);
    const rows = await this.query(`SELECT owner FROM studycards_leases WHERE name = ${p(1)}`, name);
    return rows[0]?.owner === owner;
  }
}

class MemoryLeases implements Leases {
  private readonly held = new Map<string, number>();

  async tryAcquire(name: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const expires = this.held.get(name);
    if (expires !== undefined && expires > now) return false;
    this.held.set(name, now + ttlMs);
    return true;
  }
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { Logger } from 'pino';
import type { StoreLocation } from '../config.ts';

/** The store did not answer in time or failed: the member gets "temporarily unavailable". */
export class StoreUnavailableError extends Error {
  constructor(operation: string, cause?: unknown) {
    super(`store unavailable during ${operation}${cause ? `: ${(cause as Error).message ?? cause}` : ''}`, { cause });
  }
}

export interface KeyValueStoreOptions {
  /** Every operation fails after this long instead of hanging (a stopped Redis queues commands forever). */
  operationTimeoutMs?: number;
}

/**
 * The one place that knows keyv. Typed accessors (settings, ledgers, decks) sit on top and never
 * build raw keys outside their own module.
 */
export class KeyValueStore {
  private readonly timeoutMs: number;
  /** Whether the last operation failed: the store is down or not answering. */
  private unreachable = false;
  /** Set once a shutdown begins: from then on, a store found unreachable is given up on at once. */
  private stopping = false;
  private gaveUp = false;
  /** Fails an operation still waiting for the store; one per operation in flight. */
  private readonly waiting = new Set<(error: StoreUnavailableError) => void>();

  private constructor(
    private readonly keyv: Keyv,
    readonly kind: StoreLocation['kind'],
    private readonly adapter: KeyvStoreAdapter | null,
    options: KeyValueStoreOptions,
    /** For code built on the store that has something to report but no logger of its own. */
    readonly logger: Logger,
  ) {
    this.timeoutMs = options.operationTimeoutMs ?? 3000;
  }

  static async open(location: StoreLocation, logger: Logger, options: KeyValueStoreOptions = {}): Promise<KeyValueStore> {
    const adapter = await createAdapter(location);
    // throwOnErrors: a failed read must never look like "not there yet", or a ledger would repost.
    const keyv = new Keyv({ store: adapter ?? new Map(), namespace: 'studycards', throwOnErrors: true });
    keyv.on('error', (error: unknown) => logger.warn({ err: error, store: location.kind }, 'store error'));
    const store = new KeyValueStore(keyv, location.kind, adapter, options, logger);
    try {
      await store.ping(); // fail at start-up, not at the first command
    } catch (error) {
      // "during set" alone does not tell an operator which store failed; a SQLite path is safe to name.
      const reason = error instanceof StoreUnavailableError && error.cause ? error.cause : error;
      throw new StoreUnavailableError(`opening ${location.kind === 'sqlite' ? location.path : `the ${location.kind} store`}`, reason);
    }
    return store;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.run('get', () => this.keyv.get<T>(key))) ?? undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    await this.run('set', () => this.keyv.set(key, value));
  }

  async delete(key: string): Promise<void> {
    await this.run('delete', () => this.keyv.delete(key));
  }

  /**
   * Writes and reads a probe key: proves the backend answers, for start-up and /healthz. The key is
   * unique per call, so processes (or concurrent checks) sharing one store never read each other's probe.
   */
  async ping(): Promise<void> {
    const stamp = crypto.randomUUID();
    const key = `health:probe:${stamp}`;
    // A minute to live: a probe left behind by a check that failed half-way does not stay forever.
    await this.run('set', () => this.keyv.set(key, stamp, 60_000));
    const read = await this.get<string>(key);
    if (read !== stamp) throw new StoreUnavailableError('ping', new Error('probe value did not round-trip'));
    await this.delete(key);
  }

  /**
   * Called when a shutdown begins. Work still running (a job's tick) may finish on a store that
   * answers; on one that does not, every waiting and later operation fails now instead of each
   * waiting out its timeout, so a shutdown is not held by ticks that could not record anything anyway.
   */
  beginShutdown(): void {
    this.stopping = true;
    if (this.unreachable) this.abandon();
  }

  private abandon(): void {
    if (this.gaveUp) return;
    this.gaveUp = true;
    for (const fail of this.waiting) fail(new StoreUnavailableError('shutdown (the store is unreachable; not waiting for it)'));
  }

  async close(): Promise<void> {
    if (this.gaveUp) {
      // Nothing answers: a graceful close would only wait out its timeout.
      await this.forceDisconnect();
      return;
    }
    try {
      // A graceful Redis close waits for every command queued during an outage, i.e. forever while
      // the server is down; shutdown must not hang on that.
      await this.run('close', () => this.keyv.disconnect());
    } catch {
      // Closing a connection that already died is not worth failing a shutdown over; drop it hard so
      // no reconnect timer outlives the store.
      await this.forceDisconnect();
    }
  }

  private async forceDisconnect(): Promise<void> {
    const forceable = this.adapter as { disconnect?: (force?: boolean) => Promise<void> } | null;
    await forceable?.disconnect?.(true).catch(() => undefined);
  }

  /**
   * Runs one backend call under the operation timeout. Public for code that must reach the adapter
   * itself (leases need "set if absent", which keyv lacks) and still must not hang on a dead store.
   */
  async run<T>(operation: string, action: () => Promise<T>): Promise<T> {
    if (this.gaveUp) throw new StoreUnavailableError(`${operation} (shutting down; the store is unreachable)`);
    let timer: NodeJS.Timeout | undefined;
    let fail: ((error: StoreUnavailableError) => void) | undefined;
    const timeout = new Promise<never>((_, reject) => {
      fail = reject;
      timer = setTimeout(() => reject(new StoreUnavailableError(`${operation} (no answer in ${this.timeoutMs} ms)`)), this.timeoutMs);
    });
    this.waiting.add(fail!);
    try {
      const result = await Promise.race([action(), timeout]);
      this.unreachable = false;
      return result;
    } catch (error) {
      this.unreachable = true;
      if (this.stopping) this.abandon();
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError(operation, error);
    } finally {
      this.waiting.delete(fail!);
      clearTimeout(timer);
    }
  }

  /** Exposed for adapters' own concerns (tests close the backend to simulate outages). */
  get backend(): KeyvStoreAdapter | null {
    return this.adapter;
  }
}

async function createAdapter(location: StoreLocation): Promise<KeyvStoreAdapter | null> {
  switch (location.kind) {
    case 'memory':
      return null;
    case 'sqlite': {
      try {
        fs.mkdirSync(path.dirname(location.path), { recursive: true });
        fs.accessSync(path.dirname(location.path), fs.constants.W_OK);
      } catch (error) {
        throw new StoreUnavailableError(
          `opening ${location.path}`,
          new Error(`the folder ${path.dirname(location.path)} cannot be created or written: ${(error as Error).message}`),
        );
      }
      const { default: KeyvSqlite } = await import('@keyv/sqlite');
      return new KeyvSqlite({ uri: `sqlite://${location.path}`, busyTimeout: 5000 });
    }
    case 'redis': {
      const { default: KeyvRedis } = await import('@keyv/redis');
      return new KeyvRedis(location.url, { throwOnConnectError: true, throwOnErrors: true, connectionTimeout: 3000 });
    }
    case 'postgres': {
      const { default: KeyvPostgres } = await import('@keyv/postgres');
      return new KeyvPostgres({ uri: location.url, connectionTimeoutMillis: 3000 });
    }
  }
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoreLocation } from '../../src/config.ts';
import { KeyValueStore, StoreUnavailableError } from '../../src/store/key-value-store.ts';
import { createStores } from '../../src/stores.ts';

const logger = pino({ level: 'silent' });
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const sqlitePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-store-')), 'nested', 'folder', 'store.sqlite');

const backends: [string, StoreLocation][] = [
  ['memory', { kind: 'memory' }],
  ['sqlite', { kind: 'sqlite', path: sqlitePath }],
  ['redis', { kind: 'redis', url: REDIS_URL }],
  ['postgres', { kind: 'postgres', url: POSTGRES_URL }],
];

const opened: KeyValueStore[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
});

async function open(location: StoreLocation, options = {}) {
  const store = await KeyValueStore.open(location, logger, options);
  opened.push(store);
  return store;
}

describe.each(backends)('%s store', (_name, location) => {
  // Unique per run, so leftovers in the shared local servers never decide a result.
  const run = crypto.randomUUID();

  it('round-trips values and reports absence as undefined', async () => {
    const store = await open(location);
    const value = { title: '最长连续序列', n: 128, nested: { list: [1, 2, 3] }, flag: true };
    await store.set(`t:${run}:v`, value);
    expect(await store.get(`t:${run}:v`)).toEqual(value);
    expect(await store.get(`t:${run}:missing`)).toBeUndefined();
    await store.delete(`t:${run}:v`);
    expect(await store.get(`t:${run}:v`)).toBeUndefined();
  });

  it('keeps typed records across a reopen (what a restart sees)', async () => {
    if (location.kind === 'memory') return; // memory:// is documented as forgetting everything
    const first = await open(location);
    const guild = `9${run.replace(/\D/g, '').slice(0, 17).padEnd(17, '1')}`;
    await createStores(first).guildSettings.update(guild, { quizTime: '09:30', timezone: 'Asia/Shanghai' });
    await first.close();
    const second = await open(location);
    expect(await createStores(second).guildSettings.get(guild)).toEqual({ quizTime: '09:30', timezone: 'Asia/Shanghai' });
  });

  it('answers a ping', async () => {
    const store = await open(location);
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('answers pings from two connections at once (two processes opening one store)', async () => {
    if (location.kind === 'memory') return; // one process's memory; nothing to share
    const [first, second] = await Promise.all([open(location), open(location)]);
    const pings: Promise<void>[] = [];
    for (let index = 0; index < 20; index++) {
      pings.push((index % 2 === 0 ? first : second).ping());
      // Started a moment apart, so each overlaps the next without the same millisecond.
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await expect(Promise.all(pings)).resolves.toHaveLength(20);
  });
});

describe('store failures', () => {
  it('creates the SQLite file and its folder on first start', () => {
    expect(fs.existsSync(sqlitePath)).toBe(true);
  });

  it('refuses an unwritable SQLite path at start-up with a clear message', async () => {
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-ro-')), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    await expect(KeyValueStore.open({ kind: 'sqlite', path: path.join(blocker, 'store.sqlite') }, logger)).rejects.toThrow(/cannot be created or written/);
  });

  it('fails fast with StoreUnavailableError when Redis is not there', async () => {
    const started = Date.now();
    await expect(KeyValueStore.open({ kind: 'redis', url: 'redis://127.0.0.1:1' }, logger, { operationTimeoutMs: 1000 })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

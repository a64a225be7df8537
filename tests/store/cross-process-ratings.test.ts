import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoreLocation } from '../../src/config.ts';
import { KeyValueStore } from '../../src/store/key-value-store.ts';
import { createStores } from '../../src/stores.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const WORKER = path.join(import.meta.dirname, 'support', 'rating-worker.ts');
const RATINGS_PER_PROCESS = 250;

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Resolves with each stdout line as it comes; rejects if the process exits before `expected` lines. */
function startWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: string[] = [];
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    lines.push(...chunk.split('\n').filter(Boolean));
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const line = (index: number) =>
    new Promise<string>((resolve, reject) => {
      const check = () => (lines[index] !== undefined ? resolve(lines[index]!) : waiters.push(check));
      check();
      void exited.then(() => setImmediate(() => (lines[index] !== undefined ? resolve(lines[index]!) : reject(new Error(`worker exited early:\n${stderr}`)))));
    });
  return { child, line, exited, stderr: () => stderr };
}

const backends: [string, StoreLocation][] = [
  ['redis', { kind: 'redis', url: REDIS_URL }],
  ['postgres', { kind: 'postgres', url: POSTGRES_URL }],
];

describe.each(backends)('two processes rating for the same member at once on %s', (_name, location) => {
  it(`loses none of ${2 * RATINGS_PER_PROCESS} ratings in the deck or the server's tallies`, async () => {
    const digits = crypto.randomInt(1e9, 9e9).toString();
    const memberId = `4${digits}${digits}`.slice(0, 19);
    const guildId = `5${digits}${digits}`.slice(0, 19);
    const url = location.kind === 'memory' || location.kind === 'sqlite' ? '' : location.url;
    const workers = ['a', 'b'].map((worker) =>
      startWorker({ STORE_URL: url, WORKER: worker, RATINGS: String(RATINGS_PER_PROCESS), MEMBER_ID: memberId, GUILD_ID: guildId }),
    );
    for (const worker of workers) expect(await worker.line(0)).toBe('ready');
    for (const worker of workers) worker.child.stdin!.end('go\n');
    const results = await Promise.all(workers.map(async (worker) => JSON.parse(await worker.line(1)) as { recorded: number }));
    for (const worker of workers) expect(await worker.exited, worker.stderr()).toBe(0);
    expect(results.map((r) => r.recorded)).toEqual([RATINGS_PER_PROCESS, RATINGS_PER_PROCESS]);

    const kv = await KeyValueStore.open(location, pino({ level: 'silent' }));
    try {
      const { quiz } = createStores(kv);
      const deck = await quiz.deck(memberId);
      const total = 2 * RATINGS_PER_PROCESS;
      expect(deck.totalReviews).toBe(total);
      expect(deck.cards['lc-128']!.version).toBe(total);
      expect(deck.activity.reduce((sum, [, reviews]) => sum + reviews, 0)).toBe(total);
      expect(deck.nextReviewId).toBe(total + 1);
      expect((await quiz.allTimeTally(guildId))[memberId]).toBe(total);
    } finally {
      await kv.close();
    }
  }, 120_000);
});

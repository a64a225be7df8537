import crypto from 'node:crypto';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { CorpusService } from '../../src/corpus/corpus-service.ts';
import { runReminders, type DirectMessenger } from '../../src/habits/reminders/reminder-job.ts';
import { fitWeights, NotEnoughTrainingData } from '../../src/habits/schedule-fit/fit-weights.ts';
import { trainingHistories } from '../../src/habits/schedule-fit/training-items.ts';
import type { BotDeps } from '../../src/interactions/types.ts';
import { emptyDeck } from '../../src/quiz/deck.ts';
import { DEFAULT_WEIGHTS } from '../../src/quiz/fsrs.ts';
import { KeyValueStore } from '../../src/store/key-value-store.ts';
import { createLeases } from '../../src/store/lease.ts';
import { createStores } from '../../src/stores.ts';
import { FIXTURE_CORPUS } from '../../kit/deps.ts';
import { generateReviewHistory, syntheticCards } from '../../kit/review-history.ts';

const logger = pino({ level: 'silent' });
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const opened: KeyValueStore[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
});

describe('fitting FSRS weights', () => {
  it('fits 21 weights that differ from the defaults, while the event loop keeps turning', async () => {
    const deck = emptyDeck();
    const reviews = generateReviewHistory(deck, { cards: syntheticCards(100), start: new Date('2026-02-01T00:00:00Z'), end: new Date('2026-12-01T00:00:00Z') });
    expect(reviews).toBeGreaterThanOrEqual(1000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 2);
    let ticksWhenDone = -1;
    const fitted = await fitWeights(trainingHistories(deck.log)).finally(() => {
      ticksWhenDone = ticks;
      clearInterval(timer);
    });
    // The optimizer ran in a process of its own: timers fired here while it trained.
    expect(ticksWhenDone).toBeGreaterThan(0);
    expect(fitted).toHaveLength(21);
    expect(fitted.every(Number.isFinite)).toBe(true);
    expect(fitted).not.toEqual([...DEFAULT_WEIGHTS]);
  }, 60_000);

  it('reports an optimizer that does not finish in time as an error, and the bot process lives on', async () => {
    const deck = emptyDeck();
    generateReviewHistory(deck, { cards: syntheticCards(100), start: new Date('2026-02-01T00:00:00Z'), end: new Date('2026-12-01T00:00:00Z') });
    await expect(fitWeights(trainingHistories(deck.log), { timeoutMs: 50 })).rejects.toThrow(/optimizer process ended \(SIGKILL\)/);
  });

  it('refuses a log without enough repeated reviews', async () => {
    const deck = emptyDeck();
    generateReviewHistory(deck, { cards: syntheticCards(30), start: new Date('2026-11-20T00:00:00Z'), end: new Date('2026-11-25T00:00:00Z') });
    await expect(fitWeights(trainingHistories(deck.log))).rejects.toBeInstanceOf(NotEnoughTrainingData);
  });
});

describe('reminders with two processes on one Redis store', () => {
  async function processDeps(): Promise<BotDeps> {
    const loaded = loadConfig({ CONTENT_DIR: FIXTURE_CORPUS, STORE_URL: REDIS_URL, TIMEZONE: 'Asia/Shanghai' }, { requireToken: false });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const kv = await KeyValueStore.open({ kind: 'redis', url: REDIS_URL }, logger);
    opened.push(kv);
    const now = () => new Date('2026-12-03T14:00:00Z');
    const corpus = new CorpusService(FIXTURE_CORPUS, { timezone: 'Asia/Shanghai', siteUrl: null }, logger, now);
    await corpus.reload();
    return { config: loaded.config, logger, corpus, stores: createStores(kv), clock: now, random: Math.random, version: 'test' } as unknown as BotDeps;
  }

  it('sends one DM a day per member however many ticks run at once', async () => {
    const [a, b] = [await processDeps(), await processDeps()];
    // Unique members per run: the local Redis is shared with other test runs.
    const members = Array.from({ length: 5 }, () => `7${crypto.randomInt(10 ** 11, 10 ** 12 - 1)}${crypto.randomInt(10 ** 5, 10 ** 6 - 1)}`);
    for (const userId of members) {
      await a.stores.reminders.update(userId, () => ({
        enabled: true,
        time: '21:30',
        zone: 'Asia/Shanghai',
        lang: 'en',
        activeFrom: 0,
        handledDay: null,
        lastSentAt: null,
        turnedOff: null,
      }));
      await a.stores.reminders.addMember(userId);
    }
    const sent: string[] = [];
    const messenger: DirectMessenger = {
      async send(userId) {
        sent.push(userId);
        await new Promise((resolve) => setTimeout(resolve, 20)); // a DM takes a moment, as on Discord
        return 'sent';
      },
    };
    const now = new Date('2026-12-03T14:00:00Z'); // 22:00 in Shanghai
    const ticks = [a, b, a, b, a, b].map((deps) => runReminders(now, deps, messenger, createLeases(deps.stores.kv)));
    await Promise.all(ticks);
    await Promise.all([runReminders(now, a, messenger, createLeases(a.stores.kv)), runReminders(now, b, messenger, createLeases(b.stores.kv))]);
    expect(sent.filter((id) => members.includes(id)).sort()).toEqual([...members].sort());
    for (const userId of members) expect((await b.stores.reminders.get(userId))?.handledDay).toBe('2026-12-03');
    for (const userId of members) await a.stores.reminders.removeMember(userId);
  }, 30_000);
});

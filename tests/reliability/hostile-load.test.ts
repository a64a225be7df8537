import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { copyFixtureCorpus, startBot, type BotRun } from '../../kit/bot-harness.ts';
import { percentile, runLoad, vocabularyOf } from '../../kit/load-driver.ts';

/** A small version of bench/load.ts: a burst that is part of every test run. */
describe('a burst of interactions from many members', () => {
  let double: DiscordDouble;
  let bot: BotRun;
  let contentDir: string;
  beforeAll(async () => {
    double = await startDiscordDouble();
    contentDir = copyFixtureCorpus();
    bot = await startBot(double, { CONTENT_DIR: contentDir, LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    await bot?.app.stop();
    await double?.close();
  });

  it('answers 200 interactions from 20 members over 4 s, every one within 3 s', async () => {
    const result = await runLoad(double, await vocabularyOf(contentDir), { interactions: 200, members: 20, durationMs: 4000, seed: 7 });
    const latencies = result.latencies.map((l) => l.ms).sort((a, b) => a - b);
    expect(result.failures).toEqual([]);
    expect(result.deadlineMisses).toBe(0);
    expect(result.sent).toBe(200);
    expect(result.answered).toBe(200);
    expect(latencies).toHaveLength(200);
    expect(percentile(latencies, 100)).toBeLessThan(3000);
    expect(new Set(result.latencies.map((l) => l.kind))).toEqual(new Set(['search', 'card', 'autocomplete', 'latest', 'random', 'click']));
    expect(double.interactionFailures).toEqual([]);
    expect(bot.logs.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });
});

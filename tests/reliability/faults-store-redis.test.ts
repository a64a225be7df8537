/**
 * The bot's Redis going away while it runs: killed and started again on the same port, or frozen
 * past the store's 3 s operation timeout. Commands that need the store say "temporarily
 * unavailable" instead of hanging, the others keep working, scheduled ticks report that they
 * could not run, shutdown does not wait for Redis, and the bot recovers by itself.
 */
import { describe, expect, it } from 'vitest';
import type { DiscordDouble, InteractionHandle } from '../../discord-double/index.ts';
import { finishedTicks, moreTicks, writeNewNotes } from '../../kit/announce.ts';
import { botPosts, EN, MANAGE_GUILD, textOf } from '../../kit/double.ts';
import { useFaultLab } from './support/lab.ts';
import { waitUntil } from '../../kit/wait.ts';

const lab = useFaultLab();
const UNAVAILABLE = /temporarily unavailable/;

function configShow(double: DiscordDouble): Promise<InteractionHandle> {
  return double.sendCommand({ name: 'config', subcommand: 'show', permissions: MANAGE_GUILD, locale: EN });
}

async function quizTimeShown(double: DiscordDouble): Promise<string> {
  const reply = await (await configShow(double)).reply(8000);
  return reply.embeds[0]!.fields!.find((field) => field.name === 'Daily quiz time')!.value;
}

/** Acknowledged inside Discord's 3 s window and then told, privately, that the store is down. */
async function expectUnavailable(handle: InteractionHandle): Promise<void> {
  expect((await handle.callback()).elapsedMs).toBeLessThan(3000);
  const reply = await handle.reply(8000);
  expect(reply.content).toMatch(UNAVAILABLE);
  expect(reply.flags & 64).toBe(64);
}

describe('Redis outages while the bot runs', () => {
  it('answers "temporarily unavailable" while Redis is down, keeps serving the corpus, and recovers when it is back', async () => {
    const double = await lab.discord();
    const { redis } = await lab.botOnRedis();
    const setTime = await double.sendCommand({ name: 'config', subcommand: 'quiz-time', options: { time: '08:30' }, permissions: MANAGE_GUILD, locale: EN });
    expect((await setTime.reply()).content).toMatch(/Saved/);

    await redis.kill();
    const sentAt = Date.now();
    // Too long to travel in a paging button's custom_id, and with more than one page of matches.
    const longQuery = '注意力 '.repeat(40).trim();
    const [longSearch, ...storeCommands] = await Promise.all([
      double.sendCommand({ name: 'search', options: { query: longQuery }, locale: EN }),
      configShow(double),
      double.sendCommand({ name: 'quiz', locale: EN }),
      double.sendCommand({ name: 'stats', locale: EN }),
    ]);
    for (const handle of storeCommands) await expectUnavailable(handle);
    expect(Date.now() - sentAt).toBeLessThan(6000);
    // Paging that query needs the store; the results themselves do not.
    expect((await longSearch!.callback()).elapsedMs).toBeLessThan(3000);
    const searchReply = await longSearch!.reply(8000);
    expect(searchReply.content).toMatch(/Results 1–5 of \d+/);
    expect(searchReply.embeds).toHaveLength(5);
    expect(searchReply.components).toEqual([]);

    const storeFree: [string, Record<string, string>, RegExp][] = [
      ['search', { query: '滑动窗口' }, /最小覆盖子串/],
      ['card', { query: '最长连续序列' }, /最长连续序列/],
      ['help', {}, /\/search/],
      ['latest', {}, /最长连续序列/],
    ];
    for (const [name, options, expected] of storeFree) {
      const handle = await double.sendCommand({ name, options, locale: EN });
      const callback = await handle.callback();
      expect(callback.type, name).toBe(4); // answered outright, never waiting on the store
      expect(textOf(await handle.reply()), name).toMatch(expected);
    }

    await redis.restart();
    // Nothing restarts the bot: its client reconnects on its own (a few seconds of back-off at most).
    await waitUntil(async () => !UNAVAILABLE.test((await (await configShow(double)).reply(8000)).content), 'the bot to use Redis again', 20_000, 0);
    // This Redis keeps nothing across a restart, so the setting is back to its default.
    expect(await quizTimeShown(double)).toMatch(/bot default/);
    const again = await double.sendCommand({ name: 'config', subcommand: 'quiz-time', options: { time: '07:15' }, permissions: MANAGE_GUILD, locale: EN });
    expect((await again.reply()).content).toMatch(/Saved/);
    expect(await quizTimeShown(double)).toBe('07:15');
    const quiz = await (await double.sendCommand({ name: 'quiz', locale: EN })).reply();
    expect(quiz.content).not.toMatch(UNAVAILABLE);
    expect(JSON.stringify(quiz.components)).toMatch(/1:quiz-show:/);
    expect(double.interactionFailures).toEqual([]);
  });

  it('shuts down within seconds while Redis is down, even with a command still queued for it', async () => {
    const double = await lab.discord();
    const { run, redis } = await lab.botOnRedis();
    await redis.kill();
    await expectUnavailable(await configShow(double));

    const stopping = Date.now();
    const outcome = await Promise.race([lab.stopBot(run).then(() => 'stopped'), new Promise((resolve) => setTimeout(() => resolve('still stopping'), 8000))]);
    expect(outcome).toBe('stopped');
    expect(Date.now() - stopping).toBeLessThan(5000);
  });

  it('times out on a frozen Redis, then reads the same data once it answers again', async () => {
    const double = await lab.discord();
    const { redis } = await lab.botOnRedis();
    const setTime = await double.sendCommand({ name: 'config', subcommand: 'quiz-time', options: { time: '06:45' }, permissions: MANAGE_GUILD, locale: EN });
    expect((await setTime.reply()).content).toMatch(/Saved/);

    redis.freeze();
    await expectUnavailable(await configShow(double));
    redis.thaw();
    // Answers to the timed-out requests arrive late; the next request must still get its own answer.
    expect(await quizTimeShown(double)).toBe('06:45');
    expect(double.interactionFailures).toEqual([]);
  });
});

describe('scheduled jobs during a Redis outage', () => {
  it('reports the ticks it cannot run instead of hanging silently, and announces again once Redis is back', async () => {
    const double = await lab.discord();
    const contentDir = lab.corpus();
    const channel = double.guilds[0]!.channels[1]!.id;
    const { run, redis } = await lab.botOnRedis({ CONTENT_DIR: contentDir, ANNOUNCE_CHANNEL_ID: channel, ANNOUNCE_CRON: '* * * * * *' });
    await waitUntil(() => finishedTicks(run, 'announce') >= 1, 'the channel baseline tick');

    await redis.kill();
    const outageLogs = run.logs.length;
    const skipped = () => run.logs.slice(outageLogs).filter((line) => line.job === 'announce' && line.msg === 'could not claim the tick; skipping it');
    await waitUntil(() => skipped().length > 0, 'a tick that could not run to be reported', 8000);
    expect(JSON.stringify(skipped()[0]!.err)).toMatch(/StoreUnavailableError/);

    await redis.restart();
    const ticksBefore = finishedTicks(run, 'announce');
    // Two finished ticks: the restarted (empty) Redis gets a new baseline before the next note appears.
    await waitUntil(() => finishedTicks(run, 'announce') >= ticksBefore + 2, 'ticks to finish again', 20_000);
    const [title] = writeNewNotes(contentDir, 1, 'after-outage');
    await waitUntil(() => botPosts(double, channel).length >= 1, 'the announcement', 10_000);
    await moreTicks(run, 'announce', 1);
    expect(botPosts(double, channel).map((message) => message.embeds[0]!.title)).toEqual([title]);
  });
});

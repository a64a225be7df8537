import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { EVERYONE_PERMISSIONS, Permission } from '../../discord-double/world.ts';
import { startBot, tempSqliteUrl, type BotRun } from '../../kit/bot-harness.ts';
import { MovableClock } from '../../kit/movable-clock.ts';
import { waitForLogs } from '../../kit/wait.ts';
import { tickDone } from '../../kit/announce.ts';
import { ALICE_USER } from '../../kit/members.ts';

let double: DiscordDouble | undefined;
const runs: BotRun[] = [];
afterEach(async () => {
  for (const run of runs.splice(0)) await run.app.stop();
  await double?.close();
  double = undefined;
});

const alice = ALICE_USER;
/** 18:00 in Shanghai, after the 09:00 quiz: the day's post goes out at once. */
const START = new Date('2026-12-03T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const postsIn = (d: DiscordDouble, channelId: string) => d.channelMessages(channelId).filter((m) => !m.webhook_id);
/** Every second: the day's quiz moment is 00:00, so each tick finds the day due. */
const env = (channelId: string) => ({ QUIZ_CHANNEL_ID: channelId, QUIZ_CRON: '* * * * * *', STORE_URL: tempSqliteUrl() });

async function nextQuizTick(run: BotRun): Promise<void> {
  await waitForLogs(run, tickDone('quiz'), 2);
}

describe('a discussion thread per daily problem through the Discord double', () => {
  it('opens a public thread on the daily post, links it from the next day’s post, and stops when turned off', async () => {
    double = await startDiscordDouble();
    const guild = double.guilds[0]!;
    const channel = guild.channels[1]!.id;
    const clock = new MovableClock(START);
    const run = await startBot(double, env(channel), { clock: clock.now });
    runs.push(run);
    const library = run.app.deps.corpus.library;

    const first = await double.waitForMessage(channel, (m) => !m.webhook_id, 10_000);
    await waitForLogs(run, (l) => l.msg === 'daily quiz thread opened');
    const [thread] = double.threads(channel);
    const day1 = (await run.app.deps.stores.quiz.dailyPost(guild.id, '2026-12-03'))!;
    expect(thread).toMatchObject({ id: first.id, starterMessageId: first.id, autoArchiveDuration: 1440 });
    expect(thread!.name).toBe(`讨论 · ${library.visibleById(day1.articleId, clock.now())!.title}`);
    expect(day1.threadId).toBe(thread!.id);
    expect(double.message(first.id)!.thread).toMatchObject({ id: thread!.id });

    clock.advance(DAY);
    const second = await double.waitForMessage(channel, (m) => !m.webhook_id && m.id !== first.id, 10_000);
    expect(second.content).toContain(`上一题的讨论：<#${thread!.id}>`);
    await waitForLogs(run, (l) => l.msg === 'daily quiz thread opened');
    expect(double.threads(channel)).toHaveLength(2);
    await nextQuizTick(run);
    expect(postsIn(double, channel)).toHaveLength(2);
    expect(double.threads(channel)).toHaveLength(2);

    const off = await (
      await double.sendCommand({ name: 'config', subcommand: 'quiz-thread', options: { mode: 'off' }, user: { id: guild.ownerId }, locale: 'en-US' })
    ).reply();
    expect(off.content).toMatch(/Discussion thread per daily problem is now off/);
    clock.advance(DAY);
    const third = await double.waitForMessage(channel, (m) => !m.webhook_id && m.id !== first.id && m.id !== second.id, 10_000);
    expect(third.content).toContain(`上一题的讨论：<#${double.threads(channel)[1]!.id}>`);
    await nextQuizTick(run);
    expect(double.threads(channel)).toHaveLength(2);
    expect(double.message(third.id)!.thread).toBeUndefined();
  }, 60_000);

  it('posts without a thread when the bot may not create threads, and /config show says why', async () => {
    double = await startDiscordDouble({
      guilds: [
        { name: 'Study Group', channels: [{ name: 'general' }, { name: 'daily' }], botPermissions: EVERYONE_PERMISSIONS & ~Permission.CreatePublicThreads },
      ],
    });
    const guild = double.guilds[0]!;
    const channel = guild.channels[1]!.id;
    const run = await startBot(double, env(channel), { clock: new MovableClock(START).now });
    runs.push(run);

    await double.waitForMessage(channel, (m) => !m.webhook_id, 10_000);
    await waitForLogs(run, (l) => l.msg === 'daily quiz posted without a thread');
    expect(double.threads(channel)).toHaveLength(0);
    expect(double.requests.some((r) => r.method === 'POST' && /\/messages\/\d+\/threads$/.test(r.path) && r.status === 403)).toBe(true);

    const show = await (await double.sendCommand({ name: 'config', subcommand: 'show', user: { id: guild.ownerId }, locale: 'en-US' })).reply();
    const field = show.embeds[0]!.fields!.find((f) => f.name === 'Discussion thread per daily problem')!;
    expect(field.value).toMatch(/no thread on 2026-12-03: the bot lacks the Create Public Threads permission/);
    // Not retried every minute: one refusal a day.
    await nextQuizTick(run);
    expect(double.requests.filter((r) => /\/messages\/\d+\/threads$/.test(r.path))).toHaveLength(1);
  }, 30_000);

  it('makes the daily problem a forum post in a forum channel, whose rating buttons work', async () => {
    double = await startDiscordDouble({ guilds: [{ name: 'Study Group', channels: [{ name: 'general' }, { name: 'daily-forum', type: 15 }] }] });
    const guild = double.guilds[0]!;
    const forum = guild.channels[1]!.id;
    const run = await startBot(double, env(forum), { clock: new MovableClock(START).now });
    runs.push(run);

    await waitForLogs(run, (l) => l.msg === 'daily quiz posted', 1, 10_000);
    const [post] = double.threads(forum);
    expect(post!.name).toMatch(/^讨论 · \d+\. /);
    expect(post!.autoArchiveDuration).toBe(1440);
    const [message] = double.channelMessages(post!.id);
    expect(message!.id).toBe(post!.id);
    expect(message!.content).toMatch(/每日一题 · 2026-12-03/);
    const good = JSON.stringify(message!.components).match(/"custom_id":"(1:daily:[^"]+:3)"/)![1]!;
    const rated = await (await double.clickButton({ message: message!, customId: good, user: alice, locale: 'en-US' })).reply();
    expect(rated.content).toMatch(/Recorded \*\*Good\*\*/);
    await nextQuizTick(run);
    expect(double.threads(forum)).toHaveLength(1);
  }, 30_000);
});

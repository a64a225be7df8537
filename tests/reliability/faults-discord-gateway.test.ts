/**
 * The gateway going away in the middle of work: dropped without a close frame (the client must
 * RESUME) or told to reconnect (op 7), while a deferred command waits on its store and between the
 * posts of one scheduled tick. Nothing may be lost, answered twice or posted twice.
 */
import { describe, expect, it } from 'vitest';
import type { DiscordDouble } from '../../discord-double/index.ts';
import { finishedTicks, moreTicks, writeNewNotes } from '../../kit/announce.ts';
import { botPosts, EN, MANAGE_GUILD, requestsTo, ROUTES, textOf } from '../../kit/double.ts';
import { useFaultLab } from './support/lab.ts';
import { waitUntil } from '../../kit/wait.ts';

const lab = useFaultLab();

/** A /config show that is deferred and still waiting on the frozen store when this returns. */
async function deferredConfigShow(double: DiscordDouble) {
  const show = await double.sendCommand({ name: 'config', subcommand: 'show', permissions: MANAGE_GUILD, locale: EN });
  expect((await show.callback()).type).toBe(5);
  return show;
}

describe('gateway interruptions during a deferred command', () => {
  it('finishes the command after a dropped connection and answers a command sent while it was down', async () => {
    const double = await lab.discord();
    const { redis } = await lab.botOnRedis();
    const channel = double.guilds[0]!.channels[0]!.id;

    redis.freeze();
    const show = await deferredConfigShow(double);
    await double.gateway.dropConnection();
    // Dispatched with no live connection: Discord keeps it for the resumed session.
    const help = await double.sendCommand({ name: 'help', locale: EN });
    redis.thaw();

    const resume = await double.gateway.waitForResume();
    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    expect((await show.reply()).embeds[0]!.title).toBe('Server settings');
    expect(textOf(await help.reply())).toMatch(/\/search/);
    expect((await help.callback()).elapsedMs).toBeLessThan(3000);
    expect(double.gateway.identifies).toHaveLength(1);
    expect(show.callbacks).toHaveLength(1);
    expect(help.callbacks).toHaveLength(1);
    expect(double.channelMessages(channel)).toHaveLength(2);
    expect(double.interactionFailures).toEqual([]);
  });

  it('finishes the command when told to reconnect (op 7) and answers the next command once', async () => {
    const double = await lab.discord();
    const { run, redis } = await lab.botOnRedis();
    const channel = double.guilds[0]!.channels[0]!.id;

    redis.freeze();
    const show = await deferredConfigShow(double);
    double.gateway.sendReconnect();
    const help = await double.sendCommand({ name: 'help', locale: EN });
    redis.thaw();

    await double.gateway.waitForResume();
    expect((await show.reply()).embeds[0]!.title).toBe('Server settings');
    expect(textOf(await help.reply())).toMatch(/\/search/);
    expect(double.gateway.identifies).toHaveLength(1);
    expect(show.callbacks).toHaveLength(1);
    expect(help.callbacks).toHaveLength(1);
    expect(double.channelMessages(channel)).toHaveLength(2);
    await waitUntil(() => run.logs.some((line) => line.msg === 'gateway resumed'), 'the bot to log the resume', 3000);
    expect(double.interactionFailures).toEqual([]);
  });
});

describe('gateway interruptions during a scheduled tick', () => {
  it('posts every new article exactly once, in order, across a drop and an op 7 between posts', async () => {
    const double = await lab.discord();
    const contentDir = lab.corpus();
    const channel = double.guilds[0]!.channels[1]!.id;
    const run = await lab.bot({ CONTENT_DIR: contentDir, ANNOUNCE_CHANNEL_ID: channel, ANNOUNCE_CRON: '* * * * * *' });
    await waitUntil(() => finishedTicks(run, 'announce') >= 1, 'the channel baseline tick');

    // Slow answers stretch one tick over several hundred milliseconds, so the gateway can fail mid-tick.
    double.setLatency(120);
    const titles = writeNewNotes(contentDir, 7);
    const posted = () => requestsTo(double, 'POST', ROUTES.channelPost).length;
    await waitUntil(() => posted() >= 1, 'the first announcement request');
    await double.gateway.dropConnection();
    await double.gateway.waitForResume();
    await waitUntil(() => posted() >= 3, 'the third announcement request');
    double.gateway.sendReconnect();
    await double.gateway.waitForResume(0, 2);

    await waitUntil(() => botPosts(double, channel).length >= titles.length, 'all seven announcements', 20_000);
    double.setLatency(0);
    await moreTicks(run, 'announce', 1);
    expect(botPosts(double, channel).map((message) => message.embeds[0]!.title)).toEqual(titles);
    expect(double.gateway.identifies).toHaveLength(1);
    expect(textOf(await (await double.sendCommand({ name: 'help', locale: EN })).reply())).toMatch(/\/search/);
  });
});

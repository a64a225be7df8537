import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../../kit/wait.ts';
import { shardOfGuild, startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { copyFixtureCorpus } from '../../kit/bot-harness.ts';
import { BotProcess } from '../../kit/bot-process.ts';
import { RedisServer } from '../../kit/redis-server.ts';

let double: DiscordDouble | undefined;
let redis: RedisServer | undefined;
let bot: BotProcess | undefined;
let otherHost: BotProcess | undefined;
afterEach(async () => {
  await bot?.kill();
  await otherHost?.kill();
  otherHost = undefined;
  await redis?.stop();
  await double?.close();
});

const posts = (d: DiscordDouble, channelId: string) => d.channelMessages(channelId).filter((m) => !m.webhook_id);

describe('two shard processes sharing a Redis store', () => {
  it('answers each guild from its own shard and announces each update exactly once per channel', async () => {
    // Guild ids chosen so that one lands on each of the two shards.
    const guildIds = [(10n ** 12n) << 22n, (10n ** 12n + 1n) << 22n].map(String);
    double = await startDiscordDouble({
      guilds: guildIds.map((id, i) => ({ id, name: `Guild ${i}`, channels: [{ name: 'general' }, { name: 'updates' }] })),
    });
    expect(guildIds.map((id) => shardOfGuild(id, 2))).toEqual([0, 1]);
    redis = await RedisServer.start();
    const contentDir = copyFixtureCorpus();
    const [updates0, updates1] = double.guilds.map((g) => g.channels[1]!.id);
    bot = new BotProcess({
      DISCORD_TOKEN: double.token,
      DISCORD_API_BASE: double.apiBase,
      SHARD_COUNT: '2',
      STORE_URL: redis.url,
      CONTENT_DIR: contentDir,
      ANNOUNCE_CHANNEL_ID: updates0!,
      ANNOUNCE_CRON: '* * * * * *',
      QUIZ_CRON: '0 0 1 1 *',
    });
    await bot.waitForLog((l) => l.msg === 'all shards ready', 90_000);
    expect(new Set(double.gateway.identifies.map((i) => i.shardId))).toEqual(new Set([0, 1]));

    for (const [index, guildId] of guildIds.entries()) {
      const channelId = double.guilds[index]!.channels[0]!.id;
      const help = await double.sendCommand({ name: 'help', guildId, channelId });
      expect((await help.reply()).embeds[0]!.title).toBe('studycards');
      expect(double.gateway.sessionForGuild(guildId)?.shardId).toBe(index);
    }
    const configured = await double.sendCommand({
      name: 'config',
      subcommand: 'announce-channel',
      options: { channel: updates1! },
      guildId: guildIds[1],
      channelId: double.guilds[1]!.channels[0]!.id,
      permissions: 1n << 5n,
    });
    expect((await configured.reply()).content).toContain(updates1);

    await bot.waitForLog((l) => l.msg === 'announcement channel set up' && l.channelId === updates1, 20_000);
    await bot.waitForLog((l) => l.msg === 'announcement channel set up' && l.channelId === updates0, 20_000);
    fs.writeFileSync(path.join(contentDir, 'notes', 'sharded.md'), '---\ntitle: 分片后的新笔记\ndate: 2026-11-05\n---\n两个分片共享一个存储。\n');
    await double.waitForMessage(updates0!, undefined, 15_000);
    await double.waitForMessage(updates1!, undefined, 15_000);
    const running = bot;
    const announceTicks = () => running.logs.filter((l) => l.job === 'announce' && l.msg === 'tick done').length;
    const ticksSoFar = announceTicks();
    await waitUntil(() => announceTicks() >= ticksSoFar + 3, 'three more announcement ticks across the shards', 20_000); // post nothing more
    expect(posts(double, updates0!).map((m) => m.embeds[0]!.title)).toEqual(['分片后的新笔记']);
    expect(posts(double, updates1!).map((m) => m.embeds[0]!.title)).toEqual(['分片后的新笔记']);
    const ticksByShard = new Map<unknown, number>();
    for (const line of bot.logs.filter((l) => l.job === 'announce' && l.msg === 'tick done')) {
      ticksByShard.set(line.shardId, (ticksByShard.get(line.shardId) ?? 0) + 1);
    }
    // Each tick ran in one process only: together they ran about one tick per second, not two.
    const totalTicks = [...ticksByShard.values()].reduce((a, b) => a + b, 0);
    const firstTick = bot.logs.find((l) => l.job === 'announce' && l.msg === 'tick done')!;
    const seconds = (Date.now() - Date.parse(String(firstTick.time))) / 1000;
    expect(totalTicks).toBeLessThanOrEqual(Math.ceil(seconds) + 2);

    bot.signal('SIGTERM');
    expect((await bot.exited).code).toBe(0);
  }, 120_000);
});

describe('two process groups splitting the shards with SHARD_IDS', () => {
  it('runs each shard in one group only and announces each update once', async () => {
    const guildIds = [(10n ** 12n) << 22n, (10n ** 12n + 1n) << 22n].map(String);
    double = await startDiscordDouble({
      guilds: guildIds.map((id, i) => ({ id, name: `Guild ${i}`, channels: [{ name: 'general' }, { name: 'updates' }] })),
    });
    redis = await RedisServer.start();
    const contentDir = copyFixtureCorpus();
    const updates0 = double.guilds[0]!.channels[1]!.id;
    const env = {
      DISCORD_TOKEN: double.token,
      DISCORD_API_BASE: double.apiBase,
      SHARD_COUNT: '2',
      STORE_URL: redis.url,
      CONTENT_DIR: contentDir,
      ANNOUNCE_CHANNEL_ID: updates0,
      ANNOUNCE_CRON: '* * * * * *',
      QUIZ_CRON: '0 0 1 1 *',
    };
    // Two "hosts": each group runs one of the two shards.
    bot = new BotProcess({ ...env, SHARD_IDS: '0' });
    otherHost = new BotProcess({ ...env, SHARD_IDS: '1' });
    const ready = await Promise.all([bot, otherHost].map((group) => group.waitForLog((l) => l.msg === 'all shards ready', 90_000)));
    expect(ready.map((line) => line.shardIds)).toEqual([[0], [1]]);
    expect(double.gateway.identifies.map((i) => i.shardId).sort()).toEqual([0, 1]);
    for (const [index, guildId] of guildIds.entries()) {
      const help = await double.sendCommand({ name: 'help', guildId, channelId: double.guilds[index]!.channels[0]!.id });
      expect((await help.reply()).embeds[0]!.title).toBe('studycards');
      expect(double.gateway.sessionForGuild(guildId)?.shardId).toBe(index);
    }

    await Promise.race([bot, otherHost].map((group) => group.waitForLog((l) => l.msg === 'announcement channel set up', 20_000)));
    fs.writeFileSync(path.join(contentDir, 'notes', 'two-hosts.md'), '---\ntitle: 两台主机\ndate: 2026-11-05\n---\n分片分布在两台主机上。\n');
    await double.waitForMessage(updates0, undefined, 15_000);
    const groupTicks = () => [bot, otherHost].reduce((sum, group) => sum + group!.logs.filter((l) => l.job === 'announce' && l.msg === 'tick done').length, 0);
    const ticksBefore = groupTicks();
    await waitUntil(() => groupTicks() >= ticksBefore + 3, 'three more announcement ticks across the groups', 20_000); // post nothing more
    expect(posts(double, updates0).map((m) => m.embeds[0]!.title)).toEqual(['两台主机']);
    const ticks = [bot, otherHost].map((group) => group.logs.filter((l) => l.job === 'announce' && l.msg === 'tick done').length);
    const firstTick = [bot, otherHost]
      .flatMap((group) => group.logs)
      .filter((l) => l.job === 'announce' && l.msg === 'tick done')
      .map((l) => Date.parse(String(l.time)))
      .sort()[0]!;
    expect(ticks[0]! + ticks[1]!).toBeLessThanOrEqual(Math.ceil((Date.now() - firstTick) / 1000) + 2);

    for (const group of [bot, otherHost]) group.signal('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    expect((await otherHost.exited).code).toBe(0);
  }, 150_000);
});

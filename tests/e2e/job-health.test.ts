import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVERYONE_PERMISSIONS, Permission, startDiscordDouble, type ApiMessage, type DiscordDouble } from '../../discord-double/index.ts';
import { moreTicks } from '../../kit/announce.ts';
import { waitUntil } from '../../kit/wait.ts';
import { copyFixtureCorpus, startBot, type BotRun } from '../../kit/bot-harness.ts';

let double: DiscordDouble | undefined;
let run: BotRun | undefined;
afterEach(async () => {
  await run?.app.stop();
  await double?.close();
  run = undefined;
  double = undefined;
});

const ADMIN = { permissions: 1n << 5n, locale: 'en-US' };
const botPosts = (d: DiscordDouble, channelId: string) => d.channelMessages(channelId).filter((m) => !m.webhook_id);
const postRequests = (d: DiscordDouble, channelId: string) => d.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
const embedText = (message: { embeds: unknown[] }) => JSON.stringify(message.embeds);

function writeNote(contentDir: string, name: string, title: string, tags: string[]): void {
  const file = path.join(contentDir, 'notes', `${name}.md`);
  fs.writeFileSync(`${file}.partial`, `---\ntitle: ${title}\ndate: 2026-11-0${(name.length % 9) + 1}\ntags: [${tags.join(', ')}]\n---\n${title} 的正文。\n`);
  fs.renameSync(`${file}.partial`, file);
}

async function configShow(d: DiscordDouble) {
  return (await d.sendCommand({ name: 'config', subcommand: 'show', ...ADMIN })).reply();
}

describe('job health through the Discord double', () => {
  it('pauses a channel refused with 50013, tells /config show and the alerts channel once, and posts once permission returns', async () => {
    double = await startDiscordDouble({
      guilds: [{ name: 'Study Group', channels: [{ name: 'general' }, { name: 'updates' }, { name: 'mod-log' }] }],
    });
    const [, updates, alerts] = double.guilds[0]!.channels.map((c) => c.id);
    double.setChannelPermissions(updates!, EVERYONE_PERMISSIONS & ~Permission.SendMessages & ~Permission.EmbedLinks);
    const contentDir = copyFixtureCorpus();
    run = await startBot(
      double,
      { CONTENT_DIR: contentDir, ANNOUNCE_CHANNEL_ID: updates!, ANNOUNCE_CRON: '* * * * * *', HEALTH_PORT: '0' },
      { probeIntervalMs: 1500 },
    );
    const bot = run;
    const saved = await (await double.sendCommand({ name: 'config', subcommand: 'alerts-channel', options: { channel: alerts! }, ...ADMIN })).reply();
    expect(saved.content).toContain(`<#${alerts}>`);
    await moreTicks(bot, 'announce', 1);

    writeNote(contentDir, 'refused', '被拒绝的笔记', ['fresh']);
    const alert = await double.waitForMessage(alerts!, () => true, 15_000);
    expect(alert.content).toContain(`I need *Send Messages* and *Embed Links* in <#${updates}>`);
    expect(alert.content).toContain('1 waiting');
    expect(postRequests(double, alerts!).map((r) => (r.body as { allowed_mentions?: unknown }).allowed_mentions)).toEqual([{ parse: [] }]);
    const refusedAt = postRequests(double, updates!).length;
    expect(refusedAt).toBe(1);

    // Several more ticks: the post is not retried, and the alert is not repeated.
    await moreTicks(bot, 'announce', 3);
    expect(postRequests(double, updates!)).toHaveLength(1);
    expect(botPosts(double, alerts!)).toHaveLength(1);
    const shown = await configShow(double);
    expect(embedText(shown)).toContain('I need *Send Messages* and *Embed Links*');
    expect(embedText(shown)).toContain('Paused until fixed');
    expect(embedText(shown)).toContain('1 waiting');
    const health = (await (await fetch(`http://127.0.0.1:${bot.app.healthPort}/healthz`)).json()) as { status: string; failingJobs: Record<string, unknown[]> };
    expect(health.status).toBe('degraded');
    expect(health.failingJobs.announce).toEqual([
      expect.objectContaining({ channelId: updates, blocked: true, problem: { kind: 'missing-permissions', missing: ['SendMessages', 'EmbedLinks'] } }),
    ]);

    // Fixing one of the two permissions is a new problem, told once.
    double.setChannelPermissions(updates!, EVERYONE_PERMISSIONS & ~Permission.EmbedLinks);
    const second = await double.waitForMessage(alerts!, (m) => m.id !== alert.id, 15_000);
    expect(second.content).toContain(`I need *Embed Links* in <#${updates}>`);

    double.setChannelPermissions(updates!, null);
    const post = await double.waitForMessage(updates!, () => true, 15_000);
    expect(post.embeds[0]!.title).toBe('被拒绝的笔记');
    const recovered = await double.waitForMessage(alerts!, (m) => /work again/.test(m.content), 15_000);
    expect(recovered.content).toContain(`<#${updates}>`);
    await moreTicks(bot, 'announce', 2);
    expect(botPosts(double, updates!)).toHaveLength(1);
    expect(botPosts(double, alerts!)).toHaveLength(3);
    const after = await configShow(double);
    expect(embedText(after)).not.toContain('Paused');
    expect(embedText(after)).toContain('Last post: <t:');
    const healthy = (await (await fetch(`http://127.0.0.1:${bot.app.healthPort}/healthz`)).json()) as Record<string, unknown>;
    expect(healthy.status).toBe('ok');
  }, 60_000);

  it('resumes a paused channel when /config sets it again, and says what is still missing', async () => {
    double = await startDiscordDouble();
    const updates = double.guilds[0]!.channels[1]!.id;
    double.setChannelPermissions(updates, EVERYONE_PERMISSIONS & ~Permission.SendMessages);
    const contentDir = copyFixtureCorpus();
    run = await startBot(double, { CONTENT_DIR: contentDir, ANNOUNCE_CRON: '* * * * * *' }, { probeIntervalMs: 60 * 60_000 });
    const bot = run;
    const set = await (await double.sendCommand({ name: 'config', subcommand: 'announce-channel', options: { channel: updates }, ...ADMIN })).reply();
    expect(set.content).toContain(`Saved, but I need *Send Messages* in <#${updates}>`);
    await moreTicks(bot, 'announce', 1);
    writeNote(contentDir, 'later', '稍后的笔记', []);
    await waitUntil(() => bot.logs.some((l) => l.msg === 'posts to this channel are paused until the problem is fixed'), 'the channel to be paused', 15_000);
    double.setChannelPermissions(updates, null);
    // The probe is an hour away: only the /config change brings the channel back.
    await moreTicks(bot, 'announce', 2);
    expect(botPosts(double, updates)).toHaveLength(0);
    const again = await (await double.sendCommand({ name: 'config', subcommand: 'announce-channel', options: { channel: updates }, ...ADMIN })).reply();
    expect(again.content).not.toContain('Saved, but');
    const post = await double.waitForMessage(updates, () => true, 15_000);
    expect(post.embeds[0]!.title).toBe('稍后的笔记');
  }, 60_000);

  it('tells /config show when the channel was deleted (10003) and stops posting to it', async () => {
    double = await startDiscordDouble();
    const updates = double.guilds[0]!.channels[1]!.id;
    const contentDir = copyFixtureCorpus();
    run = await startBot(double, { CONTENT_DIR: contentDir, ANNOUNCE_CHANNEL_ID: updates, ANNOUNCE_CRON: '* * * * * *' }, { probeIntervalMs: 60 * 60_000 });
    const bot = run;
    await moreTicks(bot, 'announce', 1);
    double.deleteChannel(updates);
    writeNote(contentDir, 'gone', '频道没了', []);
    await waitUntil(() => bot.logs.some((l) => l.msg === 'posts to this channel are paused until the problem is fixed'), 'the channel to be paused', 15_000);
    await moreTicks(bot, 'announce', 2);
    expect(postRequests(double, updates)).toHaveLength(1);
    const shown = embedText(await configShow(double));
    expect(shown).toContain(`The channel ${updates} no longer exists: choose another with \`/config announce-channel\``);
  }, 60_000);

  it('tells the alerts channel about a broken content file once', async () => {
    double = await startDiscordDouble({ guilds: [{ channels: [{ name: 'general' }, { name: 'mod-log' }] }] });
    const alerts = double.guilds[0]!.channels[1]!.id;
    const contentDir = copyFixtureCorpus();
    run = await startBot(double, { CONTENT_DIR: contentDir, ANNOUNCE_CRON: '* * * * * *' });
    const bot = run;
    await (await double.sendCommand({ name: 'config', subcommand: 'alerts-channel', options: { channel: alerts }, ...ADMIN })).reply();
    fs.writeFileSync(path.join(contentDir, 'notes', 'broken.md'), '---\ntitle: [unclosed\n---\nbody\n');
    const alert = await double.waitForMessage(alerts, () => true, 15_000);
    expect(alert.content).toContain('notes/broken.md');
    await moreTicks(bot, 'announce', 3);
    expect(botPosts(double, alerts)).toHaveLength(1);
    expect(embedText(await configShow(double))).toContain('1 file with problems');
  }, 60_000);
});

describe('posting where the server reads', () => {
  it('publishes the post in an announcement channel', async () => {
    double = await startDiscordDouble({ guilds: [{ channels: [{ name: 'general' }, { name: 'news', type: 5 }] }] });
    const news = double.guilds[0]!.channels[1]!.id;
    const contentDir = copyFixtureCorpus();
    run = await startBot(double, { CONTENT_DIR: contentDir, ANNOUNCE_CHANNEL_ID: news, ANNOUNCE_CRON: '* * * * * *' });
    await moreTicks(run, 'announce', 1);
    writeNote(contentDir, 'published', '发布到关注的服务器', []);
    const post = await double.waitForMessage(news, (m: ApiMessage) => (m.flags & 1) === 1, 15_000);
    expect(post.embeds[0]!.title).toBe('发布到关注的服务器');
    const publishes = () => double!.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${news}/messages/${post.id}/crosspost`);
    await waitUntil(() => publishes().every((r) => r.status !== 0), 'the publish request to be answered');
    expect(publishes().map((r) => r.status)).toEqual([200]);
  }, 60_000);

  it('makes one forum post per article, titled, with the forum tags whose names match', async () => {
    double = await startDiscordDouble({
      guilds: [
        {
          channels: [
            { name: 'general' },
            {
              name: 'notes-forum',
              type: 15,
              availableTags: [{ name: 'PEFT' }, { name: 'LeetCode' }, { name: 'fine-tuning', moderated: true }, { name: 'other' }],
            },
          ],
        },
      ],
    });
    const forum = double.guilds[0]!.channels[1]!.id;
    const contentDir = copyFixtureCorpus();
    run = await startBot(double, { CONTENT_DIR: contentDir, ANNOUNCE_CRON: '* * * * * *' });
    const set = await (await double.sendCommand({ name: 'config', subcommand: 'announce-channel', options: { channel: forum }, ...ADMIN })).reply();
    expect(set.content).toMatch(/^Saved/);
    expect(set.content).not.toContain('Saved, but');
    await moreTicks(run, 'announce', 1);
    writeNote(contentDir, 'forum-a', 'LoRA 的新笔记', ['peft', 'fine-tuning', 'llm']);
    writeNote(contentDir, 'forum-bb', '第二篇论坛帖', ['leetcode']);
    await waitUntil(() => double!.forumPosts(forum).length >= 2, 'two forum posts', 15_000);
    await moreTicks(run, 'announce', 2);
    const posts = double.forumPosts(forum);
    expect(posts.map((p) => [p.name, p.tags])).toEqual([
      ['LoRA 的新笔记', ['PEFT']],
      ['第二篇论坛帖', ['LeetCode']],
    ]);
    expect(posts[0]!.message!.embeds[0]!.title).toBe('LoRA 的新笔记');
  }, 60_000);
});

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { copyFixtureCorpus, startBot, tempSqliteUrl, type BotRun } from '../../kit/bot-harness.ts';

let double: DiscordDouble | undefined;
const runs: BotRun[] = [];

afterEach(async () => {
  for (const run of runs.splice(0)) await run.app.stop();
  await double?.close();
  double = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setup(extraEnv: Record<string, string> = {}) {
  double = await startDiscordDouble();
  const channelId = double.guilds[0]!.channels[1]!.id;
  const contentDir = copyFixtureCorpus();
  const env = { CONTENT_DIR: contentDir, ANNOUNCE_CHANNEL_ID: channelId, ANNOUNCE_CRON: '* * * * * *', STORE_URL: tempSqliteUrl(), ...extraEnv };
  const boot = async () => {
    const run = await startBot(double!, env);
    runs.push(run);
    return run;
  };
  const stop = async (run: BotRun) => {
    runs.splice(runs.indexOf(run), 1);
    await run.app.stop();
  };
  /** Waits for the announce job to finish `n` more ticks. */
  const ticks = async (run: BotRun, n: number) => {
    const count = () => run.logs.filter((l) => l.job === 'announce' && l.msg === 'tick done').length;
    const target = count() + n;
    for (let waited = 0; count() < target; waited += 50) {
      if (waited > 15_000) throw new Error(`announce job did not tick ${n} times`);
      await sleep(50);
    }
  };
  const posts = () => double!.channelMessages(channelId);
  const write = (name: string, title: string, date: string) =>
    fs.writeFileSync(path.join(contentDir, 'notes', `${name}.md`), `---\ntitle: ${title}\ndate: ${date}\ntags: [fresh]\n---\n新内容：${title}。\n`);
  return { channelId, boot, stop, ticks, posts, write, contentDir };
}

describe('announcements through the Discord double', () => {
  it('does not flood the channel on first run, and posts a file added while running exactly once', async () => {
    const { boot, ticks, posts, write } = await setup();
    const run = await boot();
    await ticks(run, 2);
    expect(posts()).toHaveLength(0);

    write('brand-new', '全新的笔记', '2026-11-01');
    await ticks(run, 3);
    expect(posts()).toHaveLength(1);
    const post = posts()[0]!;
    expect(post.embeds[0]!.title).toBe('全新的笔记');
    expect(post.embeds[0]!.url).toBe('https://notes.example/brand-new');
    const request = double!.requests.find((r) => r.method === 'POST' && r.path.endsWith('/messages'))!;
    expect(request.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });
    expect(String((request.body as { nonce: string }).nonce).length).toBeLessThanOrEqual(25);
  });

  it('backfills the newest articles when a channel is first set up', async () => {
    const { boot, ticks, posts } = await setup({ ANNOUNCE_BACKFILL: '2' });
    const run = await boot();
    await ticks(run, 3);
    // Oldest first of the two newest: 76 (11-19) then 128 (11-20).
    expect(posts().map((m) => m.embeds[0]!.title)).toEqual(['76. 最小覆盖子串', '128. 最长连续序列']);
    const leetcodePost = JSON.stringify(posts()[1]!.embeds[0]);
    expect(leetcodePost).toContain('https://leetcode.com/problems/longest-consecutive-sequence/');
    expect(leetcodePost).toContain('中等');
  });

  it('posts a future article when its time comes, not before', async () => {
    const { boot, ticks, posts, write } = await setup();
    const run = await boot();
    await ticks(run, 1);
    const due = new Date(Date.now() + 2500);
    write('scheduled', '定时发布的笔记', due.toISOString());
    await ticks(run, 1);
    expect(posts()).toHaveLength(0);
    while (Date.now() < due.getTime() + 200) await sleep(100);
    await ticks(run, 2);
    expect(posts().map((m) => m.embeds[0]!.title)).toEqual(['定时发布的笔记']);
  });

  it('posts once after Discord recovers from 500s', async () => {
    const { boot, ticks, posts, write } = await setup();
    const run = await boot();
    await ticks(run, 1);
    double!.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, times: 6, status: 500 });
    write('during-outage', '故障期间的笔记', '2026-11-02');
    for (let waited = 0; posts().length === 0; waited += 100) {
      if (waited > 20_000) throw new Error('never posted after the outage');
      await sleep(100);
    }
    await ticks(run, 2);
    expect(double!.pendingFaults()).toBe(0);
    expect(posts()).toHaveLength(1);
    expect(run.logs.some((l) => l.msg === 'announcement not posted; will retry on a later tick')).toBe(true);
  });

  it('posts nothing again after a restart', async () => {
    const { boot, stop, ticks, posts, write } = await setup();
    const first = await boot();
    await ticks(first, 1);
    write('before-restart', '重启前的笔记', '2026-11-03');
    await ticks(first, 2);
    expect(posts()).toHaveLength(1);
    await stop(first);
    const second = await boot();
    await ticks(second, 3);
    expect(posts()).toHaveLength(1);
  });

  it('follows a guild’s /config announce-channel choice', async () => {
    const { boot, ticks, write } = await setup();
    const run = await boot();
    const otherChannel = double!.guilds[0]!.channels[0]!.id;
    const configured = await double!.sendCommand({ name: 'config', subcommand: 'announce-channel', options: { channel: otherChannel }, permissions: 1n << 5n });
    expect((await configured.reply()).content).toContain(`<#${otherChannel}>`);
    await ticks(run, 2); // the new channel's baseline
    write('for-other-channel', '发到新频道的笔记', '2026-11-04');
    await ticks(run, 2);
    const posted = double!.channelMessages(otherChannel).filter((m) => m.type === 0); // not the /config reply
    expect(posted.map((m) => m.embeds[0]?.title)).toEqual(['发到新频道的笔记']);
  });
});

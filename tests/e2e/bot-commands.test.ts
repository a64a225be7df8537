import { afterEach, describe, expect, it } from 'vitest';
import { customIds as buttonIds } from '../../kit/buttons.ts';
import { allCommands } from '../../commands/index.ts';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { messageRequests, startBot, tempSqliteUrl, type BotRun } from '../../kit/bot-harness.ts';
import { MANAGE_GUILD } from '../../kit/double.ts';

let double: DiscordDouble | undefined;
const runs: BotRun[] = [];

async function boot(env: Record<string, string> = {}) {
  double ??= await startDiscordDouble();
  const run = await startBot(double, env);
  runs.push(run);
  return run;
}

afterEach(async () => {
  for (const run of runs.splice(0)) await run.app.stop();
  await double?.close();
  double = undefined;
});

describe('the bot through a real discord.js client', () => {
  it('logs in, registers every command once, and answers each within 3 s', async () => {
    const { app } = await boot();
    const d = double!;
    expect(app.bot.isReady()).toBe(true);
    expect(
      d
        .registeredCommands()
        .map((c) => c.name)
        .sort(),
    ).toEqual(allCommands.map((c) => c.definition.name).sort());

    const cases: [string, Record<string, string | number | boolean>, RegExp][] = [
      ['search', { query: '滑动窗口' }, /最小覆盖子串/],
      ['card', { query: '0128-longest-consecutive-sequence' }, /最长连续序列/],
      ['latest', { count: 3 }, /最长连续序列/],
      ['random', {}, /"title"/],
      ['tags', {}, /leetcode/],
      ['help', {}, /\/search/],
    ];
    for (const [name, options, expected] of cases) {
      const handle = await d.sendCommand({ name, options });
      const callback = await handle.callback();
      expect(callback.elapsedMs, name).toBeLessThan(3000);
      const reply = await handle.reply();
      expect(JSON.stringify(reply), name).toMatch(expected);
    }
    const config = await d.sendCommand({ name: 'config', subcommand: 'show', permissions: MANAGE_GUILD });
    expect((await config.reply()).flags & 64).toBe(64);

    // Every message the bot sent parses no mentions.
    const sent = messageRequests(d.requests);
    expect(sent.length).toBeGreaterThanOrEqual(7);
    for (const request of sent) {
      const mentions = request.allowedMentions as { parse?: unknown[]; users?: unknown[]; roles?: unknown[] } | undefined;
      expect(mentions?.parse, request.path).toEqual([]);
      expect(mentions?.users ?? [], request.path).toEqual([]);
      expect(mentions?.roles ?? [], request.path).toEqual([]);
    }
  });

  it('answers in the member’s language', async () => {
    await boot();
    const english = await (await double!.sendCommand({ name: 'search', options: { query: 'zzzzqqqq' }, locale: 'en-US' })).reply();
    expect(english.content).toMatch(/Nothing matches/);
    const chinese = await (await double!.sendCommand({ name: 'search', options: { query: 'zzzzqqqq' }, locale: 'zh-TW' })).reply();
    expect(chinese.content).toMatch(/没有找到/);
  });

  it('autocompletes card titles and tags', async () => {
    await boot();
    const titles = await double!.sendAutocomplete({ name: 'card', focused: { name: 'query', value: '连续' } });
    expect(titles[0]).toEqual({ name: '128. 最长连续序列', value: '0128-longest-consecutive-sequence' });
    const tags = await double!.sendAutocomplete({ name: 'search', options: { query: 'x' }, focused: { name: 'tag', value: 'lee' } });
    expect(tags.map((c) => c.value)).toEqual(['leetcode']);
  });

  it('shows a solution privately to whoever clicks, and refuses paging by someone else', async () => {
    await boot();
    const d = double!;
    const cardMessage = await (await d.sendCommand({ name: 'card', options: { query: '最长连续序列' } })).reply();
    const solutionId = buttonIds(cardMessage).find((id) => id.startsWith('1:solution:'))!;
    const other = { id: '555555555555555555', username: 'bob' };
    const solution = await (await d.clickButton({ message: cardMessage, customId: solutionId, user: other })).reply();
    expect(solution.flags & 64).toBe(64);
    expect(JSON.stringify(solution.embeds)).toContain('哈希集合');

    const results = await (await d.sendCommand({ name: 'search', options: { query: '注意力' } })).reply();
    const next = buttonIds(results).find((id) => id.startsWith('1:search:'));
    expect(next, 'the fixture corpus has more than 5 matches for 注意力').toBeDefined();
    const refused = await (await d.clickButton({ message: results, customId: next!, user: other })).reply();
    expect(refused.flags & 64).toBe(64);
    expect(refused.content).toMatch(/属于发起命令的成员/);
    expect(d.message(results.id)!.content).toBe(results.content); // the page did not move
    const paged = await d.clickButton({ message: results, customId: next! });
    await paged.callback();
    expect(d.message(results.id)!.content).toMatch(/第 6/);
  });

  it('refuses /config to a member without Manage Server even if the server opened the command', async () => {
    await boot();
    const reply = await (await double!.sendCommand({ name: 'config', subcommand: 'show', permissions: 0n, openedByServerOverride: true })).reply();
    expect(reply.flags & 64).toBe(64);
    expect(reply.content).toMatch(/管理服务器/);
  });

  it('keeps old buttons working after a restart, without registering the commands again', async () => {
    const store = tempSqliteUrl();
    const first = await boot({ STORE_URL: store });
    const d = double!;
    // Longer than a custom_id can carry: the button refers to the query stashed in the store.
    const longQuery = '注意力 '.repeat(50).slice(0, 200);
    const results = await (await d.sendCommand({ name: 'search', options: { query: longQuery } })).reply();
    const next = buttonIds(results).find((id) => id.startsWith('1:search:'));
    const registrations = () => d.requests.filter((r) => r.method === 'PUT' && /\/commands$/.test(r.path)).length;
    expect(registrations()).toBe(1);
    await first.app.stop();
    runs.splice(runs.indexOf(first), 1);

    await boot({ STORE_URL: store });
    expect(registrations()).toBe(1);
    expect(next).toMatch(/^1:search:\d+:5:h:/);
    const paged = await d.clickButton({ message: results, customId: next! });
    await paged.callback();
    expect(d.message(results.id)!.content).toMatch(/第 6/);
    const cardMessage = await (await d.sendCommand({ name: 'card', options: { query: '最长连续序列' } })).reply();
    const solution = await (
      await d.clickButton({ message: cardMessage, customId: buttonIds(cardMessage).find((id) => id.startsWith('1:solution:'))! })
    ).reply();
    expect(JSON.stringify(solution.embeds)).toContain('哈希集合');
  });
});

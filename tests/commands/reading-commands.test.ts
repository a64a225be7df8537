import { describe, expect, it } from 'vitest';
import { command as card } from '../../commands/card.ts';
import { command as help } from '../../commands/help.ts';
import { command as latest } from '../../commands/latest.ts';
import { command as random } from '../../commands/random.ts';
import { command as search } from '../../commands/search.ts';
import { command as tags } from '../../commands/tags.ts';
import { ComponentRoutes } from '../../src/interactions/component-routing.ts';
import type { BotDeps, ComponentInput, Reply } from '../../src/interactions/types.ts';
import { commandInput, fixtureDeps } from '../helpers/deps.ts';

const buttons = (reply: Reply) => (reply.components ?? []).flatMap((row) => row.components).map((c) => c as { custom_id: string; label: string });
const text = (value: unknown) => JSON.stringify(value);

const routes = new ComponentRoutes([search, card, random]);

async function clickButton(deps: BotDeps, customId: string, userId = '100000000000000001') {
  const route = routes.route(customId)!;
  const input: ComponentInput = { ...commandInput({}, { user: { id: userId, name: 'someone' } }), args: route.args, messageId: '400000000000000001' };
  return route.handler.handle(input, deps);
}

describe('/search', () => {
  it('finds a Chinese phrase without spaces and links the title', async () => {
    const deps = await fixtureDeps();
    const reply = await search.run(commandInput({ query: '最长连续' }), deps);
    expect(reply.ephemeral).toBeFalsy();
    expect(reply.embeds?.[0]?.title).toBe('128. 最长连续序列');
    expect(reply.embeds?.[0]?.url).toBe('https://notes.example/0128-longest-consecutive-sequence');
  });

  it('finds English terms by alias and forgives a typo', async () => {
    const deps = await fixtureDeps();
    expect((await search.run(commandInput({ query: 'online softmax' }), deps)).embeds?.[0]?.title).toMatch(/FlashAttention/);
    expect((await search.run(commandInput({ query: 'flashatention' }), deps)).embeds?.[0]?.title).toMatch(/FlashAttention/);
  });

  it('never shows drafts or future articles', async () => {
    const deps = await fixtureDeps();
    for (const query of ['未来的笔记', '草稿']) {
      const reply = await search.run(commandInput({ query }), deps);
      expect(text(reply.embeds ?? [])).not.toMatch(/未来的笔记|草稿笔记|还没有发布|草稿内容/);
    }
  });

  it('filters by tag', async () => {
    const deps = await fixtureDeps();
    const reply = await search.run(commandInput({ query: 'gpu', tag: 'training' }), deps);
    expect(reply.embeds?.map((e) => e.title)).toEqual(['Mixed precision training']);
  });

  it('explains an empty result privately with "did you mean" titles', async () => {
    const deps = await fixtureDeps();
    const reply = await search.run(commandInput({ query: 'Flash Attentoin kernels quantum' }), deps);
    if (reply.embeds?.length) return; // a fuzzy engine may still find it; the next query cannot match
    expect(reply.ephemeral).toBe(true);
    const none = await search.run(commandInput({ query: 'zzzzqqqq' }, { lang: 'en' }), deps);
    expect(none.ephemeral).toBe(true);
    expect(none.content).toMatch(/Nothing matches \*\*zzzzqqqq\*\*/);
  });

  it('asks for a query when given only spaces', async () => {
    const reply = await search.run(commandInput({ query: '   ' }), await fixtureDeps());
    expect(reply).toMatchObject({ ephemeral: true });
    expect(reply.content).toBeTruthy();
  });

  it('pages with a button only its owner can use, also for queries too long for a custom_id', async () => {
    const deps = await fixtureDeps();
    const longQuery = `的 ${'注意力 '.repeat(40)}`.slice(0, 200);
    for (const query of ['的', longQuery]) {
      const first = await search.run(commandInput({ query }), deps);
      const next = buttons(first).find((b) => b.custom_id.includes(':5:'));
      if (!next) continue; // fewer than 6 matches: no paging to test for this query
      expect(next.custom_id.length).toBeLessThanOrEqual(100);
      const other = await clickButton(deps, next.custom_id, '999999999999999999');
      expect(other).toMatchObject({ kind: 'reply', ephemeral: true });
      const own = await clickButton(deps, next.custom_id);
      expect(own.kind).toBe('update');
      expect(own.content).toMatch(/6/);
    }
  });

  it('refuses a forged paging button', async () => {
    const deps = await fixtureDeps();
    for (const id of ['search:100000000000000001:abc:i::x', 'search:100000000000000001:5:h:doesnotexist', 'search:100000000000000001:5:zz']) {
      expect(await clickButton(deps, id)).toMatchObject({ kind: 'reply', ephemeral: true });
    }
  });

  it('autocompletes tags of published articles only', async () => {
    const deps = await fixtureDeps();
    const choices = await search.autocomplete!({ ...commandInput(), focused: { name: 'tag', value: '' } }, deps);
    const values = choices.map((c) => c.value);
    expect(values).toContain('leetcode');
    expect(values).not.toContain('future');
    expect(values).not.toContain('draft-only');
  });
});

describe('/card', () => {
  it('shows a LeetCode card with difficulty, both problem links and a solution button', async () => {
    const deps = await fixtureDeps();
    const reply = await card.run(commandInput({ query: '0128-longest-consecutive-sequence' }), deps);
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe('128. 最长连续序列');
    expect(embed.description).toContain('未排序');
    expect(embed.description).not.toContain('哈希集合'); // the answer stays hidden
    expect(text(embed)).toContain('https://leetcode.cn/problems/longest-consecutive-sequence/');
    expect(text(embed)).toContain('https://leetcode.com/problems/longest-consecutive-sequence/');
    expect(text(embed)).toContain('中等');
    const solution = buttons(reply).find((b) => b.custom_id.startsWith('solution:'))!;
    const answer = await clickButton(deps, solution.custom_id);
    expect(answer).toMatchObject({ kind: 'reply', ephemeral: true });
    expect(text(answer)).toContain('哈希集合');
    expect(text(answer)).toContain('```ts');
  });

  it('picks the best match for free text, and answers privately with hide', async () => {
    const deps = await fixtureDeps();
    const reply = await card.run(commandInput({ query: '最长连续序列', hide: true }), deps);
    expect(reply.embeds?.[0]?.title).toBe('128. 最长连续序列');
    expect(reply.ephemeral).toBe(true);
  });

  it('explains an unknown card privately', async () => {
    const deps = await fixtureDeps();
    const reply = await card.run(commandInput({ query: 'zzzzqqqq' }, { lang: 'en' }), deps);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/No article matches/);
  });

  it('does not reveal a future article by id', async () => {
    const deps = await fixtureDeps();
    const reply = await card.run(commandInput({ query: 'future-note' }), deps);
    expect(text(reply)).not.toContain('未来的笔记');
  });

  it('autocompletes at most 25 titles with ids as values', async () => {
    const deps = await fixtureDeps();
    const choices = await card.autocomplete!({ ...commandInput(), focused: { name: 'query', value: '连续' } }, deps);
    expect(choices[0]).toEqual({ name: '128. 最长连续序列', value: '0128-longest-consecutive-sequence' });
    const all = await card.autocomplete!({ ...commandInput(), focused: { name: 'query', value: '' } }, deps);
    expect(all.length).toBeLessThanOrEqual(25);
    expect(all.map((c) => c.value)).not.toContain('future-note');
  });
});

describe('/latest, /random, /tags, /help', () => {
  it('lists the newest published articles, newest first', async () => {
    const deps = await fixtureDeps();
    const reply = await latest.run(commandInput({ count: 2 }), deps);
    const description = reply.embeds![0]!.description!;
    expect(description.indexOf('最长连续序列')).toBeGreaterThan(-1);
    expect(description.indexOf('最长连续序列')).toBeLessThan(description.indexOf('最小覆盖子串'));
    expect(description).not.toContain('FlashAttention');
    const all = await latest.run(commandInput({}), deps);
    expect(all.embeds![0]!.description!.split('\n')).toHaveLength(5);
  });

  it('gives a random published article with a tag, and "another one" for its owner only in place', async () => {
    const deps = await fixtureDeps();
    const reply = await random.run(commandInput({ tag: 'leetcode' }), deps);
    expect(reply.embeds?.[0]?.title).toMatch(/^(128|76)\./);
    const another = buttons(reply).find((b) => b.custom_id.startsWith('random:'))!;
    const own = await clickButton(deps, another.custom_id);
    expect(own.kind).toBe('update');
    expect(own.embeds?.[0]?.title).not.toBe(reply.embeds?.[0]?.title); // the other LeetCode card
    const other = await clickButton(deps, another.custom_id, '999999999999999999');
    expect(other).toMatchObject({ kind: 'reply', ephemeral: true });
    const none = await random.run(commandInput({ tag: 'no-such-tag' }), deps);
    expect(none.ephemeral).toBe(true);
  });

  it('counts tags of published articles', async () => {
    const deps = await fixtureDeps();
    const reply = await tags.run(commandInput(), deps);
    const description = reply.embeds![0]!.description!;
    expect(description).toContain('`gpu` 2');
    expect(description).toContain('`leetcode` 2');
    expect(description).not.toContain('future');
  });

  it('lists every command and the version', async () => {
    const deps = await fixtureDeps();
    const reply = await help.run(commandInput({}, { lang: 'en' }), deps);
    const embed = reply.embeds![0]!;
    expect(embed.fields!.map((f) => f.name.split(' ')[0])).toEqual(['/search', '/card', '/latest', '/random', '/tags', '/quiz', '/stats', '/remind', '/export', '/leaderboard', '/config']);
    expect(embed.footer?.text).toBe('Version 9.9.9');
  });
});

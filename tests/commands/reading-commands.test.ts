import { describe, expect, it } from 'vitest';
import { command as card } from '../../commands/card.ts';
import { allCommands } from '../../commands/index.ts';
import { command as search } from '../../commands/search.ts';
import { buildDeps } from '../../kit/deps.ts';
import { buttonOf, click, commandInput, invoke } from '../../kit/invoke.ts';
import { ALICE, BOB } from '../../kit/members.ts';

const text = (value: unknown) => JSON.stringify(value);

describe('/search', () => {
  it('finds a Chinese phrase without spaces and links the title', async () => {
    const deps = await buildDeps();
    const reply = await invoke('search', deps, { options: { query: '最长连续' } });
    expect(reply.ephemeral).toBeFalsy();
    expect(reply.embeds?.[0]?.title).toBe('128. 最长连续序列');
    expect(reply.embeds?.[0]?.url).toBe('https://notes.example/0128-longest-consecutive-sequence');
  });

  it('finds English terms by alias and forgives a typo', async () => {
    const deps = await buildDeps();
    expect((await invoke('search', deps, { options: { query: 'online softmax' } })).embeds?.[0]?.title).toMatch(/FlashAttention/);
    expect((await invoke('search', deps, { options: { query: 'flashatention' } })).embeds?.[0]?.title).toMatch(/FlashAttention/);
  });

  it("shows a typo's passage around the word the search corrected it to, in bold", async () => {
    const deps = await buildDeps();
    const reply = await invoke('search', deps, { options: { query: 'attentoin' } });
    // Before, these showed each article's opening: "attentoin" is in none of them.
    const bolded = (reply.embeds ?? []).filter((embed) => /\*\*[^*]*attention[^*]*\*\*/i.test(embed.description ?? ''));
    expect(bolded.length).toBeGreaterThan(0);
  });

  it('never shows drafts or future articles', async () => {
    const deps = await buildDeps();
    for (const query of ['未来的笔记', '草稿']) {
      const reply = await invoke('search', deps, { options: { query } });
      expect(text(reply.embeds ?? [])).not.toMatch(/未来的笔记|草稿笔记|还没有发布|草稿内容/);
    }
  });

  it('filters by tag', async () => {
    const deps = await buildDeps();
    const reply = await invoke('search', deps, { options: { query: 'gpu', tag: 'training' } });
    expect(reply.embeds?.map((e) => e.title)).toEqual(['Mixed precision training']);
  });

  it('explains an empty result privately with "did you mean" titles', async () => {
    const deps = await buildDeps();
    const reply = await invoke('search', deps, { options: { query: 'Flash Attentoin kernels quantum' } });
    if (reply.embeds?.length) return; // a fuzzy engine may still find it; the next query cannot match
    expect(reply.ephemeral).toBe(true);
    const none = await invoke('search', deps, { options: { query: 'zzzzqqqq' } }, { lang: 'en' });
    expect(none.ephemeral).toBe(true);
    expect(none.content).toMatch(/Nothing matches \*\*zzzzqqqq\*\*/);
  });

  it('asks for a query when given only spaces', async () => {
    const reply = await invoke('search', await buildDeps(), { options: { query: '   ' } });
    expect(reply).toMatchObject({ ephemeral: true });
    expect(reply.content).toBeTruthy();
  });

  it('pages with a button only its owner can use, also for queries too long for a custom_id', async () => {
    const deps = await buildDeps();
    const longQuery = `的 ${'注意力 '.repeat(40)}`.slice(0, 200);
    for (const query of ['的', longQuery]) {
      const first = await invoke('search', deps, { options: { query } });
      let next: string;
      try {
        next = buttonOf(first, 'search', (button) => button.offset === 5);
      } catch {
        continue; // fewer than 6 matches: no paging to test for this query
      }
      expect(next.length).toBeLessThanOrEqual(100);
      const other = await click(next, deps, { user: BOB });
      expect(other).toMatchObject({ kind: 'reply', ephemeral: true });
      const own = await click(next, deps);
      expect(own.kind).toBe('update');
      expect(own.content).toMatch(/6/);
    }
  });

  it('refuses a forged paging button', async () => {
    const deps = await buildDeps();
    for (const id of [
      `search:${ALICE.id}:abc:i::x`,
      `search:${ALICE.id}:5:h:doesnotexist`,
      `search:${ALICE.id}:5:zz`,
      `1:search:${ALICE.id}:abc:i::x`,
      `1:search:${ALICE.id}:5:h:doesnotexist0000`,
    ]) {
      expect(await click(id, deps)).toMatchObject({ kind: 'reply', ephemeral: true });
    }
  });

  it('autocompletes tags of published articles only', async () => {
    const deps = await buildDeps();
    const choices = await search.autocomplete!({ ...commandInput(), focused: { name: 'tag', value: '' } }, deps);
    const values = choices.map((c) => c.value);
    expect(values).toContain('leetcode');
    expect(values).not.toContain('future');
    expect(values).not.toContain('draft-only');
  });
});

describe('/card', () => {
  it('shows a LeetCode card with difficulty, both problem links and a solution button', async () => {
    const deps = await buildDeps();
    const reply = await invoke('card', deps, { options: { query: '0128-longest-consecutive-sequence' } });
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe('128. 最长连续序列');
    expect(embed.description).toContain('未排序');
    expect(embed.description).not.toContain('哈希集合'); // the answer stays hidden
    expect(text(embed)).toContain('https://leetcode.cn/problems/longest-consecutive-sequence/');
    expect(text(embed)).toContain('https://leetcode.com/problems/longest-consecutive-sequence/');
    expect(text(embed)).toContain('中等');
    const answer = await click(buttonOf(reply, 'solution'), deps);
    expect(answer).toMatchObject({ kind: 'reply', ephemeral: true });
    expect(text(answer)).toContain('哈希集合');
    expect(text(answer)).toContain('```ts');
  });

  it('picks the best match for free text, and answers privately with hide', async () => {
    const deps = await buildDeps();
    const reply = await invoke('card', deps, { options: { query: '最长连续序列', hide: true } });
    expect(reply.embeds?.[0]?.title).toBe('128. 最长连续序列');
    expect(reply.ephemeral).toBe(true);
  });

  it('explains an unknown card privately', async () => {
    const deps = await buildDeps();
    const reply = await invoke('card', deps, { options: { query: 'zzzzqqqq' } }, { lang: 'en' });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/No article matches/);
  });

  it('does not reveal a future article by id', async () => {
    const deps = await buildDeps();
    const reply = await invoke('card', deps, { options: { query: 'future-note' } });
    expect(text(reply)).not.toContain('未来的笔记');
  });

  it('autocompletes at most 25 titles with ids as values', async () => {
    const deps = await buildDeps();
    const choices = await card.autocomplete!({ ...commandInput(), focused: { name: 'query', value: '连续' } }, deps);
    expect(choices[0]).toEqual({ name: '128. 最长连续序列', value: '0128-longest-consecutive-sequence' });
    const all = await card.autocomplete!({ ...commandInput(), focused: { name: 'query', value: '' } }, deps);
    expect(all.length).toBeLessThanOrEqual(25);
    expect(all.map((c) => c.value)).not.toContain('future-note');
  });
});

describe('/latest, /random, /tags, /help', () => {
  it('lists the newest published articles, newest first', async () => {
    const deps = await buildDeps();
    const reply = await invoke('latest', deps, { options: { count: 2 } });
    const description = reply.embeds![0]!.description!;
    expect(description.indexOf('最长连续序列')).toBeGreaterThan(-1);
    expect(description.indexOf('最长连续序列')).toBeLessThan(description.indexOf('最小覆盖子串'));
    expect(description).not.toContain('FlashAttention');
    const all = await invoke('latest', deps);
    expect(all.embeds![0]!.description!.split('\n')).toHaveLength(5);
  });

  it('gives a random published article with a tag, and "another one" for its owner only in place', async () => {
    const deps = await buildDeps();
    const reply = await invoke('random', deps, { options: { tag: 'leetcode' } });
    expect(reply.embeds?.[0]?.title).toMatch(/^(128|76)\./);
    const another = buttonOf(reply, 'random');
    const own = await click(another, deps);
    expect(own.kind).toBe('update');
    expect(own.embeds?.[0]?.title).not.toBe(reply.embeds?.[0]?.title); // the other LeetCode card
    const other = await click(another, deps, { user: BOB });
    expect(other).toMatchObject({ kind: 'reply', ephemeral: true });
    const none = await invoke('random', deps, { options: { tag: 'no-such-tag' } });
    expect(none.ephemeral).toBe(true);
  });

  it('counts tags of published articles', async () => {
    const deps = await buildDeps();
    const reply = await invoke('tags', deps);
    const description = reply.embeds![0]!.description!;
    expect(description).toContain('`gpu` 2');
    expect(description).toContain('`leetcode` 2');
    expect(description).not.toContain('future');
  });

  it('lists every command and the version', async () => {
    const deps = await buildDeps();
    const reply = await invoke('help', deps, {}, { lang: 'en' });
    const embed = reply.embeds![0]!;
    const listed = embed.fields!.map((f) => f.name.split(' ')[0]);
    expect(listed).toEqual(
      expect.arrayContaining(['/search', '/card', '/latest', '/random', '/tags', '/quiz', '/stats', '/remind', '/export', '/leaderboard', '/config']),
    );
    expect(embed.footer?.text).toBe('Version 9.9.9');
  });

  it('lists every registered command but itself, in order, with its usage and a line from the catalog in both languages', async () => {
    const deps = await buildDeps();
    const others = allCommands.filter((command) => command.definition.name !== 'help');
    for (const lang of ['en', 'zh'] as const) {
      const fields = (await invoke('help', deps, {}, { lang })).embeds![0]!.fields!;
      expect(fields.map((f) => f.name.split(' ')[0])).toEqual(others.map((command) => `/${command.definition.name}`));
      for (const field of fields) expect(field.value.length, field.name).toBeGreaterThan(0);
    }
    const en = (await invoke('help', deps, {}, { lang: 'en' })).embeds![0]!.fields!;
    expect(en.find((f) => f.name.startsWith('/search'))).toEqual({ name: '/search query [tag]', value: expect.stringContaining('Up to 5 results a page') });
    expect(en.find((f) => f.name.startsWith('/card'))?.name).toBe('/card query [hide]');
  });
});

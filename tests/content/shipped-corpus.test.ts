import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { command as card } from '../../commands/card.ts';
import { command as search } from '../../commands/search.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { buildDeps } from '../../kit/deps.ts';
import { commandInput } from '../../kit/invoke.ts';

const CONTENT = path.resolve(import.meta.dirname, '..', '..', 'content');
const FEED_TITLES = [/最长连续序列/, /最小覆盖子串/, /EDM|Elucidating/, /Prefix/i, /Adapter/i, /SDE/, /FlashAttention/, /SMLD|Score/i, /LoRA/, /随机微分|SDE/, /混合精度|mixed/i, /Medusa/];

describe('the shipped corpus', () => {
  it('loads without a problem: the 12 feed updates and at least 32 LeetCode cards', async () => {
    const { articles, problems } = await loadCorpus(CONTENT, { timezone: 'Asia/Shanghai', siteUrl: null });
    expect(problems).toEqual([]);
    expect(articles.filter((a) => a.leetcode).length).toBeGreaterThanOrEqual(32);
    const newestTwelve = [...articles].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, 12);
    newestTwelve.forEach((article, index) => expect(article.title, `feed item ${index + 1}`).toMatch(FEED_TITLES[index]!));
    for (const article of newestTwelve.filter((a) => !a.leetcode)) {
      expect(article.body, article.id).toMatch(/arxiv\.org\/abs\/\d{4}\.\d{4,5}/);
      expect(article.body.length, article.id).toBeGreaterThan(2000);
      expect(article.body, article.id).not.toMatch(/\.\.\.\s*$/);
      expect(article.aliases.length, article.id).toBeGreaterThan(0);
    }
  });

  it('shows a complete /card 最长连续序列 and finds notes in Chinese and English', async () => {
    const deps = await buildDeps({ contentDir: CONTENT, now: new Date() });
    const reply = await card.run(commandInput({ options: { query: '最长连续序列' } }, { now: new Date() }), deps);
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe('128. 最长连续序列');
    expect(embed.description).toMatch(/示例/);
    expect(JSON.stringify(embed.fields)).toContain('leetcode.com/problems/longest-consecutive-sequence');
    for (const [query, title] of [['online softmax', /FlashAttention/], ['low-rank adaptation', /LoRA/], ['滑动窗口', /最小覆盖子串|滑动窗口/], ['混合精度', /混合精度/]] as const) {
      const found = await search.run(commandInput({ options: { query } }, { now: new Date() }), deps);
      expect(found.embeds?.map((e) => e.title).join('\n'), query).toMatch(title);
    }
  });
});

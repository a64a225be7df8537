import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCorpus, readArticle, readArticles } from '../../src/corpus/load.ts';

function corpus(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-corpus-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const context = { timezone: 'Asia/Shanghai', siteUrl: 'https://site.example' };
const good = (extra = '', body = '正文。') => `---\ntitle: 标题\ndate: 2026-11-20\n${extra}---\n${body}\n`;
const leetcodeBody = '给定数组。\n\n## 题解\n\n用哈希集合。\n';

describe('loadCorpus', () => {
  it('loads every field, with defaults and links', async () => {
    const dir = corpus({
      'notes/lora.md': good('tags: [peft, llm]\naliases: [LoRA, low-rank adaptation]\nsummary: 一句话。\n'),
      'leetcode/0128-longest.md': good(
        'leetcode: { id: 128, slug: longest-consecutive-sequence, difficulty: Medium }\nurl: https://x.example/128\n',
        leetcodeBody,
      ),
      'draft.md': good('draft: true\nid: custom-id\n'),
    });
    const { articles, problems } = await loadCorpus(dir, context);
    expect(problems).toEqual([]);
    const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
    expect(Object.keys(byId).sort()).toEqual(['0128-longest', 'custom-id', 'lora']);
    expect(byId.lora).toMatchObject({
      path: 'notes/lora.md',
      title: '标题',
      tags: ['peft', 'llm'],
      aliases: ['LoRA', 'low-rank adaptation'],
      summary: '一句话。',
      url: 'https://site.example/lora',
      draft: false,
      leetcode: null,
    });
    // A bare date is midnight in TIMEZONE (UTC+8), not midnight UTC.
    expect(byId.lora!.date.toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(byId['custom-id']!.draft).toBe(true);
    const card = byId['0128-longest']!;
    expect(card.url).toBe('https://x.example/128');
    expect(card.leetcode).toMatchObject({
      number: 128,
      difficulty: 'medium',
      question: '给定数组。',
      links: { cn: 'https://leetcode.cn/problems/longest-consecutive-sequence/', com: 'https://leetcode.com/problems/longest-consecutive-sequence/' },
    });
    expect(card.leetcode!.answer).toMatch(/^## 题解\n\n用哈希集合。/);
  });

  it('has no article link without url or SITE_URL', async () => {
    const { articles } = await loadCorpus(corpus({ 'a.md': good() }), { timezone: 'UTC', siteUrl: null });
    expect(articles[0]!.url).toBeNull();
  });

  it.each([
    ['2026-11-20T20:00:00+08:00', '2026-11-20T12:00:00.000Z'],
    ['2026-11-20T20:00:00Z', '2026-11-20T20:00:00.000Z'],
    ['2026-11-20T20:00', '2026-11-20T12:00:00.000Z'],
    ['2026-11-20 08:30:00', '2026-11-20T00:30:00.000Z'],
  ])('reads date %s', async (date, iso) => {
    const { articles, problems } = await loadCorpus(corpus({ 'a.md': `---\ntitle: T\ndate: ${date}\n---\nx` }), context);
    expect(problems).toEqual([]);
    expect(articles[0]!.date.toISOString()).toBe(iso);
  });

  it('reports each kind of bad file with path, place and reason, and still loads the rest', async () => {
    const dir = corpus({
      'ok.md': good(),
      'bad-yaml.md': '---\ntitle: [unclosed\ndate: 2026-11-20\n---\nx',
      'no-title.md': '---\ndate: 2026-11-20\n---\nx',
      'numeric-title.md': '---\ntitle: 2024\ndate: 2026-11-20\n---\nx',
      'no-date.md': '---\ntitle: T\n---\nx',
      'bad-date.md': '---\ntitle: T\ndate: 2026-02-30\n---\nx',
      'words-date.md': '---\ntitle: T\ndate: yesterday\n---\nx',
      'tags-string.md': good('tags: peft\n'),
      'alias-object.md': good('aliases: [{ a: 1 }]\n'),
      'draft-string.md': good('draft: "yes"\n'),
      'bad-id.md': good('id: Bad_ID\n'),
      'bad-url.md': good('url: not-a-url\n'),
      'lc-no-answer.md': good('leetcode: { id: 1, slug: two-sum, difficulty: easy }\n', '只有题目。\n\n```\n## 题解\n```\n'),
      'lc-bad-difficulty.md': good('leetcode: { id: 1, slug: two-sum, difficulty: trivial }\n', leetcodeBody),
      'lc-bad-shape.md': good('leetcode: 128\n', leetcodeBody),
      'unknown-field.md': good('tittle: typo\n'),
      'latin1.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]),
      'Bad Name.md': good(),
      'a/dup.md': good('id: shared\n'),
      'b/dup.md': good('id: shared\n'),
    });
    const { articles, problems } = await loadCorpus(dir, context);
    expect(articles.map((a) => a.path).sort()).toEqual(['a/dup.md', 'ok.md']);
    const byPath = new Map<string, string[]>();
    for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), formatProblem(p)]);
    const expectProblem = (file: string, pattern: RegExp) => expect((byPath.get(file) ?? []).join('\n')).toMatch(pattern);
    expectProblem('bad-yaml.md', /bad-yaml\.md \(line \d+\): invalid YAML/);
    expectProblem('no-title.md', /\(title\): is required/);
    expectProblem('numeric-title.md', /\(title\): must be text.*quote it/);
    expectProblem('no-date.md', /\(date\): is required/);
    expectProblem('bad-date.md', /\(date\): "2026-02-30" is not an ISO 8601 date/);
    expectProblem('words-date.md', /\(date\)/);
    expectProblem('tags-string.md', /\(tags\): must be a list/);
    expectProblem('alias-object.md', /\(aliases\[0\]\): must be text/);
    expectProblem('draft-string.md', /\(draft\): must be true or false/);
    expectProblem('bad-id.md', /\(id\):.*lowercase/);
    expectProblem('bad-url.md', /\(url\):.*not an http/);
    expectProblem('lc-no-answer.md', /\(leetcode\):.*题解/);
    expectProblem('lc-bad-difficulty.md', /\(leetcode\.difficulty\): must be easy, medium or hard/);
    expectProblem('lc-bad-shape.md', /\(leetcode\): must be a mapping/);
    expectProblem('unknown-field.md', /\(tittle\): unknown field/);
    expectProblem('latin1.md', /not valid UTF-8/);
    expectProblem('Bad Name.md', /\(id\): the file name "Bad Name" is not a valid id/);
    expectProblem('b/dup.md', /\(id\): duplicate id "shared": a\/dup\.md already uses it/);
    expect(byPath.size).toBe(18);
  });

  it('reads a file with a byte order mark or Windows line ends as any other', async () => {
    const dir = corpus({
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good('tags: [a]\n'))]),
      'crlf.md': good('tags: [b]\n', '第一行。\n第二行。').replace(/\n/g, '\r\n'),
    });
    const { articles, problems } = await loadCorpus(dir, context);
    expect(problems).toEqual([]);
    const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
    expect(byId.bom).toMatchObject({ title: '标题', tags: ['a'], body: '正文。\n' });
    expect(byId.crlf).toMatchObject({ title: '标题', tags: ['b'] });
    expect(byId.crlf!.body).toMatch(/^第一行。\r?\n第二行。/);
  });

  it('accepts "## Solution" in any case and ignores headings inside code', async () => {
    const body = '```md\n## Solution\n```\n题目\n\n## solution\n\n答案\n';
    const { articles, problems } = await loadCorpus(
      corpus({ 'x.md': good('leetcode: { id: 2, slug: add-two-numbers, difficulty: medium }\n', body) }),
      context,
    );
    expect(problems).toEqual([]);
    expect(articles[0]!.leetcode!.question).toContain('```md\n## Solution\n```');
    expect(articles[0]!.leetcode!.answer).toMatch(/^## solution/);
  });

  it('throws only when the folder itself cannot be read', async () => {
    await expect(loadCorpus('/nonexistent/studycards', context)).rejects.toThrow(/cannot read the content folder/);
  });
});

describe('readArticles', () => {
  it('reads a large folder (with its read-ahead thread) exactly as one file at a time would, missing and bad files included', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`notes/${String(i).padStart(3, '0')}.md`] = i % 50 === 7 ? 'no front matter' : good(`id: n${i}\n`, `第 ${i} 篇。`);
    const dir = corpus(files);
    const paths = [...Object.keys(files), 'notes/gone.md'];
    const read = await readArticles(dir, paths, context);
    const oneByOne = await Promise.all(paths.map((relativePath) => readArticle(dir, relativePath, context)));
    expect(read).toEqual(oneByOne);
    expect(read.filter((outcome) => outcome.ok)).toHaveLength(294);
    expect(read.at(-1)).toMatchObject({ ok: false, problems: [{ path: 'notes/gone.md', reason: expect.stringMatching(/^cannot read the file/) }] });
  });
});

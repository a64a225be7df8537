import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { command as card } from '../../commands/card.ts';
import { command as search } from '../../commands/search.ts';
import { command as tags } from '../../commands/tags.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { loadTagVocabulary, parseTagVocabulary } from '../../src/corpus/tag-vocabulary.ts';
import { buildDeps } from '../../kit/deps.ts';
import { commandInput } from '../../kit/invoke.ts';

const SHIPPED = path.resolve(import.meta.dirname, '..', '..', 'content');
const HOT_100_TOPICS = [
  'topic-hash',
  'topic-two-pointers',
  'topic-sliding-window',
  'topic-substring',
  'topic-array',
  'topic-matrix',
  'topic-linked-list',
  'topic-binary-tree',
  'topic-graph',
  'topic-backtracking',
  'topic-binary-search',
  'topic-stack',
  'topic-heap',
  'topic-greedy',
  'topic-dp',
  'topic-multi-dp',
  'topic-tricks',
];

function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-tags-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const linkedListCard = `---
title: "206. 反转链表"
date: "2026-11-01"
tags: [leetcode, hot-100, topic-linked-list, linked-list]
aliases: ["Reverse Linked List"]
leetcode: { id: 206, slug: reverse-linked-list, difficulty: easy }
---
把链表反过来。

## 题解

逐个改指针。
`;

const vocabularyText = `# comment
leetcode: { zh: LeetCode, en: LeetCode }
hot-100: { zh: Hot 100, en: Hot 100 }
topic-linked-list: { zh: 链表, en: Linked list }
linked-list: { zh: 链表结构, en: Linked list structure }
`;

describe('tag vocabulary', () => {
  it('reads labels in both languages and lists the topics in file order', () => {
    const { vocabulary, problems } = parseTagVocabulary(vocabularyText);
    expect(problems).toEqual([]);
    expect(vocabulary?.label('topic-linked-list', 'zh')).toBe('链表');
    expect(vocabulary?.label('topic-linked-list', 'en')).toBe('Linked list');
    expect(vocabulary?.label('unknown-tag', 'zh')).toBe('unknown-tag');
    expect(vocabulary?.topics()).toEqual(['topic-linked-list']);
    expect(vocabulary?.lines.get('linked-list')).toBe(5);
  });

  it('names the line of an entry without both labels, and keeps the good ones', () => {
    const { vocabulary, problems } = parseTagVocabulary('good: { zh: 好, en: Good }\nhalf: { zh: 一半 }\nplain: text\n');
    expect(problems.map((p) => `${p.path} (${p.where}): ${p.reason}`)).toEqual([
      'tags.yml (line 2): "half" needs a Chinese and an English label: half: { zh: …, en: … }',
      'tags.yml (line 3): "plain" needs a Chinese and an English label: plain: { zh: …, en: … }',
    ]);
    expect(vocabulary?.has('good')).toBe(true);
    expect(vocabulary?.has('half')).toBe(false);
  });

  it('reports broken YAML with its line, and a folder without tags.yml has no vocabulary', async () => {
    expect(parseTagVocabulary('a: { zh: x, en: y }\nb: [unclosed\n').problems[0]?.where).toMatch(/^line \d/);
    expect(await loadTagVocabulary(folderWith({ 'a.md': '---\ntitle: a\ndate: 2026-11-01\n---\n' }))).toEqual({ vocabulary: null, problems: [] });
  });

  it('the shipped tags.yml labels every tag the shipped content uses, and all 17 Hot 100 topics', async () => {
    const { vocabulary, problems } = await loadTagVocabulary(SHIPPED);
    expect(problems).toEqual([]);
    const { articles } = await loadCorpus(SHIPPED, { timezone: 'UTC', siteUrl: null });
    const used = new Set(articles.flatMap((a) => a.tags));
    expect([...used].filter((tag) => !vocabulary?.has(tag))).toEqual([]);
    expect(vocabulary?.topics()).toEqual(HOT_100_TOPICS);
  });

  it('/tags shows each label in the member language beside the tag', async () => {
    const dir = folderWith({ 'tags.yml': vocabularyText, 'leetcode/0206-reverse-linked-list.md': linkedListCard });
    const deps = await buildDeps({ contentDir: dir });
    const zh = JSON.stringify(await tags.run(commandInput(), deps));
    const en = JSON.stringify(await tags.run(commandInput({}, { lang: 'en' }), deps));
    expect(zh).toContain('链表 `topic-linked-list` 1');
    expect(en).toContain('Linked list `topic-linked-list` 1');
    expect(en).toContain('Linked list structure `linked-list` 1');
  });

  it('the tag option of /search finds a tag by its label and shows the label', async () => {
    const dir = folderWith({ 'tags.yml': vocabularyText, 'leetcode/0206-reverse-linked-list.md': linkedListCard });
    const deps = await buildDeps({ contentDir: dir });
    const complete = (value: string, lang: 'zh' | 'en') =>
      search.autocomplete!({ ...commandInput({}, { lang }), subcommand: null, focused: { name: 'tag', value } }, deps);
    expect(await complete('链表结构', 'zh')).toEqual([{ name: '链表结构 · linked-list (1)', value: 'linked-list' }]);
    expect((await complete('linked list', 'en')).map((choice) => choice.name)).toEqual([
      'Linked list structure · linked-list (1)',
      'Linked list · topic-linked-list (1)',
    ]);
  });

  it('a card shows its tags by label in the member language', async () => {
    const dir = folderWith({ 'tags.yml': vocabularyText, 'leetcode/0206-reverse-linked-list.md': linkedListCard });
    const deps = await buildDeps({ contentDir: dir });
    const tagField = async (lang: 'zh' | 'en') => {
      const reply = await card.run(commandInput({ options: { query: '0206-reverse-linked-list' } }, { lang }), deps);
      return reply.embeds?.[0]?.fields?.find((field) => /标签|Tags/.test(field.name))?.value;
    };
    expect(await tagField('zh')).toBe('`LeetCode` `Hot 100` `链表` `链表结构`');
    expect(await tagField('en')).toBe('`LeetCode` `Hot 100` `Linked list` `Linked list structure`');
  });
});

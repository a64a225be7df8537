import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The longest id the corpus accepts (src/corpus/parse-article.ts): every button must still fit. */
export const LONGEST_ID = `${'a'.repeat(30)}-${'b'.repeat(33)}`;
export const LONG_LEETCODE_ID = `9999-${'c'.repeat(59)}`;
/** A tag of six Chinese characters: 54 characters once percent-encoded for a custom_id. */
export const CHINESE_TAG = '动态规划专题';
/** Longer than a button can carry even percent-encoded. */
export const LONG_TAG = `长标签-${'很长'.repeat(60)}`;

const NASTY =
  '@everyone @here <@123456789012345678> <@&123456789012345678> **粗体** `code` ||spoiler|| \u202e反向文字\u202c 👨‍👩‍👧‍👦 𠀋 [link](https://evil.example)';

const yamlString = (text: string) => JSON.stringify(text);

interface ArticleSpec {
  file: string;
  front: Record<string, string>;
  body: string;
}

function write(dir: string, spec: ArticleSpec): void {
  const front = Object.entries(spec.front).map(([key, value]) => `${key}: ${value}`);
  const file = path.join(dir, spec.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, ['---', ...front, '---', spec.body, ''].join('\n'));
}

/**
 * A corpus at the edges of what the loader accepts: 64-character ids, titles and tags far past what
 * any Discord field can hold, mentions and Markdown in every text, dozens of tags per article, and a
 * solution longer than one message. Written to a temporary folder; returns its path.
 */
export function writeHostileCorpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-hostile-corpus-'));
  const manyTags = Array.from({ length: 60 }, (_, i) => `标签${i}-${'`*_~|'.repeat(6)}-${'x'.repeat(i % 50)}`);
  const question = Array.from({ length: 40 }, (_, i) => `第 ${i} 段：${NASTY} $a_${i}^2$ 和 \`x${i}\`。`).join('\n\n');
  const answer = [
    '## 题解',
    '',
    ...Array.from({ length: 30 }, (_, i) =>
      [
        `### 步骤 ${i}`,
        '',
        `${NASTY} 说明 ${i}。`.repeat(8),
        '',
        '```ts',
        ...Array.from({ length: 12 }, (__, j) => `const v${i}_${j} = "${'长'.repeat(40)}"; // <@&1>`),
        '```',
      ].join('\n'),
    ),
  ].join('\n');

  write(dir, {
    file: `leetcode/${LONG_LEETCODE_ID}.md`,
    front: {
      title: yamlString(`9999. ${NASTY} ${'超长标题'.repeat(80)}`),
      date: '"2026-01-02"',
      tags: JSON.stringify(['leetcode', CHINESE_TAG, LONG_TAG, ...manyTags]),
      aliases: JSON.stringify([NASTY, 'hostile alias', '@everyone']),
      leetcode: `{ id: 9999, slug: ${'very-long-slug-'.repeat(20)}end, difficulty: hard }`,
    },
    body: `${question}\n\n${answer}`,
  });
  write(dir, {
    file: 'notes/longest-id.md',
    front: {
      id: LONGEST_ID,
      title: yamlString(`${NASTY}${'标题'.repeat(1200)}`),
      date: '"2026-01-03"',
      tags: JSON.stringify([CHINESE_TAG, LONG_TAG, ...manyTags.slice(0, 30), '`', '@everyone', '<@&1>']),
      summary: yamlString(`${NASTY} ${'摘要很长。'.repeat(1500)}`),
    },
    body: `# ${NASTY}\n\n${'正文 '.repeat(3000)}`,
  });
  for (let i = 0; i < 12; i++) {
    write(dir, {
      file: `notes/attention-${i}.md`,
      front: {
        title: yamlString(`注意力 ${i} ${NASTY}`),
        date: `"2026-02-${String(i + 1).padStart(2, '0')}"`,
        tags: JSON.stringify(['attention', CHINESE_TAG, ...manyTags.slice(i, i + 40)]),
        aliases: JSON.stringify([`attention ${i}`, 'attn']),
      },
      body: `注意力机制 attention softmax ${NASTY}\n\n${'内容 attention '.repeat(200)}`,
    });
  }
  write(dir, {
    file: 'leetcode/0001-plain.md',
    front: {
      title: '"1. 两数之和"',
      date: '"2026-01-01"',
      tags: JSON.stringify(['leetcode', CHINESE_TAG, 'leetcode-only-plain']),
      leetcode: '{ id: 1, slug: two-sum, difficulty: easy }',
    },
    body: '给定数组。\n\n## 题解\n\n用哈希表。',
  });
  return dir;
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-content.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-lint-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const card = (front: string) => `---\n${front}\ndate: "2026-11-01"\nleetcode: { id: 1, slug: two-sum, difficulty: easy }\n---\n题目\n\n## 题解\n\n思路\n`;

/** One file per defect kind, each at a known line. */
const defects = {
  'tags.yml':
    'leetcode: { zh: LeetCode, en: LeetCode }\nhot-100: { zh: Hot 100, en: Hot 100 }\ntopic-hash: { zh: 哈希, en: Hashing }\nlora: { zh: LoRA, en: LoRA }\n',
  'notes/lora.md':
    '---\ntitle: LoRA 笔记\ndate: 2026-11-01\ntags: [lora]\naliases:\n  - LoRA\n  - PEFT\n---\n见 [另一篇](peft.md) 和 [不存在的](../notes/missing.md)，代码 `[x](nowhere.md)` 不算。\n',
  'notes/peft.md':
    '---\ntitle: PEFT 总览\ndate: 2026-11-01\ntags: [lora, peft-overview]\naliases: [peft, 参数高效微调]\n---\n回到 [LoRA](lora.md#核心思想)。\n\n```md\n[fenced](gone.md)\n```\n\n[ref]: ./gone-too\n',
  'leetcode/0001-two-sum.md': card('title: "1. 两数之和"\ntags: [leetcode, hot-100]\naliases: ["两数相加为目标"]'),
  'leetcode/0002-twin.md': card('title: "2. 另一题"\ntags: [leetcode, hot-100, topic-hash]\naliases: ["Add Two Numbers", "参数高效微调"]'),
};

describe('npm run check conventions', () => {
  it('--strict fails on each defect kind, naming the files and lines', () => {
    const dir = folderWith(defects);
    const { status, output } = check('--strict', dir);
    expect(status).toBe(1);
    // an alias shared by two articles, naming both files (case-insensitive)
    expect(output).toContain('notes/peft.md (line 5): alias "peft" is also a title or alias of notes/lora.md line 7');
    expect(output).toContain('notes/peft.md (line 5): alias "参数高效微调" is also a title or alias of leetcode/0002-twin.md line 4');
    // a tag outside tags.yml
    expect(output).toContain('notes/peft.md (line 4): tag "peft-overview" is not in tags.yml');
    // a LeetCode card without an English alias, and without a topic tag
    expect(output).toContain('leetcode/0001-two-sum.md (line 4): a LeetCode card needs the problem\'s English title as an alias (e.g. "Two Sum")');
    expect(output).toContain('leetcode/0001-two-sum.md (line 3): a LeetCode card needs one topic tag (topic-hash)');
    // relative links to missing articles, outside code
    expect(output).toContain('notes/lora.md (line 9): link "../notes/missing.md" points to notes/missing.md, which does not exist');
    expect(output).toContain('notes/peft.md (line 13): link "./gone-too" points to notes/gone-too.md, which does not exist');
    expect(output).not.toMatch(/nowhere\.md|gone\.md"|link "peft\.md"|link "lora\.md/);
    expect(output).toMatch(/7 errors/);
  });

  it('plain check reports the same as warnings and exits 0', () => {
    const { status, output } = check(folderWith(defects));
    expect(status).toBe(0);
    expect(output).toMatch(/7 warnings .*--strict makes these errors/);
    expect(output).toContain('⚠ notes/peft.md (line 4): tag "peft-overview" is not in tags.yml');
    expect(output).toMatch(/No problems; 7 warnings\./);
  });

  it('without tags.yml any tag is fine', () => {
    const { [`tags.yml`]: _vocabulary, ...rest } = defects;
    const { output } = check(folderWith(rest));
    expect(output).not.toMatch(/not in tags\.yml/);
    expect(output).toMatch(/6 warnings/);
  });

  it('a broken tags.yml is reported with its line', () => {
    const { status, output } = check(
      '--strict',
      folderWith({ 'tags.yml': 'a: { zh: 甲, en: A }\nb: { zh: 乙 }\n', 'x.md': '---\ntitle: x\ndate: 2026-11-01\ntags: [a]\n---\n' }),
    );
    expect(status).toBe(1);
    expect(output).toContain('tags.yml (line 2): "b" needs a Chinese and an English label');
  });

  it('rejects an unknown option', () => {
    const { status, output } = check('--strct');
    expect(status).toBe(2);
    expect(output).toMatch(/unknown option --strct/);
  });
});

describe('the shipped content', () => {
  it('passes npm run check -- --strict', () => {
    const { status, output } = check('--strict');
    expect(output).toMatch(/No problems\.$/m);
    expect(status).toBe(0);
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function check(folder?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-content.ts', ...(folder ? [folder] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check', () => {
  it('passes on the shipped content', () => {
    const { status, output } = check();
    expect(output).toMatch(/No problems/);
    expect(status).toBe(0);
  });

  it('names every broken file with its field and reason, and exits non-zero', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-check-'));
    fs.mkdirSync(path.join(dir, 'leetcode'));
    fs.writeFileSync(path.join(dir, 'good.md'), '---\ntitle: 好\ndate: 2026-11-01\n---\n正文\n');
    fs.writeFileSync(
      path.join(dir, 'leetcode', 'no-answer.md'),
      '---\ntitle: "1. 两数之和"\ndate: 2026-11-01\nleetcode: { id: 1, slug: two-sum, difficulty: easy }\n---\n只有题目\n',
    );
    fs.writeFileSync(path.join(dir, 'no-date.md'), '---\ntitle: 没有日期\n---\n正文\n');
    const { status, output } = check(dir);
    expect(status).toBe(1);
    expect(output).toMatch(/1 article loaded/);
    expect(output).toMatch(/leetcode\/no-answer\.md \(leetcode\): .*题解/);
    expect(output).toMatch(/no-date\.md \(date\): is required/);
  });

  it('fails on a formula MathJax cannot compile, naming the file, the line and MathJax’s message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-formulas-'));
    fs.writeFileSync(path.join(dir, 'good.md'), '---\ntitle: 好\ndate: 2026-11-01\n---\n$$\n\\frac{a}{b}\n$$\n');
    fs.writeFileSync(path.join(dir, 'bad.md'), '---\ntitle: 坏公式\ndate: 2026-11-01\n---\n第一行\n\n正文 $\\frac{a}{$ 和 `$\\nope$`\n\n$$\n\\foo x\n$$\n');
    const { status, output } = check(dir);
    expect(status).toBe(1);
    expect(output).toMatch(/2 articles loaded/);
    expect(output).toContain('bad.md (line 7): formula does not compile: Missing close brace');
    expect(output).toContain('bad.md (line 9): formula does not compile: Undefined control sequence \\foo');
    expect(output).not.toContain('nope');
    expect(output).not.toContain('good.md');
  });

  it('loads more files than the process may open at once', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-many-'));
    for (let i = 0; i < 600; i++) fs.writeFileSync(path.join(dir, `note-${i}.md`), `---\ntitle: 笔记 ${i}\ndate: 2026-11-01\n---\n正文 ${i}\n`);
    // 300 descriptors are fewer than the files; reading them all at once would fail with EMFILE.
    const result = spawnSync('bash', ['-c', `ulimit -n 300 && exec "${process.execPath}" --import tsx src/cli/check-content.ts "${dir}"`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(`${result.stdout}${result.stderr}`).toMatch(/600 articles loaded/);
    expect(result.status).toBe(0);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { decoded } from '../../kit/invoke.ts';
import { cardWithFormulas, formulasButton, solutionWithFormulas } from '../../src/cards/card-with-formulas.ts';
import type { Article } from '../../src/corpus/types.ts';
import { FormulaImages } from '../../src/render/formula-images/index.ts';

const images = () => new FormulaImages({ cacheDir: null, logger: pino({ level: 'silent' }) });
const context = { lang: 'zh' as const, timezone: 'Asia/Shanghai' };

function note(body: string, extra: Partial<Article> = {}): Article {
  return {
    id: 'note',
    path: 'note.md',
    title: '公式笔记',
    date: new Date('2026-11-01'),
    tags: ['math'],
    aliases: [],
    url: null,
    summary: null,
    draft: false,
    body,
    leetcode: null,
    hash: 'h',
    ...extra,
  };
}

const display = (n: number) => `段落 ${n}\n\n$$\nx_${n} = \\frac{${n}}{2}\n$$\n`;

describe('cards with display formulas', () => {
  it('alternates text and pictures, each picture under the text before it', async () => {
    const reply = await cardWithFormulas(note(`开头\n\n$$\na^2 + b^2 = c^2\n$$\n\n结尾`), context, images());
    expect(reply.files!.map((f) => f.name)).toEqual(['formula-1.png']);
    expect(reply.embeds!.map((e) => [e.description, e.image?.url])).toEqual([
      ['开头', 'attachment://formula-1.png'],
      ['结尾', undefined],
    ]);
    expect(reply.embeds![0]!.title).toBe('公式笔记');
    expect(reply.embeds![1]!.fields!.length).toBeGreaterThan(0);
    expect(reply.files![0]!.description).toContain('a^2 + b^2 = c^2');
  });

  it('shows a formula MathJax cannot parse as a tex block', async () => {
    const reply = await cardWithFormulas(note('前\n\n$$\n\\frac{a}{\n$$\n\n后'), context, images());
    expect(reply.files).toEqual([]);
    expect(reply.embeds![0]!.description).toBe('前\n\n```tex\n\\frac{a}{\n```\n\n后');
  });

  it('stays within 10 embeds and 10 attachments and offers the rest privately, page by page', async () => {
    const article = note(Array.from({ length: 30 }, (_, i) => display(i + 1)).join('\n'), { summary: null });
    const formulas = images();
    const reply = await cardWithFormulas(article, context, formulas);
    expect(reply.embeds!.length).toBeLessThanOrEqual(10);
    expect(reply.files!.length).toBeLessThanOrEqual(10);
    const shown = reply.files!.length;
    expect(reply.embeds!.map((e) => e.description ?? '').join('\n')).toContain(`（公式 ${shown + 1}：见“更多公式”）`);
    const button = reply.components!.flatMap((row) => row.components).find((c) => 'custom_id' in c && c.custom_id.startsWith('1:formulas:'));
    expect(button).toBeDefined();
    const first = await formulasButton(article, decoded((button as { custom_id: string }).custom_id, 'formulas'), 'zh', formulas);
    expect(first.kind).toBe('reply');
    expect(first.ephemeral).toBe(true);
    expect(first.files!.map((f) => f.name)[0]).toBe(`formula-${shown + 1}.png`);
    expect(first.files!.length).toBeLessThanOrEqual(10);
    const next = first.components!.flatMap((row) => row.components).find((c) => 'label' in c && c.label === '下一页') as { custom_id: string } | undefined;
    if (next) {
      const second = await formulasButton(article, decoded(next.custom_id, 'formulas'), 'zh', formulas);
      expect(second.kind).toBe('update');
      expect(second.files![0]!.name).not.toBe(first.files![0]!.name);
    }
  });

  it('renders a solution privately with its formulas', async () => {
    const article = note('题目', {
      leetcode: {
        number: 1,
        slug: 'x',
        difficulty: 'easy',
        question: '题目',
        answer: '## 题解\n\n递推\n\n$$\nf(i) = f(i-1) + a_i\n$$',
        links: { cn: 'https://leetcode.cn/problems/x/', com: 'https://leetcode.com/problems/x/' },
      },
    });
    const reply = await solutionWithFormulas(article, 'zh', images());
    expect(reply.ephemeral).toBe(true);
    expect(reply.files!.length).toBe(1);
  });

  it('caches pictures on disk by formula: a restart renders nothing again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-formula-cache-'));
    const first = new FormulaImages({ cacheDir: dir, logger: pino({ level: 'silent' }) });
    const rendered = await first.render('e^{i\\pi} + 1 = 0');
    expect(fs.readdirSync(dir)).toHaveLength(1);
    const second = new FormulaImages({ cacheDir: dir, logger: pino({ level: 'silent' }) });
    fs.writeFileSync(path.join(dir, fs.readdirSync(dir)[0]!), Buffer.concat([(rendered as { png: Buffer }).png.subarray(0, 24), Buffer.from('from disk')]));
    const again = await second.render('e^{i\\pi} + 1 = 0');
    expect(again.ok && again.png.subarray(24).toString()).toBe('from disk');
  });
});

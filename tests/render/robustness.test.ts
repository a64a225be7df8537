import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { excerpt, markdownToPlainText, renderMarkdown } from '../../src/render/index.ts';

/** The fastest of several runs: other processes can only make a run slower, never faster. */
function bestMilliseconds(run: () => void, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const section = [
  '## 梯度下降',
  '',
  '更新规则为 $\\theta_{t+1} = \\theta_t - \\eta \\nabla L(\\theta_t)$，其中 **学习率** $\\eta$ 需要调参。See [notes](https://example.com).',
  '',
  '- 批量梯度下降',
  '- 随机梯度下降 *SGD*',
  '  1. 小批量 $b_i$',
  '',
  '$$',
  '\\frac{\\partial L}{\\partial w_i} = x_i (y_i - \\hat{y}_i)',
  '$$',
  '',
  '| 方法 | 复杂度 |',
  '|---|---|',
  '| SGD | O(1) |',
  '',
  '```py',
  'for epoch in range(10):',
  '    w -= lr * grad(w)',
  '```',
  '',
].join('\n');

describe('robustness', () => {
  it('renders a 5,000-character note in about the time marked takes to parse it', () => {
    const note = section.repeat(Math.ceil(5000 / section.length));
    expect(note.length).toBeGreaterThanOrEqual(5000);
    // Absolute timings depend on how busy the machine is (the target is well under 5 ms), so the
    // render is compared with marked's own lexing, measured under the same conditions.
    const parsing = bestMilliseconds(() => Lexer.lex(note), 20);
    const rendering = bestMilliseconds(() => renderMarkdown(note), 20);
    expect(rendering).toBeLessThan(parsing * 4 + 1);
    expect(rendering).toBeLessThan(100);
  });

  it('takes time linear in the length of the note', () => {
    const note = section.repeat(Math.ceil(5000 / section.length));
    const single = bestMilliseconds(() => renderMarkdown(note), 10);
    const eightfold = bestMilliseconds(() => renderMarkdown(note.repeat(8)), 5);
    expect(eightfold).toBeLessThan(single * 8 * 2 + 5);
  });

  it('stays fast on runs of dollar signs that never form math', () => {
    const start = performance.now();
    expect(renderMarkdown('$'.repeat(20_000) + ' a_b')).toBe('$'.repeat(20_000) + ' a\\_b');
    expect(performance.now() - start).toBeLessThan(1500);
  });

  it('shows documents nested too deeply for the parser as escaped text instead of throwing', () => {
    const deep = '> '.repeat(5000) + 'x *y*\n\nsecond @everyone';
    const rendered = renderMarkdown(deep);
    expect(rendered.endsWith('x \\*y\\*\n\nsecond @\u200beveryone')).toBe(true);
    expect(markdownToPlainText(deep).endsWith('x *y*\n\nsecond @everyone')).toBe(true);
    expect(excerpt(deep, 100).length).toBeLessThanOrEqual(100);
  });

  it('ignores empty constructs without leaving stray markers', () => {
    expect(renderMarkdown('>\n\ntext')).toBe('text');
    expect(renderMarkdown('``` \n```\n\n[](https://x.dev)')).toBe('https://x.dev');
    expect(renderMarkdown('<!-- a -->\n\n[ref]: https://x.dev\n\n- \n\ntext')).toBe('text');
    expect(renderMarkdown('1. a\n2.\n3. c')).toBe('1. a\n3. c');
    expect(renderMarkdown('')).toBe('');
    expect(markdownToPlainText('   \n\n  ')).toBe('');
  });
});

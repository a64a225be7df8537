import { describe, expect, it } from 'vitest';
import { excerpt, renderMarkdown } from '../../src/render/index.ts';

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
  // Render speed is measured by `npm run bench`, not asserted here: timings depend on the machine's load.
  it('renders a 5,000-character note and an eightfold one completely', () => {
    const note = section.repeat(Math.ceil(5000 / section.length));
    expect(note.length).toBeGreaterThanOrEqual(5000);
    const rendered = renderMarkdown(note);
    expect(rendered).toContain('**学习率**');
    expect(rendered).toContain('(∂L)/(∂wᵢ)'.replace(/[()]/g, ''));
    expect(renderMarkdown(note.repeat(8)).length).toBeGreaterThan(rendered.length * 7);
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
    expect(excerpt(deep, 100).length).toBeLessThanOrEqual(100);
  });

  it('ignores empty constructs without leaving stray markers', () => {
    expect(renderMarkdown('>\n\ntext')).toBe('text');
    expect(renderMarkdown('``` \n```\n\n[](https://x.dev)')).toBe('https://x.dev');
    expect(renderMarkdown('<!-- a -->\n\n[ref]: https://x.dev\n\n- \n\ntext')).toBe('text');
    expect(renderMarkdown('1. a\n2.\n3. c')).toBe('1. a\n3. c');
    expect(renderMarkdown('')).toBe('');
  });
});

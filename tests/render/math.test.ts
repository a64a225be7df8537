import { describe, expect, it } from 'vitest';
import { markdownToPlainText, renderMarkdown } from '../../src/render/index.ts';

describe('LaTeX in renderMarkdown', () => {
  it('renders inline math as code, keeping underscores and backslashes', () => {
    expect(renderMarkdown('损失 $L = \\sum_i (y_i - \\hat{y}_i)^2$ 最小化')).toBe('损失 `L = \\sum_i (y_i - \\hat{y}_i)^2` 最小化');
    expect(renderMarkdown('比例 $\\frac{a_1}{b_2}$。')).toBe('比例 `\\frac{a_1}{b_2}`。');
  });

  it('does not let underscores in math pair with underscores outside it', () => {
    expect(renderMarkdown('_x $a_b$ y_')).toBe('*x `a_b` y*');
    expect(renderMarkdown('$a_i$ and $b_j$')).toBe('`a_i` and `b_j`');
    expect(renderMarkdown('*weight $w*x$ here*')).toBe('*weight `w*x` here*');
  });

  it('keeps escaped braces and other backslash sequences intact', () => {
    expect(renderMarkdown('集合 $\\{x \\mid x > 0\\}$')).toBe('集合 `\\{x \\mid x > 0\\}`');
  });

  it('supports \\( \\) inline math', () => {
    expect(renderMarkdown('其中 \\(\\alpha_t\\) 是学习率')).toBe('其中 `\\alpha_t` 是学习率');
  });

  it('treats dollar amounts as text (pandoc rule)', () => {
    expect(renderMarkdown('costs $5 and $6')).toBe('costs $5 and $6');
    expect(renderMarkdown('from $5 to $10.')).toBe('from $5 to $10.');
    expect(renderMarkdown('$ x$ and $x $ are not math')).toBe('$ x$ and $x $ are not math');
    expect(renderMarkdown('$x$5')).toBe('$x$5');
    expect(renderMarkdown('escaped \\$x\\$ stays')).toBe('escaped $x$ stays');
  });

  it('renders display math as a tex block', () => {
    expect(renderMarkdown('$$\n\\frac{\\partial L}{\\partial w_i} = x_i\n$$')).toBe('```tex\n\\frac{\\partial L}{\\partial w_i} = x_i\n```');
    expect(renderMarkdown('\\[\nE = mc^2\n\\]')).toBe('```tex\nE = mc^2\n```');
    expect(renderMarkdown('$$a_1 + a_2$$')).toBe('```tex\na_1 + a_2\n```');
  });

  it('lets display math interrupt a paragraph', () => {
    expect(renderMarkdown('定义如下：\n$$\nf(x) = x_1\n$$\n结束')).toBe('定义如下：\n\n```tex\nf(x) = x_1\n```\n\n结束');
  });

  it('renders $$ inside a sentence as inline code', () => {
    expect(renderMarkdown('where $$x_1$$ holds')).toBe('where `x_1` holds');
  });

  it('renders display math inside list items', () => {
    expect(renderMarkdown('- 公式\n\n  $$\n  y = w_1 x\n  $$')).toBe('- 公式\n```tex\ny = w_1 x\n```');
  });

  it('does not treat an unclosed $$ as math', () => {
    expect(renderMarkdown('$$ a_b\n\nnext *x*')).toBe('$$ a\\_b\n\nnext *x*');
  });

  it('keeps math as LaTeX source in plain text', () => {
    expect(markdownToPlainText('梯度 $\\nabla_\\theta J$\n\n$$\n\\sum_{i=1}^n i\n$$')).toBe('梯度 \\nabla_\\theta J\n\n\\sum_{i=1}^n i');
  });

  it('leaves math in code spans and code blocks alone', () => {
    expect(renderMarkdown('`$a_b$`')).toBe('`$a_b$`');
    expect(renderMarkdown('```\n$$x$$\n```')).toBe('```\n$$x$$\n```');
  });
});

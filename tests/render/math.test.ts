import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/index.ts';

describe('LaTeX in renderMarkdown', () => {
  it('renders inline math as Unicode text where it has an exact form', () => {
    expect(renderMarkdown('损失 $L = \\sum_i (y_i - \\hat{y}_i)^2$ 最小化')).toBe('损失 L = ∑ᵢ (yᵢ - ŷᵢ)² 最小化');
    expect(renderMarkdown('比例 $\\frac{a_1}{b_2}$。')).toBe('比例 a₁/b₂。');
  });

  it('keeps a formula without an exact Unicode form as code, whole, underscores and backslashes intact', () => {
    expect(renderMarkdown('得分 $p_\\theta(x)$ 与 $x_{t+\\Delta t}$')).toBe('得分 `p_\\theta(x)` 与 `x_{t+\\Delta t}`');
    expect(renderMarkdown('矩阵 $\\begin{pmatrix}a\\end{pmatrix}$')).toBe('矩阵 `\\begin{pmatrix}a\\end{pmatrix}`');
  });

  it('does not let underscores in math pair with underscores outside it', () => {
    expect(renderMarkdown('_x $a_b$ y_')).toBe('*x `a_b` y*');
    expect(renderMarkdown('$a_i$ and $b_j$')).toBe('aᵢ and bⱼ');
    expect(renderMarkdown('*weight $w*x$ here*')).toBe('*weight w\\*x here*');
    expect(renderMarkdown('_x $a_i$ y_')).toBe('*x aᵢ y*');
  });

  it('keeps escaped braces and other backslash sequences intact', () => {
    expect(renderMarkdown('集合 $\\{x \\mid x > 0\\}$')).toBe('集合 {x ∣ x > 0}');
    expect(renderMarkdown('范数 $\\|x\\|_2$')).toBe('范数 ‖x‖₂');
  });

  it('supports \\( \\) inline math', () => {
    expect(renderMarkdown('其中 \\(\\alpha_t\\) 是学习率')).toBe('其中 αₜ 是学习率');
  });

  it('treats dollar amounts as text (pandoc rule)', () => {
    expect(renderMarkdown('costs $5 and $6')).toBe('costs $5 and $6');
    expect(renderMarkdown('from $5 to $10.')).toBe('from $5 to $10.');
    expect(renderMarkdown('$ x$ and $x $ are not math')).toBe('$ x$ and $x $ are not math');
    expect(renderMarkdown('$x$5')).toBe('$x$5');
    expect(renderMarkdown('escaped \\$x\\$ stays')).toBe('escaped $x$ stays');
  });

  it('renders display math as a line of Unicode, or a tex block when it has no exact form', () => {
    expect(renderMarkdown('$$\n\\frac{\\partial L}{\\partial w_i} = x_i\n$$')).toBe('∂L/∂wᵢ = xᵢ');
    expect(renderMarkdown('\\[\nE = mc^2\n\\]')).toBe('E = mc²');
    expect(renderMarkdown('$$a_1 + a_2$$')).toBe('a₁ + a₂');
    expect(renderMarkdown('$$\n\\nabla_\\theta J\n$$')).toBe('```tex\n\\nabla_\\theta J\n```');
  });

  it('lets display math interrupt a paragraph', () => {
    expect(renderMarkdown('定义如下：\n$$\nf(x) = x_1\n$$\n结束')).toBe('定义如下：\n\nf(x) = x₁\n\n结束');
  });

  it('renders $$ inside a sentence as inline math', () => {
    expect(renderMarkdown('where $$x_1$$ holds')).toBe('where x₁ holds');
  });

  it('renders display math inside list items', () => {
    expect(renderMarkdown('- 公式\n\n  $$\n  y = w_1 x\n  $$')).toBe('- 公式\n  y = w₁ x');
    expect(renderMarkdown('- 公式\n\n  $$\n  y = w_\\theta x\n  $$')).toBe('- 公式\n```tex\ny = w_\\theta x\n```');
  });

  it('does not treat an unclosed $$ as math', () => {
    expect(renderMarkdown('$$ a_b\n\nnext *x*')).toBe('$$ a\\_b\n\nnext *x*');
  });

  it('leaves math in code spans and code blocks alone', () => {
    expect(renderMarkdown('`$a_b$`')).toBe('`$a_b$`');
    expect(renderMarkdown('```\n$$x$$\n```')).toBe('```\n$$x$$\n```');
  });
});

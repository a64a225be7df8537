import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt, renderMarkdown } from '../../src/render/index.ts';
import { GREEK, SPACED, TIGHT } from '../../src/render/tex/symbols.ts';
import { texToUnicode } from '../../src/render/tex/to-unicode.ts';

describe('inline LaTeX as Unicode: the conversion table', () => {
  it.each(Object.entries(GREEK))('\\%s → %s', (name, char) => {
    expect(texToUnicode(`\\${name}`)).toBe(char);
  });

  it.each(Object.entries(SPACED))('\\%s → " %s " between operands', (name, char) => {
    expect(texToUnicode(`a \\${name} b`)).toBe(`a ${char} b`);
  });

  it.each(Object.entries(TIGHT))('\\%s → %s', (name, char) => {
    expect(texToUnicode(`\\${name}`)).toBe(char);
  });

  it.each([
    // The examples of the issue, then one row per construct.
    ['0 \\le nums.length \\le 10^5', '0 ≤ nums.length ≤ 10⁵'],
    ['\\ge', '≥'],
    ['\\ne', '≠'],
    ['x \\approx y', 'x ≈ y'],
    ['\\alpha = 2r', 'α = 2r'],
    ['\\Delta W = BA', 'ΔW = BA'],
    ['x \\to 0', 'x → 0'],
    ['a \\cdot b', 'a · b'],
    ['a \\times b', 'a × b'],
    ['\\sum_{i=1}^{n} x_i', '∑ᵢ₌₁ⁿ xᵢ'],
    ['\\prod_i p_i', '∏ᵢ pᵢ'],
    ['\\int_0^1 f', '∫₀¹ f'],
    ['\\infty', '∞'],
    ['\\nabla_x \\log p_t(x)', '∇ₓ log pₜ(x)'],
    ['\\partial f', '∂f'],
    ['x \\in S', 'x ∈ S'],
    ['r \\ll d', 'r ≪ d'],
    ['10^5', '10⁵'],
    ['x_t', 'xₜ'],
    ['x_{t-1}', 'xₜ₋₁'],
    ['W^T', 'Wᵀ'],
    ['W^\\top', 'Wᵀ'],
    ['x^{(i)}', 'x⁽ⁱ⁾'],
    ["f'(x)", 'f′(x)'],
    ['x^*', 'x*'],
    ['\\frac{a}{b}', 'a/b'],
    ['\\frac{a+1}{2b}', '(a+1)/(2b)'],
    ['\\tfrac12', '1/2'],
    ['\\dfrac{\\alpha}{r}', 'α/r'],
    ['\\frac{\\partial L}{\\partial w}', '∂L/∂w'],
    ['\\frac{1}{2}^2', '(1/2)²'],
    ['\\sqrt{x}', '√x'],
    ['\\sqrt{x+1}', '√(x+1)'],
    ['\\sqrt[3]{x}', '∛x'],
    ['\\mathbb{R}', 'ℝ'],
    ['\\mathbb{E}[X]', '𝔼[X]'],
    ['\\mathcal{N}(0, I)', '𝒩(0, I)'],
    ['\\mathcal{L}', 'ℒ'],
    ['\\mathbf{x}_0', '𝐱₀'],
    ['\\bar x', 'x̄'],
    ['\\hat{y}_i', 'ŷᵢ'],
    ['\\tilde{x}', 'x̃'],
    ['\\dot x', 'ẋ'],
    ['\\mathrm{d}x', 'dx'],
    ['\\text{有效权重}', '有效权重'],
    ['h_\\text{left}', 'h_left'.replace('_left', 'ₗₑfₜ').replace('f', 'f')],
    ['\\operatorname{softmax}(z)', 'softmax(z)'],
    ['\\operatorname{rank} W', 'rank W'],
    ['\\left( a + b \\right)', '( a + b )'],
    ['\\left. f \\right|_0', ' f |₀'.trim()],
    ['\\big( x \\big)', '( x )'],
    ['a\\,b\\;c\\!d', 'abcd'],
    ['a \\quad b', 'a b'],
    ['\\{1, 2\\}', '{1, 2}'],
    ['\\|x\\|_2', '‖x‖₂'],
    ['\\log x', 'log x'],
    ['\\max_i x_i', 'maxᵢ xᵢ'],
    ['O(n \\log n)', 'O(n log n)'],
    ['a \\bmod b', 'a mod b'],
  ])('%s → %s', (tex, text) => {
    if (tex === 'h_\\text{left}') {
      // Unicode has no subscript f: the whole formula stays code.
      expect(texToUnicode(tex)).toBeNull();
      return;
    }
    expect(texToUnicode(tex)).toBe(text);
  });

  it.each([
    ['p_\\theta', 'no subscript θ'],
    ['x_{t+\\Delta t}', 'no subscript Δ'],
    ['\\mathbb{R}^{d \\times k}', 'no superscript ×'],
    ['e^{-x^2}', 'a script inside a script'],
    ['\\begin{pmatrix} a \\\\ b \\end{pmatrix}', 'an environment'],
    ['a & b', 'an alignment'],
    ['\\binom{n}{k}', 'a command without an exact form'],
    ['\\unknowncommand x', 'an unknown command'],
    ['\\frac{a}{', 'a broken formula'],
    ['x^', 'a script without argument'],
    ['\\mathbb{\\alpha}', 'a Greek letter in a Latin alphabet'],
    ['\\hat{xy}', 'an accent over two letters'],
  ])('%s stays code (%s)', (tex) => {
    expect(texToUnicode(tex)).toBeNull();
  });
});

describe('inline LaTeX in rendered Markdown', () => {
  it('writes the Unicode form, escaping what Discord would read as Markdown', () => {
    expect(renderMarkdown('约束 $0 \\le$ `nums.length` $\\le 10^5$')).toBe('约束 0 ≤ `nums.length` ≤ 10⁵');
    expect(renderMarkdown('最优解 $x^*$ 与 $a * b$')).toBe('最优解 x\\* 与 a \\* b');
    expect(renderMarkdown('$|x|$')).toBe('\\|x\\|');
  });

  it('keeps a formula without an exact form as one code span, never half converted', () => {
    expect(renderMarkdown('$p_\\theta(x) \\le 1$')).toBe('`p_\\theta(x) \\le 1`');
    expect(renderMarkdown('$\\mathbb{R}^{d \\times k}$')).toBe('`\\mathbb{R}^{d \\times k}`');
  });

  it('never cuts into a formula in an excerpt', () => {
    const text = '开头 ' + '字'.repeat(40) + ' $\\sum_{i=1}^{n} x_i \\cdot w_i$ 结尾';
    for (let max = 10; max < 80; max += 3) {
      const cut = excerpt(text, max);
      if (cut.includes('∑')) expect(cut).toContain('∑ᵢ₌₁ⁿ xᵢ · wᵢ');
    }
  });
});

/** Pieces of inline LaTeX, valid and not, for the property tests. */
const texPiece = fc.oneof(
  fc.constantFrom(
    'x',
    'y',
    'a',
    'T',
    '1',
    '0',
    '+',
    '-',
    '=',
    '(',
    ')',
    ',',
    '*',
    '_',
    '^',
    '{',
    '}',
    ' ',
    "'",
    '|',
    '<',
    '>',
    '/',
    '.',
    '!',
    '`',
    '~',
    '#',
    '&',
    '%',
  ),
  fc.constantFrom(
    '\\alpha',
    '\\le',
    '\\frac',
    '\\sqrt',
    '\\mathbb',
    '\\text',
    '\\bar',
    '\\left',
    '\\right',
    '\\{',
    '\\}',
    '\\|',
    '\\_',
    '\\,',
    '\\sum',
    '\\cdot',
    '\\begin',
    '\\\\',
    '\\',
  ),
  fc.constantFrom('{x}', '{t-1}', '_t', '^2', '_{i=1}', '^{n}', '{有效}', '{a}{b}'),
);
const texFormula = fc.array(texPiece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));

/** Text outside code spans, with the spans removed; null when a code span is left open. */
function outsideCode(markdown: string): string | null {
  let out = '';
  let index = 0;
  while (index < markdown.length) {
    if (markdown[index] === '\\') {
      out += markdown.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (markdown[index] === '`') {
      const run = /^`+/.exec(markdown.slice(index))![0];
      const close = markdown.indexOf(run, index + run.length);
      if (close === -1) return null;
      index = close + run.length;
      continue;
    }
    out += markdown[index];
    index += 1;
  }
  return out;
}

describe('properties of inline math conversion', () => {
  it('gives either null or text without TeX commands, and never throws', () => {
    fc.assert(
      fc.property(texFormula, (tex) => {
        const unicode = texToUnicode(tex);
        if (unicode !== null) {
          expect(unicode).not.toMatch(/\\[a-zA-Z]/);
          expect(unicode.trim()).toBe(unicode);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never produces broken Markdown: code spans balanced, no stray emphasis, underline, strike or spoiler markers', () => {
    fc.assert(
      fc.property(texFormula, (tex) => {
        // Only what marked reads as math: an escaped closing dollar or outer spaces make it text.
        fc.pre(!/(^|[^\\])(\\\\)*\\$/.test(tex) && tex.trim() === tex);
        const rendered = renderMarkdown(`前 $${tex}$ 后`);
        const prose = outsideCode(rendered);
        expect(prose, rendered).not.toBeNull();
        // Every *, _, ~ and | the formula brought is escaped, so Discord shows it as written.
        expect(prose!.replace(/\\[\s\S]/g, ''), rendered).not.toMatch(/[*_~|]/);
      }),
      { numRuns: 2000 },
    );
  });
});

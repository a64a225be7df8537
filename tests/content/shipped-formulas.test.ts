import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { articleEmbed } from '../../src/cards/article-embeds.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { findFormulas } from '../../src/render/find-formulas.ts';
import { FormulaImages } from '../../src/render/formula-images/index.ts';
import { texToUnicode } from '../../src/render/tex/to-unicode.ts';
import { dailyPostMessage } from '../../src/quiz/daily-post.ts';
import { buildDeps } from '../../kit/deps.ts';
import { GUILD_A } from '../../kit/members.ts';

const SHIPPED_CONTENT = path.resolve(import.meta.dirname, '..', '..', 'content');

/**
 * Inline formulas of the shipped content that Unicode cannot write exactly (a subscript θ, q, c, T
 * or "data", a superscript ×, \binom, a script inside a script), so members see them as code.
 * Regenerate when the content changes: every other formula must convert.
 */
const SHOWN_AS_CODE = [
  "(x_{t+\\Delta t}, t+\\Delta t)",
  "-(1-c_{\\text{skip}})\\sigma_{\\text{data}}^2 + c_{\\text{skip}}\\sigma^2 = 0",
  "-\\varepsilon_\\theta/\\sqrt{1-\\bar{\\alpha}_t}",
  "B_c = \\lceil M/(4d) \\rceil",
  "C_n = \\frac{1}{n+1}\\binom{2n}{n}",
  "F_\\theta",
  "F_{\\text{target}} = \\big(y - c_{\\text{skip}}(y+n)\\big)/c_{\\text{out}}",
  "P'_\\theta",
  "P_\\theta",
  "P_k^{(l)}, P_v^{(l)} \\in \\mathbb R^{L_p\\times d}",
  "P_{\\text{idx}}",
  "R_\\text{left}",
  "T(i, j) = \\binom{i}{j}",
  "T_c = N/B_c = \\Theta(Nd/M)",
  "T_c = \\lceil N/B_c \\rceil",
  "W_0 \\in \\mathbb{R}^{d \\times k}",
  "W_q",
  "W_q, W_k, W_v, W_o",
  "W_q, W_v",
  "W_{\\text{down}}\\in\\mathbb R^{m\\times d}",
  "W_{\\text{up}}\\in\\mathbb R^{d\\times m}",
  "Z_\\theta",
  "Z_\\theta = \\int e^{-E_\\theta(x)}\\,dx",
  "\\Delta W = W_{\\text{ft}} - W_{\\text{pre}}",
  "\\bar\\alpha(t) = e^{-\\int_0^t\\beta(s)\\mathrm{d}s}",
  "\\bar{\\alpha}_t = e^{-\\int_0^t \\beta(s)ds}",
  "\\binom{29}{14} = 77558760",
  "\\binom{8}{2} = 28",
  "\\binom{i}{j} = \\binom{i-1}{j-1} + \\binom{i-1}{j}",
  "\\binom{m+n-2}{m-1}",
  "\\delta = x_{t+\\Delta t} - x_t",
  "\\ell_{\\text{new}} = e^{3-5}\\times 1.1353 + e^{0}\\times 1.0498 \\approx 0.1536 + 1.0498 = 1.2034",
  "\\epsilon = 2\\alpha\\big(r\\,\\|z\\|/\\|s_\\theta\\|\\big)^2",
  "\\frac{4^n}{n^{3/2}\\sqrt{\\pi}}",
  "\\frac{\\alpha_i s_\\theta}{2\\sqrt{\\alpha_i} z}",
  "\\lambda(\\sigma) = 1/c_{\\text{out}}(\\sigma)^2 = (\\sigma^2 + \\sigma_{\\text{data}}^2)/(\\sigma\\,\\sigma_{\\text{data}})^2",
  "\\log p_{t+\\Delta t}(x_{t+\\Delta t})",
  "\\mathbb E_{y\\sim p_{\\text{data}}}\\mathbb E_{n\\sim\\mathcal N(0,\\sigma^2 I)}\\|D(y+n;\\sigma) - y\\|^2",
  "\\mathcal{L} = \\mathcal{L}_{\\text{LM}} + \\lambda_0 \\mathcal{L}_{\\text{Medusa-1}}",
  "\\mathcal{L}_{\\text{LM}}",
  "\\mathrm{d}x = -\\tfrac12\\beta(t)x\\,\\mathrm{d}t + \\sqrt{\\beta(t)\\big(1 - e^{-2\\int_0^t\\beta(s)\\mathrm{d}s}\\big)}\\,\\mathrm{d}w",
  "\\max_\\theta \\sum_{i\\in Y_{\\text{idx}}} \\log p_\\phi(z_i \\mid h_{<i})",
  "\\min(L_\\text{left}, R_\\text{left})",
  "\\nabla\\cdot\\tilde f_\\theta",
  "\\nabla\\cdot\\tilde f_\\theta = \\mathbb{E}_{\\epsilon}\\big[\\epsilon^\\top \\nabla\\tilde f_\\theta\\,\\epsilon\\big]",
  "\\operatorname{tr}(\\nabla_x s_\\theta(x))",
  "\\propto \\sqrt{\\alpha_i}\\,\\|s_\\theta\\| \\propto \\sqrt{\\alpha_i}/\\sigma_i",
  "\\sigma^2 + \\sigma_{\\text{data}}^2",
  "\\sigma^{1/\\rho}",
  "\\sigma_0 > \\sigma_1 > \\dots > \\sigma_{N-1} > \\sigma_N = 0",
  "\\sigma_1 < \\dots < \\sigma_L",
  "\\sigma_L",
  "\\sigma_{\\text{data}}",
  "\\sigma_{\\text{data}} = 0.5",
  "\\tilde P_j = e^{S_j - \\tilde m_j}",
  "\\tilde f_\\theta(x,t) = f(x,t) - \\tfrac12 g(t)^2 s_\\theta(x,t)",
  "\\|\\varepsilon_\\theta - \\varepsilon\\|^2",
  "\\|s_\\theta(x, \\sigma)\\|_2 \\propto 1/\\sigma",
  "c_{\\text{in}} = 1/\\sqrt{\\sigma^2 + \\sigma_{\\text{data}}^2}",
  "c_{\\text{in}}^2(\\sigma^2 + \\sigma_{\\text{data}}^2) = 1",
  "e^{-\\infty} = 0",
  "e^{m_{\\text{old}} - m_{\\text{new}}}",
  "h_\\text{left}",
  "h_\\text{left} \\le h_\\text{right}",
  "h_\\text{right} < h_\\text{left}",
  "m_{\\text{new}} = 5",
  "p(x_t \\mid x_{t+\\Delta t})",
  "p_T",
  "p_\\theta(x)",
  "p_\\theta(x) = e^{-E_\\theta(x)}/Z_\\theta",
  "q_\\sigma(\\tilde{x} \\mid x) = \\mathcal{N}(\\tilde{x}; x, \\sigma^2 I)",
  "q_\\sigma(\\tilde{x}) = \\int q_\\sigma(\\tilde{x}\\mid x)p(x)\\,dx",
  "s^*(\\tilde{x}) = \\nabla_{\\tilde{x}}\\log q_\\sigma(\\tilde{x})",
  "s_\\theta",
  "s_\\theta(x): \\mathbb{R}^D \\to \\mathbb{R}^D",
  "s_\\theta(x, \\sigma)",
  "s_\\theta(x, t) = -\\varepsilon_\\theta(x, t)/\\sigma_t",
  "s_\\theta(x, t) \\approx \\nabla_x \\log p_t(x)",
  "s_\\theta(x_t, t) = -\\varepsilon_\\theta(x_t, t)/\\sigma_t",
  "v^\\top \\nabla_x s_\\theta(x)\\, v",
  "x(0)\\sim p_{\\text{data}}",
  "x(T)\\sim p_T",
  "x_T",
  "x_{t+\\Delta t}",
  "x_{t+\\Delta t} \\approx x_t + f(x_t, t)\\Delta t + g(t)\\sqrt{\\Delta t}\\, z",
];

describe('formulas of the shipped content', async () => {
  const { articles } = await loadCorpus(SHIPPED_CONTENT, { timezone: 'Asia/Shanghai', siteUrl: null });
  const all = articles.flatMap((article) => [...findFormulas(article.body), ...findFormulas(article.summary ?? '')].map((formula) => ({ article, formula })));

  it('writes every inline formula as Unicode except the listed ones', () => {
    const asCode = new Set(all.filter(({ formula }) => !formula.display && texToUnicode(formula.tex) === null).map(({ formula }) => formula.tex));
    expect([...asCode].sort()).toEqual([...SHOWN_AS_CODE].sort());
  });

  it('renders every display formula as a picture (none falls back to code)', async () => {
    const images = new FormulaImages({ cacheDir: null, logger: pino({ level: 'silent' }) });
    const display = all.filter(({ formula }) => formula.display);
    expect(display.length).toBeGreaterThan(0);
    for (const { article, formula } of display) {
      const result = await images.render(formula.tex);
      expect(result.ok ? null : `${article.path}:${formula.line}: ${result.error}`).toBeNull();
    }
  }, 60_000);

  it('shows no LaTeX command in announcements and daily quiz posts, where a Unicode form exists', async () => {
    const deps = await buildDeps();
    const prose = (text: string | undefined) => (text ?? '').replace(/```[\s\S]*?```/g, '').replace(/(`+)[\s\S]*?\1/g, '');
    for (const article of articles) {
      const announcement = articleEmbed(article, { lang: 'zh', timezone: 'Asia/Shanghai' }, { excerptChars: 600 });
      expect(prose(announcement.description), article.id).not.toMatch(/\\[a-zA-Z]{2,}/);
      if (!article.leetcode) continue;
      const post = dailyPostMessage(article, GUILD_A, '2026-12-01', deps);
      for (const embed of post.embeds ?? []) expect(prose(embed.description), article.id).not.toMatch(/\\[a-zA-Z]{2,}/);
      // Never the solution: not even its first sentence.
      const firstAnswerLine = article.leetcode.answer.split('\n').slice(1).find((line) => line.trim().length > 10)!.trim().slice(0, 12);
      expect(JSON.stringify(post.embeds), article.id).not.toContain(firstAnswerLine);
    }
  });
});

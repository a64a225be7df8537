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
import { SHOWN_AS_CODE } from './shown-as-code.ts';

const SHIPPED_CONTENT = path.resolve(import.meta.dirname, '..', '..', 'content');


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

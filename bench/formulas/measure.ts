/**
 * Formula figures of `npm run bench` (issue #13): the first render of a display formula in a fresh
 * process (target ≤ 150 ms), cold renders of every shipped display formula, and the cost a cached
 * formula adds to a /card reply (target ≤ 2 ms more than the same reply without formulas).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { cardWithFormulas } from '../../src/cards/card-with-formulas.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { findFormulas } from '../../src/render/find-formulas.ts';
import { FormulaImages } from '../../src/render/formula-images/index.ts';
import { median, percentile } from '../stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIRST_RENDER_TARGET_MS = 150;
export const CACHED_EXTRA_TARGET_MS = 2;

export interface FormulaFigures {
  firstRender: { renderMs: number[]; importMs: number[]; warmMs: number[] };
  coldRender: { count: number; p50: number; p95: number; max: number };
  cachedReply: { article: string; formulas: number; withMs: number; asCodeMs: number; withoutMs: number; extraMs: number };
}

function firstRenderInFreshProcess(): { renderMs: number; importMs: number; warmMs: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'first-render-child.ts')], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`first-render child failed: ${child.stderr}`);
  const figures = JSON.parse(child.stdout.trim().split('\n').pop()!) as { renderMs: number; importMs: number; warmMs: number };
  return figures;
}

/** Median time of `fn` over `rounds` calls after `warmUp` unmeasured ones. */
async function timed(fn: () => Promise<unknown>, rounds: number, warmUp = 20): Promise<number> {
  for (let i = 0; i < warmUp; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function measureFormulas(runs: number, progress: (message: string) => void): Promise<FormulaFigures> {
  const firstRender = { renderMs: [] as number[], importMs: [] as number[], warmMs: [] as number[] };
  for (let run = 1; run <= runs; run++) {
    const figures = firstRenderInFreshProcess();
    firstRender.renderMs.push(figures.renderMs);
    firstRender.importMs.push(figures.importMs);
    firstRender.warmMs.push(figures.warmMs);
    progress(
      `formulas: first render in a fresh process ${figures.renderMs.toFixed(0)} ms (imports ${figures.importMs.toFixed(0)} ms), after the start-up warm-up ${figures.warmMs.toFixed(0)} ms, run ${run}/${runs}`,
    );
  }

  const { articles } = await loadCorpus(path.join(ROOT, 'content'), { timezone: 'UTC', siteUrl: null });
  const images = new FormulaImages({ cacheDir: null, logger: pino({ level: 'silent' }) });
  await images.render('x');
  const displayFormulas = [
    ...new Set(
      articles.flatMap((article) =>
        findFormulas(article.body)
          .filter((f) => f.display)
          .map((f) => f.tex),
      ),
    ),
  ];
  const cold: number[] = [];
  for (const tex of displayFormulas) {
    const start = performance.now();
    await images.render(tex);
    cold.push(performance.now() - start);
  }
  const coldRender = { count: cold.length, p50: median(cold), p95: percentile(cold, 95), max: Math.max(...cold) };
  progress(`formulas: ${cold.length} shipped display formulas, cold render p50 ${coldRender.p50.toFixed(1)} ms, p95 ${coldRender.p95.toFixed(1)} ms`);

  // The same card with and without its display formulas; the formulas are cached by then.
  const article = articles
    .filter((a) => !a.leetcode)
    .map((a) => ({ a, n: findFormulas(a.body).filter((f) => f.display).length }))
    .sort((x, y) => y.n - x.n)[0]!;
  const displayBlock = /^ {0,3}\$\$[\s\S]*?\$\$[ \t]*$/gm;
  // Baseline: the same text with each formula as a tex code block, so Markdown of the same size is parsed.
  const formulasAsCode: Article = { ...article.a, body: article.a.body.replace(displayBlock, (block) => block.replace(/\$\$/g, '```')) };
  const withoutFormulas: Article = { ...article.a, body: article.a.body.replace(displayBlock, '') };
  const context = { lang: 'zh' as const, timezone: 'UTC' };
  const formulasShown = (await cardWithFormulas(article.a, context, images)).files?.length ?? 0;
  const withMs = await timed(() => cardWithFormulas(article.a, context, images), 300);
  const asCodeMs = await timed(() => cardWithFormulas(formulasAsCode, context, images), 300);
  const withoutMs = await timed(() => cardWithFormulas(withoutFormulas, context, images), 300);
  const cachedReply = { article: article.a.id, formulas: formulasShown, withMs, asCodeMs, withoutMs, extraMs: withMs - asCodeMs };
  progress(
    `formulas: /card ${article.a.id} with ${formulasShown} cached formulas ${withMs.toFixed(2)} ms, as code ${asCodeMs.toFixed(2)} ms, formulas removed ${withoutMs.toFixed(2)} ms`,
  );
  return { firstRender, coldRender, cachedReply };
}

const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`;

export function renderFormulaSection(figures: FormulaFigures): string {
  const first = median(figures.firstRender.renderMs);
  const warm = median(figures.firstRender.warmMs);
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  return [
    '## Formula pictures (issue #13)',
    '',
    '| figure | target | measured | |',
    '|---|---|---|---|',
    `| first render of a display formula in a fresh process (MathJax set-up, font, rasterising; median of ${figures.firstRender.renderMs.length}) | ≤ ${FIRST_RENDER_TARGET_MS} ms | ${first.toFixed(0)} ms (module imports before it: ${median(figures.firstRender.importMs).toFixed(0)} ms) | ${verdict(first <= FIRST_RENDER_TARGET_MS)} |`,
    `| first render of a member's display formula after the bot's start-up warm-up (what a member waits for; median of ${figures.firstRender.warmMs.length}) | ≤ ${FIRST_RENDER_TARGET_MS} ms | ${warm.toFixed(0)} ms | ${verdict(warm <= FIRST_RENDER_TARGET_MS)} |`,
    `| /card reply with ${figures.cachedReply.formulas} cached formula pictures (${figures.cachedReply.article}) vs. the same card with those formulas as tex code blocks (same Markdown to parse) | ≤ ${CACHED_EXTRA_TARGET_MS} ms more | ${figures.cachedReply.withMs.toFixed(2)} ms vs. ${figures.cachedReply.asCodeMs.toFixed(2)} ms: ${signed(figures.cachedReply.extraMs)} ms | ${verdict(figures.cachedReply.extraMs <= CACHED_EXTRA_TARGET_MS)} |`,
    `| the same card with the formulas deleted from the text (less Markdown to parse, fewer embeds) | — | ${figures.cachedReply.withoutMs.toFixed(2)} ms (${signed(figures.cachedReply.withMs - figures.cachedReply.withoutMs)} ms with the pictures) | |`,
    `| cold render of each of the ${figures.coldRender.count} shipped display formulas (MathJax warm) | — | p50 ${figures.coldRender.p50.toFixed(1)} ms, p95 ${figures.coldRender.p95.toFixed(1)} ms, max ${figures.coldRender.max.toFixed(1)} ms | |`,
    '',
    `Load average while measuring: ${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' / ')} on ${os.cpus().length} CPUs; every figure grows with it.`,
    '',
  ].join('\n');
}

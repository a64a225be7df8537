/**
 * `npm run check [-- FOLDER]`: validates the corpus the way the bot loads it, so authors see every
 * broken file before they push. Exits 1 when any file has a problem.
 */
import path from 'node:path';
import { loadConfigOrExit } from '../config.ts';
import { readFile } from 'node:fs/promises';
import pino from 'pino';
import { formatProblem, loadCorpus } from '../corpus/load.ts';
import type { Article, CorpusProblem } from '../corpus/types.ts';
import { findFormulas } from '../render/find-formulas.ts';
import { FormulaImages } from '../render/formula-images/index.ts';

const folderArgument = process.argv[2];
const config = loadConfigOrExit({ requireToken: false }, folderArgument ? { CONTENT_DIR: path.resolve(folderArgument) } : {});

try {
  const { articles, problems: fileProblems } = await loadCorpus(config.contentDir, { timezone: config.timezone, siteUrl: config.siteUrl });
  const formulas = new FormulaImages({ cacheDir: null, logger: pino({ level: 'silent' }) });
  const formulaProblems = (await Promise.all(articles.map((article) => brokenFormulas(article, formulas)))).flat();
  const problems = [...fileProblems, ...formulaProblems];
  const now = Date.now();
  const leetcode = articles.filter((a) => a.leetcode).length;
  const drafts = articles.filter((a) => a.draft).length;
  const future = articles.filter((a) => !a.draft && a.date.getTime() > now).length;
  console.log(
    `${config.contentDir}: ${articles.length} article${articles.length === 1 ? '' : 's'} loaded ` +
      `(${leetcode} LeetCode, ${drafts} draft, ${future} scheduled for later)`,
  );
  if (problems.length > 0) {
    if (fileProblems.length > 0) {
      console.error(`\n${fileProblems.length} problem${fileProblems.length === 1 ? '' : 's'} (these files are not loaded):`);
      for (const problem of fileProblems) console.error(`  ✗ ${formatProblem(problem)}`);
    }
    if (formulaProblems.length > 0) {
      console.error(`\n${formulaProblems.length} formula${formulaProblems.length === 1 ? '' : 's'} MathJax cannot typeset (members would see them as code):`);
      for (const problem of formulaProblems) console.error(`  ✗ ${formatProblem(problem)}`);
    }
    process.exit(1);
  }
  console.log('No problems.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/** Formulas of an article that do not compile, with the line of the file they are on and MathJax's message. */
async function brokenFormulas(article: Article, formulas: FormulaImages): Promise<CorpusProblem[]> {
  const raw = await readFile(path.join(config.contentDir, article.path), 'utf8').catch(() => '');
  // The body follows the front matter; its first line tells how many lines that took.
  const bodyAt = raw.indexOf(article.body.slice(0, 200));
  const bodyLine = bodyAt === -1 ? 1 : raw.slice(0, bodyAt).split('\n').length;
  const problems: CorpusProblem[] = [];
  const report = (where: string, tex: string, message: string) =>
    problems.push({ path: article.path, where, reason: `formula does not compile: ${message} (in ${JSON.stringify(tex.length > 80 ? `${tex.slice(0, 80)}…` : tex)})` });
  for (const formula of findFormulas(article.body)) {
    const message = formulas.compileError(formula.tex);
    if (message !== null) report(`line ${bodyLine + formula.line - 1}`, formula.tex, message);
  }
  for (const formula of findFormulas(article.summary ?? '')) {
    const message = formulas.compileError(formula.tex);
    if (message !== null) report('summary', formula.tex, message);
  }
  return problems;
}

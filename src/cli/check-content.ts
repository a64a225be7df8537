/**
 * `npm run check [-- [--strict] FOLDER]`: validates the corpus the way the bot loads it, so authors see every
 * broken file before they push. Exits 1 when any file has a problem. Broken conventions (a shared alias, a tag
 * outside tags.yml, a LeetCode card without an English alias or a topic tag, a link to a missing article) are
 * warnings; with --strict they are errors too.
 */
import path from 'node:path';
import { loadConfigOrExit } from '../config.ts';
import { readFile } from 'node:fs/promises';
import pino from 'pino';
import { lintCorpus } from '../corpus/content-lint.ts';
import { formatProblem, loadCorpus } from '../corpus/load.ts';
import { loadTagVocabulary } from '../corpus/tag-vocabulary.ts';
import type { Article, CorpusProblem } from '../corpus/types.ts';
import { findFormulas } from '../render/find-formulas.ts';
import { truncate } from '../render/index.ts';
import { FormulaImages } from '../render/formula-images/index.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const unknownFlags = args.filter((arg) => arg.startsWith('--') && arg !== '--strict');
if (unknownFlags.length > 0) {
  console.error(`unknown option ${unknownFlags.join(', ')} (usage: npm run check -- [--strict] [FOLDER])`);
  process.exit(2);
}
const folderArgument = args.find((arg) => !arg.startsWith('--'));
const config = loadConfigOrExit({ requireToken: false }, folderArgument ? { CONTENT_DIR: path.resolve(folderArgument) } : {});

try {
  const { articles, problems: fileProblems } = await loadCorpus(config.contentDir, { timezone: config.timezone, siteUrl: config.siteUrl });
  const formulas = new FormulaImages({ cacheDir: null, logger: pino({ level: 'silent' }) });
  const formulaProblems = (await Promise.all(articles.map((article) => brokenFormulas(article, formulas)))).flat();
  const problems = [...fileProblems, ...formulaProblems];
  const tagFile = await loadTagVocabulary(config.contentDir);
  const texts = new Map(
    await Promise.all(articles.map(async (a) => [a.path, await readFile(path.join(config.contentDir, a.path), 'utf8').catch(() => '')] as const)),
  );
  const warnings = [
    ...tagFile.problems,
    ...lintCorpus({
      articles,
      markdownPaths: new Set([...articles.map((a) => a.path), ...fileProblems.map((p) => p.path)]),
      textOf: (relativePath) => texts.get(relativePath) ?? '',
      vocabulary: tagFile.vocabulary,
    }),
  ];
  const now = Date.now();
  const leetcode = articles.filter((a) => a.leetcode).length;
  const drafts = articles.filter((a) => a.draft).length;
  const future = articles.filter((a) => !a.draft && a.date.getTime() > now).length;
  console.log(
    `${config.contentDir}: ${articles.length} article${articles.length === 1 ? '' : 's'} loaded ` +
      `(${leetcode} LeetCode, ${drafts} draft, ${future} scheduled for later)`,
  );
  if (warnings.length > 0) {
    const kind = strict ? 'error' : 'warning';
    console.error(
      `\n${warnings.length} ${kind}${warnings.length === 1 ? '' : 's'} (the files load, but break the content conventions${strict ? '' : '; --strict makes these errors'}):`,
    );
    for (const warning of warnings) console.error(`  ${strict ? '✗' : '⚠'} ${formatProblem(warning)}`);
  }
  if (problems.length > 0 || (strict && warnings.length > 0)) {
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
  console.log(warnings.length > 0 ? `No problems; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.` : 'No problems.');
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
    problems.push({
      path: article.path,
      where,
      reason: `formula does not compile: ${message} (in ${JSON.stringify(truncate(tex, 81))})`,
    });
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

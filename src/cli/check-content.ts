/**
 * `npm run check [-- FOLDER]`: validates the corpus the way the bot loads it, so authors see every
 * broken file before they push. Exits 1 when any file has a problem.
 */
import path from 'node:path';
import { loadConfigOrExit } from '../config.ts';
import { formatProblem, loadCorpus } from '../corpus/load.ts';

const folderArgument = process.argv[2];
const config = loadConfigOrExit({ requireToken: false }, folderArgument ? { CONTENT_DIR: path.resolve(folderArgument) } : {});

try {
  const { articles, problems } = await loadCorpus(config.contentDir, { timezone: config.timezone, siteUrl: config.siteUrl });
  const now = Date.now();
  const leetcode = articles.filter((a) => a.leetcode).length;
  const drafts = articles.filter((a) => a.draft).length;
  const future = articles.filter((a) => !a.draft && a.date.getTime() > now).length;
  console.log(
    `${config.contentDir}: ${articles.length} article${articles.length === 1 ? '' : 's'} loaded ` +
      `(${leetcode} LeetCode, ${drafts} draft, ${future} scheduled for later)`,
  );
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} (these files are not loaded):`);
    for (const problem of problems) console.error(`  ✗ ${formatProblem(problem)}`);
    process.exit(1);
  }
  console.log('No problems.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

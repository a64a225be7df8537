/**
 * Stand-in for src/corpus/load.ts when it cannot load a corpus at all: load.ts opens every file at
 * once (Promise.all), which fails with EMFILE once the corpus has more files than the process may
 * open (20,000 here, so 100,000 articles load as 80% problems). This reads the same files with a
 * bounded number in flight and parses them with the project's own parseArticle, so the index,
 * memory and latency figures beyond that size still describe the real parser and index.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArticle, type ParseContext } from '../../src/corpus/parse-article.ts';
import type { Article, CorpusProblem, LoadResult } from '../../src/corpus/types.ts';

const IN_FLIGHT = 64;

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !relative.split('/').some((part) => part.startsWith('.')))
    .sort();
}

export async function loadCorpusBounded(dir: string, context: ParseContext): Promise<LoadResult> {
  const files = await markdownFiles(dir);
  const articles: (Article | null)[] = new Array(files.length).fill(null);
  const problems: CorpusProblem[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const relativePath = files[i]!;
      try {
        const outcome = parseArticle(relativePath, await fs.readFile(path.join(dir, relativePath)), context);
        if (outcome.ok) articles[i] = outcome.article;
        else problems.push(...outcome.problems);
      } catch (error) {
        problems.push({ path: relativePath, where: null, reason: `cannot read the file: ${(error as Error).message}` });
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { articles: articles.filter((a): a is Article => a !== null), problems };
}

import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArticle, type ParseContext } from './parse-article.ts';
import type { Article, CorpusProblem, LoadResult } from './types.ts';

/** The folder itself could not be read: nothing can be said about its articles. */
export class ContentFolderError extends Error {
  constructor(
    readonly dir: string,
    cause: unknown,
  ) {
    super(`cannot read the content folder ${dir}: ${(cause as Error).message ?? cause}`, { cause });
  }
}

/**
 * Loads every `.md` under `dir`. Bad files become problems; good ones still load. Only an unreadable
 * folder throws, so that a caller can keep the last good corpus.
 */
export async function loadCorpus(dir: string, context: ParseContext): Promise<LoadResult> {
  let files: string[];
  try {
    files = await listMarkdownFiles(dir);
  } catch (error) {
    throw new ContentFolderError(dir, error);
  }
  files.sort();

  const problems: CorpusProblem[] = [];
  const parsed = await mapWithConcurrency(files, READ_CONCURRENCY, async (relativePath) => {
    try {
      const bytes = await fs.readFile(path.join(dir, relativePath));
      return parseArticle(relativePath, bytes, context);
    } catch (error) {
      return { ok: false as const, problems: [{ path: relativePath, where: null, reason: `cannot read the file: ${(error as Error).message}` }] };
    }
  });

  const articles: Article[] = [];
  const pathById = new Map<string, string>();
  for (const outcome of parsed) {
    if (!outcome.ok) {
      problems.push(...outcome.problems);
      continue;
    }
    const { article } = outcome;
    const holder = pathById.get(article.id);
    if (holder !== undefined) {
      problems.push({ path: article.path, where: 'id', reason: `duplicate id "${article.id}": ${holder} already uses it` });
      continue;
    }
    pathById.set(article.id, article.path);
    articles.push(article);
  }
  return { articles, problems };
}

/**
 * Files read at once: opening every file of a large corpus together runs out of file descriptors
 * (EMFILE at about 20,000 here), and more than this gains nothing on a local disk.
 */
const READ_CONCURRENCY = 64;

async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function listMarkdownFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !relative.split('/').some((part) => part.startsWith('.')));
}

export function formatProblem(problem: CorpusProblem): string {
  return `${problem.path}${problem.where ? ` (${problem.where})` : ''}: ${problem.reason}`;
}

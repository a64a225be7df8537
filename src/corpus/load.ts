import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { eachSteps, runAtOnce, runGradually, sortSteps } from '../search/engine/gradual.ts';
import { parseArticle, type ParseContext, type ParseOutcome } from './parse-article.ts';
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

  const parsed = await mapWithConcurrency(files, READ_CONCURRENCY, (relativePath) => readArticle(dir, relativePath, context));
  return assemble(parsed);
}

/** Reads and parses one file; an unreadable file is a problem, not an error. */
export async function readArticle(dir: string, relativePath: string, context: ParseContext): Promise<ParseOutcome> {
  try {
    const bytes = await fs.readFile(path.join(dir, relativePath));
    return parseArticle(relativePath, bytes, context);
  } catch (error) {
    return unreadable(relativePath, error);
  }
}

function unreadable(relativePath: string, error: unknown): ParseOutcome {
  return { ok: false as const, problems: [{ path: relativePath, where: null, reason: `cannot read the file: ${(error as Error).message}` }] };
}

/**
 * Reads and parses `paths` in order, synchronously a few milliseconds at a time: for thousands
 * of small local files this costs a fraction of one promise and thread-pool round trip per file,
 * and the event loop still runs between slices. `onArticle` is given each article as it is
 * parsed, in order (a first load hands them to the index's helper thread meanwhile).
 */
export async function readArticles(
  dir: string,
  paths: readonly string[],
  context: ParseContext,
  onArticle: ((article: Article) => void) | null = null,
): Promise<ParseOutcome[]> {
  const base = folderPrefix(dir);
  const readAhead = paths.length >= READ_AHEAD_MIN_FILES ? startReadAhead(paths.map((relativePath) => base + relativePath)) : null;
  try {
    return await runGradually(readSteps(base, paths, context, onArticle));
  } finally {
    void readAhead?.terminate();
  }
}

/** Fewer files than this are read without a read-ahead thread: starting one costs more than they could wait. */
const READ_AHEAD_MIN_FILES = 256;

/**
 * Reads each file once on another thread, in the order readSteps parses them, and throws the bytes
 * away: after a reboot or in a fresh container no file is in the page cache, and reading them one
 * at a time between parses waits on the disk about as long as the parsing takes. This thread keeps
 * ahead, so readSteps finds them cached. Plain JavaScript, evaluated: no TypeScript loader there.
 * Every file goes through one reused buffer: a buffer per file would grow the thread's own malloc
 * arena, which outlives the thread (~15 MB more RSS after loading 10,000 articles).
 */
const READ_AHEAD_SOURCE = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const piece = Buffer.allocUnsafeSlow(1 << 16);
for (const file of workerData) {
  let fd = -1;
  try {
    fd = fs.openSync(file, 'r');
    while (fs.readSync(fd, piece, 0, piece.length, null) > 0) {}
  } catch {}
  if (fd !== -1) try { fs.closeSync(fd); } catch {}
}
`;

function startReadAhead(files: readonly string[]): Worker | null {
  try {
    const worker = new Worker(READ_AHEAD_SOURCE, { eval: true, workerData: files, execArgv: [] });
    // It only warms a cache: it never keeps the process alive, and its failure changes nothing but speed.
    worker.unref();
    worker.on('error', () => {});
    return worker;
  } catch {
    return null;
  }
}

/**
 * What a relative path is appended to for its full path. Joined by hand: path.join normalises
 * every path again, a third of the stat loop at 100,000 files.
 */
function folderPrefix(dir: string): string {
  return `${path.resolve(dir)}${path.sep}`;
}

/** One file per step: parsing one takes about 0.1 ms, so the slice clock is checked after each. */
function* readSteps(
  base: string,
  paths: readonly string[],
  context: ParseContext,
  onArticle: ((article: Article) => void) | null,
): Generator<void, ParseOutcome[]> {
  const outcomes: ParseOutcome[] = [];
  for (const relativePath of paths) {
    let outcome: ParseOutcome;
    try {
      outcome = parseArticle(relativePath, fsSync.readFileSync(base + relativePath), context);
    } catch (error) {
      outcome = unreadable(relativePath, error);
    }
    outcomes.push(outcome);
    if (outcome.ok && onArticle) onArticle(outcome.article);
    yield;
  }
  return outcomes;
}

/** Articles and problems from per-file outcomes in path order; a repeated id is a problem of the later file. */
export function assemble(outcomes: readonly ParseOutcome[]): LoadResult {
  return runAtOnce(assembleSteps(outcomes));
}

/** `assemble` a slice at a time. */
export function* assembleSteps(outcomes: readonly ParseOutcome[]): Generator<void, LoadResult> {
  const problems: CorpusProblem[] = [];
  const articles: Article[] = [];
  const pathById = new Map<string, string>();
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i]!;
    if ((i & 511) === 511) yield;
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

/** What tells a changed file from an unchanged one without reading it. */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * Every `.md` under `dir` with its size and modification time, in path order. Throws
 * ContentFolderError when the folder cannot be listed; a file that vanishes meanwhile is left out.
 */
export async function statCorpus(dir: string): Promise<FileStamp[]> {
  let files: string[];
  try {
    files = await listMarkdownFiles(dir);
  } catch (error) {
    throw new ContentFolderError(dir, error);
  }
  const stamps: FileStamp[] = [];
  const base = folderPrefix(dir);
  await runGradually(
    eachSteps(files, (relativePath) => {
      const stat = fsSync.statSync(base + relativePath, { throwIfNoEntry: false });
      if (stat) stamps.push({ path: relativePath, size: stat.size, mtimeMs: stat.mtimeMs });
    }),
  );
  return stamps;
}

/**
 * Files read at once: opening every file of a large corpus together runs out of file descriptors
 * (EMFILE at about 20,000 here), and more than this gains nothing on a local disk.
 */
const READ_CONCURRENCY = 64;

export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
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
  const root = path.resolve(dir);
  const files: string[] = [];
  // Entries come folder by folder: the folder part is worked out once per folder, not per file.
  let parentPath: string | null = null;
  let folder: string | null = '';
  await runGradually(
    eachSteps(entries, (entry) => {
      if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.md') || entry.name.startsWith('.')) return;
      if (entry.parentPath !== parentPath) {
        parentPath = entry.parentPath;
        const parent = path.resolve(parentPath);
        const relative =
          parent === root
            ? ''
            : parent
                .slice(root.length + 1)
                .split(path.sep)
                .join('/');
        folder = relative.split('/').some((part) => part.startsWith('.')) ? null : relative;
      }
      if (folder !== null) files.push(folder === '' ? entry.name : `${folder}/${entry.name}`);
    }),
  );
  return runGradually(sortSteps(files, compareStrings));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatProblem(problem: CorpusProblem): string {
  return `${problem.path}${problem.where ? ` (${problem.where})` : ''}: ${problem.reason}`;
}

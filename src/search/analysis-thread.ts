/**
 * Indexing a large corpus on both cores. Analysing the articles (Markdown to plain text, words
 * and bigrams, counting) is most of an index build and each article is independent, so a helper
 * thread analyses the last part of the corpus while the main thread analyses the first; the
 * main builder then absorbs the helper's postings (SegmentBuilder.absorb), which gives exactly the
 * builder one thread would have made.
 *
 * Nothing depends on the helper: when it cannot start or fails, the main thread analyses its
 * part too, and the index is the same.
 */
import type { Worker } from 'node:worker_threads';
import { analyseInto, indexedText, type IndexedText } from './analyse-article.ts';
import type { Article } from '../corpus/types.ts';
import type { CollectedPostings, SegmentBuilder } from './engine/segment-builder.ts';
import { runGradually } from './engine/gradual.ts';
import { startTypeScriptWorker } from '../threads/typescript-worker.ts';

/**
 * Below this many articles a helper costs more to start (its thread, tsx's loader thread, the
 * modules: ~0.15–0.2 s) than it saves. It costs CPU beyond that (~0.4 s at 10,000 articles: the
 * main thread's garbage collector also works on the second core), but a load ends sooner: 12 and
 * 14 % at 10,000 (zipf and shared corpora, median of 12 loads each, alternating with and without),
 * 2.5 s or more at 100,000.
 */
export const HELPER_FROM = 2000;
/**
 * Articles the main thread analyses while the helper starts (its thread, tsx, the modules, code
 * not optimised yet: ~0.15–0.2 s); the rest are shared evenly. Measured at 10,000 and 100,000
 * articles: with this the two finish within ~0.1 s of each other.
 */
const HELPER_START_ARTICLES = 1500;
/** Articles per message: each is copied to the helper while the main thread waits. */
const BATCH = 256;

export type ToHelper = { kind: 'articles'; articles: IndexedText[] } | { kind: 'done' };

/** How the articles were analysed: with a helper, alone (too few, or `parallel: false`), or alone after the helper failed. */
export type AnalysisMode = 'helper' | 'alone' | 'helper failed';

const HELPER_MODULE = new URL('./analysis-worker.ts', import.meta.url).href;

/** What the helper collected, or why it did not. */
type HelperResult = { collected: CollectedPostings } | { failure: string };

function collectedBy(helper: Worker): Promise<HelperResult> {
  return new Promise((resolve) => {
    helper.once('message', (collected: CollectedPostings) => resolve({ collected }));
    // Every error, not just the first, is handled: an unhandled one would end the process.
    helper.on('error', (error: Error) => resolve({ failure: error.message }));
    helper.once('exit', (code) => resolve({ failure: `the thread ended (exit code ${code}) before it had sent anything` }));
  });
}

/**
 * A helper thread analysing the articles it is handed, in order, while the main thread does
 * something else: the last part of an index build (analyseGradually), or, on a first load, every
 * article as soon as it is parsed (CorpusService; SearchIndex.buildGradually's `early`).
 */
export class AnalysisHelper {
  private readonly handed: Article[] = [];
  private batch: IndexedText[] = [];
  private readonly result: Promise<HelperResult>;
  private finished = false;

  private constructor(private readonly worker: Worker) {
    this.result = collectedBy(worker);
  }

  /** A started helper, or null when no thread can start here. `module` is for tests. */
  static start(module: string = HELPER_MODULE): AnalysisHelper | null {
    const worker = startTypeScriptWorker(module);
    return worker ? new AnalysisHelper(worker) : null;
  }

  /** Hands over the next article (sent in batches: each is copied to the helper). */
  add(article: Article): void {
    if (this.finished) throw new Error('AnalysisHelper.add after finish');
    this.handed.push(article);
    this.batch.push(indexedText(article));
    if (this.batch.length >= BATCH) this.flush();
  }

  /**
   * What the helper collected of every article handed over, with those articles in order; or why
   * it could not (it failed). The helper ends.
   */
  async finish(): Promise<{ collected: CollectedPostings; articles: readonly Article[] } | { failure: string }> {
    if (!this.finished) {
      this.finished = true;
      this.flush();
      this.worker.postMessage({ kind: 'done' } satisfies ToHelper);
    }
    const result = await this.result;
    this.close();
    return 'failure' in result ? result : { collected: result.collected, articles: this.handed };
  }

  /** Ends the helper, whatever it was doing. */
  close(): void {
    void this.worker.terminate();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.worker.postMessage({ kind: 'articles', articles: this.batch } satisfies ToHelper);
    this.batch = [];
  }
}

/**
 * Which of `handed` (a helper's articles, in the order it analysed them) are `wanted`, as a mask
 * for SegmentBuilder.absorb; null unless `wanted` is exactly those marked, in the same order. As
 * steps: a pass over every article of a large corpus.
 */
export function* handedMaskSteps(handed: readonly Article[], wanted: readonly Article[]): Generator<void, Uint8Array | null> {
  const keep = new Uint8Array(handed.length);
  let next = 0;
  for (let i = 0; i < handed.length && next < wanted.length; i++) {
    if (handed[i] === wanted[next]) {
      keep[i] = 1;
      next++;
    }
    if ((i & 4095) === 4095) yield;
  }
  return next === wanted.length ? keep : null;
}

/** How an index build may use a helper thread (analyseGradually, SearchIndex.buildGradually). */
export interface HelperOptions {
  /** False: analyse on this thread only. */
  parallel?: boolean;
  /** Told why, when a helper failed and this thread analysed its part instead (the index is the same). */
  onHelperFailure?: (reason: string) => void;
  /** For tests: the corpus size from which a helper is used, and a helper module (one that fails). */
  helperFrom?: number;
  helperModule?: string;
}

/**
 * Analyses `articles` into `builder`, on two threads when there are enough of them, giving the
 * event loop back between slices (runGradually).
 */
export async function analyseGradually(builder: SegmentBuilder, articles: readonly Article[], options: HelperOptions = {}): Promise<AnalysisMode> {
  const enough = articles.length >= (options.helperFrom ?? HELPER_FROM);
  const helper = options.parallel !== false && enough ? AnalysisHelper.start(options.helperModule) : null;
  if (!helper) {
    await runGradually(analyseInto(builder, articles));
    return 'alone';
  }
  const split = articles.length - Math.max(0, Math.floor((articles.length - HELPER_START_ARTICLES) / 2));
  try {
    await runGradually(handSteps(helper, articles, split));
    await runGradually(analyseInto(builder, articles.slice(0, split)));
    const done = await helper.finish();
    if ('collected' in done) {
      await runGradually(builder.absorb(done.collected));
      return 'helper';
    }
    options.onHelperFailure?.(done.failure);
    await runGradually(analyseInto(builder, articles.slice(split)));
    return 'helper failed';
  } finally {
    helper.close();
  }
}

function* handSteps(helper: AnalysisHelper, articles: readonly Article[], from: number): Generator<void, void> {
  for (let at = from; at < articles.length; at++) {
    helper.add(articles[at]!);
    if ((at - from) % BATCH === BATCH - 1) yield;
  }
}

/** HelperOptions, and a helper handed the articles while they were parsed (a first load). */
export type BuildHelpers = HelperOptions & { early?: AnalysisHelper | null };

/**
 * Fills `builder` with the postings of `articles`: what `early` collected, when it was handed
 * them (and maybe others, left out), else by analysing them (analyseGradually).
 */
export async function collectGradually(builder: SegmentBuilder, articles: readonly Article[], options: BuildHelpers): Promise<void> {
  const early = options.early ? await options.early.finish() : null;
  if (early && 'failure' in early) options.onHelperFailure?.(early.failure);
  else if (early) {
    const keep = await runGradually(handedMaskSteps(early.articles, articles));
    if (keep) return runGradually(builder.absorb(early.collected, keep));
  }
  await analyseGradually(builder, articles, options);
}

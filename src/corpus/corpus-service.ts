import type { Logger } from 'pino';
import { SearchIndex } from '../search/index.ts';
import { AnalysisHelper, HELPER_FROM } from '../search/analysis-thread.ts';
import { PendingSearch } from '../search/pending.ts';
import { assembleSteps, readArticles, statCorpus, type FileStamp } from './load.ts';
import { eachSteps, everySame, filterSteps, mapSteps, runGradually } from '../search/engine/gradual.ts';
import { WarmStart, type FileState } from './warm-start.ts';
import { Library } from './library.ts';
import { ProblemLog } from './problem-log.ts';
import type { ParseContext, ParseOutcome } from './parse-article.ts';
import type { Article, CorpusProblem } from './types.ts';
import { loadTagVocabulary, TagVocabulary } from './tag-vocabulary.ts';

export interface ReloadOutcome {
  /** False when the folder could not be read; the previous library stays in service. */
  ok: boolean;
  changed: boolean;
  library: Library;
  /** Problems that were not reported by the previous reload. */
  newProblems: CorpusProblem[];
  /** Files read and parsed by this reload: the new and changed ones (all of them the first time, unless cached). */
  filesRead: number;
}

export interface CorpusServiceOptions {
  /** Folder of the warm-start cache (INDEX_CACHE_DIR); null or absent: no cache. */
  cacheDir?: string | null;
  /**
   * A first index build of at least this many articles publishes the articles before their index
   * (search answers "indexing, about N s"), so that everything else already works. Default 2,000.
   */
  publishBeforeIndexFrom?: number;
}

/** A rough indexing speed for the "about N s" estimate (this 2-core machine does ~0.16 ms). */
const INDEX_MS_PER_ARTICLE = 0.25;

/**
 * Owns the current Library. Reloads never leave members with less than they had: an unreadable
 * folder keeps the whole last good corpus, and a file that turns bad keeps its last good version
 * until it is fixed or deleted.
 *
 * A reload stats the folder and reads only files whose size or mtime changed; the search index
 * is updated for the articles that changed (search/index.ts). The first reload starts from the
 * cache file when there is a usable one, and a full index build writes a new one.
 */
export class CorpusService {
  private current: Library;
  private index: SearchIndex;
  /** The articles in `index`, by id. */
  private indexedById = new Map<string, Article>();
  private files = new Map<string, FileState>();
  /** Whether a reload has built the library from the folder yet (a library from the cache does not count). */
  private loaded = false;
  private folderErrorReported = false;
  private readonly problemLog: ProblemLog;
  private pending: Promise<ReloadOutcome> | null = null;
  private cacheTried = false;
  private readonly warmStart: WarmStart;
  private readonly publishBeforeIndexFrom: number;
  private articlesPublished!: () => void;
  private readonly articlesPublishedPromise = new Promise<void>((resolve) => (this.articlesPublished = resolve));

  constructor(
    private readonly dir: string,
    private readonly context: ParseContext,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
    options: CorpusServiceOptions = {},
  ) {
    this.index = SearchIndex.build([]);
    this.current = new Library([], [], this.index, clock());
    this.warmStart = new WarmStart(options.cacheDir, dir, context, logger);
    this.publishBeforeIndexFrom = options.publishBeforeIndexFrom ?? 2_000;
    this.problemLog = new ProblemLog(logger);
  }

  /**
   * Resolves once members can be served articles: when the first reload is done, or earlier, when
   * a large first index build serves the articles while it runs.
   */
  articlesReady(): Promise<void> {
    return this.articlesPublishedPromise;
  }

  get library(): Library {
    return this.current;
  }

  /** Resolves once the work a reload leaves running in the background is done: cache writes (failures are logged), autocomplete tables. */
  async backgroundSettled(): Promise<void> {
    await Promise.all([this.warmStart.settled(), this.index.prepareCompletions()]);
  }

  /** The folder's tags.yml (empty when it has none), reloaded with the articles. */
  get tags(): TagVocabulary {
    return this.vocabulary;
  }

  private vocabulary = TagVocabulary.empty;

  /** Concurrent callers share one reload instead of reading the folder twice. */
  reload(): Promise<ReloadOutcome> {
    this.pending ??= this.reloadNow().finally(() => {
      this.pending = null;
      this.articlesPublished();
    });
    return this.pending;
  }

  private async reloadNow(): Promise<ReloadOutcome> {
    let stamps: FileStamp[];
    try {
      stamps = await statCorpus(this.dir);
    } catch (error) {
      if (!this.folderErrorReported) {
        this.logger.error({ err: error, dir: this.dir }, 'content folder unreadable; serving the last good corpus');
        this.folderErrorReported = true;
      }
      return { ok: false, changed: false, library: this.current, newProblems: [], filesRead: 0 };
    }
    if (this.folderErrorReported) {
      this.logger.info({ dir: this.dir }, 'content folder readable again');
      this.folderErrorReported = false;
    }
    if (!this.cacheTried) {
      this.cacheTried = true;
      const restored = await this.warmStart.restore(this.clock());
      if (restored) ({ library: this.current, index: this.index, indexedById: this.indexedById, files: this.files } = restored);
    }

    const outcomes = new Array<ParseOutcome>(stamps.length);
    const toRead: number[] = [];
    // Every pass over all files or articles runs a slice at a time: at 100,000 each one is tens of milliseconds.
    await runGradually(
      eachSteps(stamps, (stamp, i) => {
        const known = this.files.get(stamp.path);
        if (known && known.stamp.size === stamp.size && known.stamp.mtimeMs === stamp.mtimeMs) outcomes[i] = known.outcome;
        else toRead.push(i);
      }),
    );
    // A first build of a large folder: a helper thread analyses each article as soon as it is parsed.
    const early = this.indexedById.size === 0 && toRead.length >= HELPER_FROM ? AnalysisHelper.start() : null;
    try {
      return await this.loadChanges(stamps, outcomes, toRead, early);
    } finally {
      early?.close();
    }
  }

  /** The rest of a reload once the folder is statted: read what changed, then the library and index. */
  private async loadChanges(stamps: FileStamp[], outcomes: ParseOutcome[], toRead: number[], early: AnalysisHelper | null): Promise<ReloadOutcome> {
    const read = await readArticles(
      this.dir,
      toRead.map((i) => stamps[i]!.path),
      this.context,
      early && ((article) => early.add(article)),
    );
    toRead.forEach((i, at) => (outcomes[i] = read[at]!));
    // Every file known with the same size and mtime, and no other: the map stands (a warm start's, from the cache, or the last tick's).
    if (toRead.length > 0 || stamps.length !== this.files.size) {
      let at = 0;
      this.files = await runGradually(mapSteps(stamps, (stamp) => [stamp.path, { stamp, outcome: outcomes[at++]! }] as const));
    }
    const result = await runGradually(assembleSteps(outcomes));
    const tagFile = await loadTagVocabulary(this.dir);
    this.vocabulary = tagFile.vocabulary ?? TagVocabulary.empty;
    result.problems.push(...tagFile.problems);

    const brokenPaths = new Set(result.problems.map((p) => p.path));
    const loadedIds = brokenPaths.size === 0 ? new Set<string>() : new Set(result.articles.map((a) => a.id));
    const retained: Article[] = brokenPaths.size === 0 ? [] : this.current.articles.filter((a) => brokenPaths.has(a.path) && !loadedIds.has(a.id));
    const articles = retained.length === 0 ? result.articles : [...result.articles, ...retained];

    const newProblems = this.problemLog.note(result.problems, retained);
    const problemsChanged = newProblems.length > 0 || result.problems.length !== this.current.problems.length;
    // Unchanged files give back the very Article objects of the last reload.
    const previous = this.current.articles;
    const same = articles.length === previous.length && (await runGradually(everySame(articles, previous)));
    const changed = !this.loaded || !same;
    if (changed) {
      // The very articles of the library restored from the cache: its order stands.
      let newestFirst = same ? this.current.sortedNewestFirst : undefined;
      const indexed = articles.length - articles.filter((a) => a.draft).length;
      if (this.indexedById.size === 0 && indexed >= this.publishBeforeIndexFrom) {
        const started = performance.now();
        const expectedMs = indexed * INDEX_MS_PER_ARTICLE;
        const pending = new PendingSearch(() => expectedMs - (performance.now() - started));
        this.current = await Library.gradually(articles, result.problems, pending, this.clock(), newestFirst);
        newestFirst = this.current.sortedNewestFirst;
        this.articlesPublished();
      }
      // The very articles of the index restored from the cache: it stands as it is.
      if (!(same && this.warmStart.holds(this.index))) this.index = await this.updatedIndex(articles, early);
      this.current = await Library.gradually(articles, result.problems, this.index, this.clock(), newestFirst);
      this.loaded = true;
      this.warmStart.save(this.index, this.current, this.files);
      void this.index.prepareCompletions();
    } else if (problemsChanged) {
      this.current = new Library(this.current.articles, result.problems, this.current.search, this.current.loadedAt);
    }
    return { ok: true, changed, library: this.current, newProblems, filesRead: toRead.length };
  }

  private readonly helperFailed = (reason: string): void => {
    this.logger.warn({ reason }, 'index helper thread failed; indexing on the main thread instead');
  };

  /** The index for `articles`: only articles that are not the very objects indexed now are analysed. */
  private async updatedIndex(articles: readonly Article[], early: AnalysisHelper | null): Promise<SearchIndex> {
    // Drafts are never shown, so they are never indexed either.
    const indexed = await runGradually(filterSteps(articles, (a) => !a.draft));
    const next = await runGradually(mapSteps(indexed, (a) => [a.id, a] as const));
    let index: SearchIndex;
    if (this.indexedById.size === 0) {
      index = await SearchIndex.buildGradually(indexed, { early, onHelperFailure: this.helperFailed });
    } else {
      const removed = new Set<string>();
      await runGradually(
        eachSteps([...this.indexedById.values()], (article) => {
          if (next.get(article.id) !== article) removed.add(article.id);
        }),
      );
      const added = await runGradually(filterSteps(indexed, (a) => this.indexedById.get(a.id) !== a));
      index = await this.index.withChanges(removed, added, { onHelperFailure: this.helperFailed });
    }
    this.indexedById = next;
    return index;
  }
}

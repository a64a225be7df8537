/**
 * The warm-start cache of one content folder (INDEX_CACHE_DIR, index-cache.ts) as CorpusService
 * uses it: what a start restores before it stats the folder, and the snapshot a full index build
 * writes back in the background.
 */
import type { Logger } from 'pino';
import { SearchIndex } from '../search/index.ts';
import { eachSteps, runGradually } from '../search/engine/gradual.ts';
import { cacheKey, cachePath, CacheRejected, readCache, writeCache, type CachedArticle } from './index-cache.ts';
import { Library } from './library.ts';
import type { FileStamp } from './load.ts';
import type { ParseContext, ParseOutcome } from './parse-article.ts';
import type { Article } from './types.ts';

/** What the last reload knew of one file. */
export interface FileState {
  stamp: FileStamp;
  outcome: ParseOutcome;
}

/** A corpus as the cache held it: its library, its index, which articles that index holds, and each file's stamp. */
export interface Restored {
  library: Library;
  index: SearchIndex;
  indexedById: Map<string, Article>;
  files: Map<string, FileState>;
}

export class WarmStart {
  private readonly file: string | null;
  /** The index whose large segment the cache file holds. */
  private cachedIndex: SearchIndex | null = null;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    cacheDir: string | null | undefined,
    private readonly dir: string,
    private readonly context: ParseContext,
    private readonly logger: Logger,
  ) {
    this.file = cacheDir ? cachePath(cacheDir, dir) : null;
  }

  /** Whether `index` is the one the cache file holds (restored from it, or written to it). */
  holds(index: SearchIndex): boolean {
    return index === this.cachedIndex;
  }

  /** Resolves once the cache writes started so far are done (their failures are logged). */
  settled(): Promise<void> {
    return this.writes;
  }

  /** The corpus the cache file holds, if there is one to trust; says once why one is not used. */
  async restore(now: Date): Promise<Restored | null> {
    if (!this.file) return null;
    let reason: string;
    try {
      const contents = await readCache(this.file, cacheKey(this.dir, this.context));
      if (!contents) return null;
      const articles: Article[] = [];
      const byId = new Map<string, Article>();
      const files = new Map<string, FileState>();
      await runGradually(
        eachSteps(contents.entries, ({ stamp, article }) => {
          articles.push(article);
          byId.set(article.id, article);
          if (stamp) files.set(stamp.path, { stamp, outcome: { ok: true as const, article } });
        }),
      );
      const indexed: Article[] = [];
      const indexedById = new Map<string, Article>();
      let agree = true;
      await runGradually(
        eachSteps(contents.snapshot.ids, (id) => {
          const article = byId.get(id);
          if (article === undefined || article.draft) agree = false;
          else {
            indexed.push(article);
            indexedById.set(id, article);
          }
        }),
      );
      if (!agree) throw new CacheRejected('its index and its articles disagree');
      const index = await SearchIndex.fromSnapshot(contents.snapshot, indexed);
      this.cachedIndex = index;
      const library = await Library.gradually(articles, [], index, now);
      this.logger.info({ file: this.file, articles: articles.length }, 'index cache loaded');
      return { library, index, indexedById, files };
    } catch (error) {
      reason = error instanceof CacheRejected ? error.message : `unreadable: ${(error as Error).message}`;
    }
    this.logger.warn({ file: this.file, reason }, 'index cache ignored; it will be rebuilt');
    return null;
  }

  /** Writes the cache after a full build, in the background: `library` is already serving. */
  save(index: SearchIndex, library: Library, files: ReadonlyMap<string, FileState>): void {
    const file = this.file;
    if (!file || index === this.cachedIndex) return;
    const taken = index.snapshot();
    if (!taken) return;
    this.cachedIndex = index;
    const entries: CachedArticle[] = library.articles.map((article) => {
      const state = files.get(article.path);
      const fromFile = state && state.outcome.ok && state.outcome.article === article;
      return { stamp: fromFile ? state.stamp : null, article };
    });
    const key = cacheKey(this.dir, this.context);
    this.writes = this.writes
      .then(() => writeCache(file, key, { entries, snapshot: taken.snapshot }))
      .then(
        () => this.logger.info({ file, articles: entries.length }, 'index cache written'),
        (error: unknown) => this.logger.warn({ err: error, file }, 'index cache not written; the next start will index from scratch'),
      );
  }
}

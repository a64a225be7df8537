import type { Logger } from 'pino';
import { formatProblem, loadCorpus } from './load.ts';
import { Library } from './library.ts';
import type { ParseContext } from './parse-article.ts';
import type { Article, CorpusProblem } from './types.ts';
import { loadTagVocabulary, TagVocabulary } from './tag-vocabulary.ts';

export interface ReloadOutcome {
  /** False when the folder could not be read; the previous library stays in service. */
  ok: boolean;
  changed: boolean;
  library: Library;
  /** Problems that were not reported by the previous reload. */
  newProblems: CorpusProblem[];
}

/**
 * Owns the current Library. Reloads never leave members with less than they had: an unreadable
 * folder keeps the whole last good corpus, and a file that turns bad keeps its last good version
 * until it is fixed or deleted.
 */
export class CorpusService {
  private current: Library;
  private signature = '';
  private reportedProblems = new Set<string>();
  private folderErrorReported = false;
  private pending: Promise<ReloadOutcome> | null = null;

  constructor(
    private readonly dir: string,
    private readonly context: ParseContext,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.current = Library.build([], [], clock());
  }

  get library(): Library {
    return this.current;
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
    });
    return this.pending;
  }

  private async reloadNow(): Promise<ReloadOutcome> {
    let result;
    try {
      result = await loadCorpus(this.dir, this.context);
    } catch (error) {
      if (!this.folderErrorReported) {
        this.logger.error({ err: error, dir: this.dir }, 'content folder unreadable; serving the last good corpus');
        this.folderErrorReported = true;
      }
      return { ok: false, changed: false, library: this.current, newProblems: [] };
    }
    if (this.folderErrorReported) {
      this.logger.info({ dir: this.dir }, 'content folder readable again');
      this.folderErrorReported = false;
    }
    const tagFile = await loadTagVocabulary(this.dir);
    this.vocabulary = tagFile.vocabulary ?? TagVocabulary.empty;
    result = { ...result, problems: [...result.problems, ...tagFile.problems] };

    const brokenPaths = new Set(result.problems.map((p) => p.path));
    const loadedIds = new Set(result.articles.map((a) => a.id));
    const retained: Article[] = this.current.articles.filter((a) => brokenPaths.has(a.path) && !loadedIds.has(a.id));
    const articles = [...result.articles, ...retained];

    const newProblems = this.noteProblems(result.problems, retained);
    const signature = articles
      .map((a) => `${a.id}\u0000${a.path}\u0000${a.hash}`)
      .sort()
      .join('\n');
    const problemsChanged = newProblems.length > 0 || result.problems.length !== this.current.problems.length;
    const changed = signature !== this.signature;
    if (changed || problemsChanged) {
      this.current = changed ? Library.build(articles, result.problems, this.clock()) : new Library(this.current.articles, result.problems, this.current.search, this.current.loadedAt);
      this.signature = signature;
    }
    return { ok: true, changed, library: this.current, newProblems };
  }

  /** Logs each problem once, when it first appears, so a rescan every few minutes does not flood the log. */
  private noteProblems(problems: readonly CorpusProblem[], retained: readonly Article[]): CorpusProblem[] {
    const keys = new Set<string>();
    const fresh: CorpusProblem[] = [];
    for (const problem of problems) {
      const key = formatProblem(problem);
      keys.add(key);
      if (!this.reportedProblems.has(key)) fresh.push(problem);
    }
    const retainedPaths = new Set(retained.map((a) => a.path));
    for (const problem of fresh) {
      this.logger.warn(
        { path: problem.path, field: problem.where, reason: problem.reason, keptLastGood: retainedPaths.has(problem.path) },
        `content problem: ${formatProblem(problem)}`,
      );
    }
    for (const key of this.reportedProblems) {
      if (!keys.has(key)) this.logger.info({ problem: key }, 'content problem resolved');
    }
    this.reportedProblems = keys;
    return fresh;
  }
}

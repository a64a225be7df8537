import { filterSteps, mapSteps, runGradually, sortSteps } from '../search/engine/gradual.ts';
import { PassageSources } from '../search/passage-source.ts';
import type { ArticleSearch, SearchFilter } from '../search/types.ts';
import type { Article, CorpusProblem } from './types.ts';

/**
 * One immutable snapshot of the corpus and its search index. A reload builds a new one and swaps it
 * in whole, so a command never sees half of an old corpus and half of a new one. The index is
 * built by whoever loads the corpus (corpus-service.ts): it holds the non-draft articles.
 */
export class Library {
  readonly byId: ReadonlyMap<string, Article>;
  /** Search passages' prepared Markdown of recently shown articles; a new library starts empty, so none is stale. */
  readonly passages = new PassageSources();
  /** Newest first; drafts excluded (they are never shown). */
  private readonly newestFirst: readonly Article[];

  constructor(
    readonly articles: readonly Article[],
    readonly problems: readonly CorpusProblem[],
    readonly search: ArticleSearch,
    readonly loadedAt: Date,
    /** The non-draft articles newest first, when the caller has sorted them already (gradually, for a large corpus). */
    newestFirst?: readonly Article[],
    /** `articles` by id, when the caller has built it already. */
    byId?: ReadonlyMap<string, Article>,
  ) {
    this.byId = byId ?? new Map(articles.map((a) => [a.id, a]));
    this.newestFirst = newestFirst ?? newestFirstOf(articles);
  }

  /** The same library, built a slice at a time (its sort and its map take long at 100,000 articles). */
  static async gradually(
    articles: readonly Article[],
    problems: readonly CorpusProblem[],
    search: ArticleSearch,
    loadedAt: Date,
    newestFirst?: readonly Article[],
  ): Promise<Library> {
    const sorted = newestFirst ?? (await runGradually(sortSteps(await runGradually(filterSteps(articles, (a) => !a.draft)), compareNewestFirst)));
    const byId = await runGradually(mapSteps(articles, (a) => [a.id, a] as const));
    return new Library(articles, problems, search, loadedAt, sorted, byId);
  }

  /** Non-draft articles newest first. */
  get sortedNewestFirst(): readonly Article[] {
    return this.newestFirst;
  }

  /** Published: not a draft and its date has come. */
  isVisible(article: Article, now: Date): boolean {
    return !article.draft && article.date.getTime() <= now.getTime();
  }

  /** A visible article by id, or undefined (drafts and future articles do not exist for members). */
  visibleById(id: string, now: Date): Article | undefined {
    const article = this.byId.get(id);
    return article && this.isVisible(article, now) ? article : undefined;
  }

  /** Visible articles, newest first. */
  visible(now: Date): Article[] {
    const cutoff = now.getTime();
    return this.newestFirst.filter((a) => a.date.getTime() <= cutoff);
  }

  /**
   * Predicate for the search index, which holds future articles too (never drafts): it may check
   * `publishedBy` against its own dates instead of calling the predicate per candidate.
   */
  visibilityFilter(now: Date): SearchFilter {
    const filter = (id: string): boolean => this.visibleById(id, now) !== undefined;
    return Object.assign(filter, { publishedBy: now.getTime() });
  }

  /** Every tag of a visible article with its count, most used first, then by name. */
  tagCounts(now: Date): { tag: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const article of this.visible(now)) {
      for (const tag of article.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /** Visible LeetCode cards, oldest first (a stable order for the quiz rotation). */
  leetcodeCards(now: Date): Article[] {
    return this.visible(now)
      .filter((a) => a.leetcode !== null)
      .reverse();
  }
}

/** Non-draft articles, newest first; ties by id. */
export function newestFirstOf(articles: readonly Article[]): Article[] {
  return articles.filter((a) => !a.draft).sort(compareNewestFirst);
}

export function compareNewestFirst(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id);
}

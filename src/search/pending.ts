/**
 * What search answers while a large corpus is still being indexed: nothing yet, and for about
 * how long (the /search command turns that into a localized "try again shortly").
 */
import type { ArticleSearch, SearchPage } from './types.ts';

export class PendingSearch implements ArticleSearch {
  readonly size = 0;

  /** `remainingMs` estimates the indexing time left. */
  constructor(private readonly remainingMs: () => number) {}

  search(): SearchPage {
    return { total: 0, hits: [], indexing: { etaSeconds: Math.max(1, Math.ceil(this.remainingMs() / 1000)) } };
  }

  suggest(): string[] {
    return [];
  }

  complete(): { id: string; title: string }[] {
    return [];
  }
}

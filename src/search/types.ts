/**
 * What the rest of the bot sees of search: a leaf module, so that the corpus library can hold an
 * index without importing the search code (which imports the corpus's article type).
 */

export interface SearchHit {
  id: string;
  /** Relevance; exact-phrase matches are ordered first regardless of it. */
  score: number;
  /** Plain text, ≤ ~300 chars, around the best match, with "…" where cut. */
  passage: string;
  /** Words the article was found by in place of query words it lacks as typed (typos the search corrected); none when not known. */
  corrections?: readonly string[];
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
  /** Set while the corpus is still being indexed: nothing could be searched yet. */
  indexing?: { etaSeconds: number };
}

/**
 * Which ids a member may see. When `publishedBy` is set, the filter promises to be exactly
 * "published at or before this instant (ms)" for every indexed article (drafts are never
 * indexed), so the index checks its own dates instead of calling it once per candidate.
 */
export type SearchFilter = ((id: string) => boolean) & { readonly publishedBy?: number };

export interface SearchOptions {
  tag?: string;
  /** Default 5. */
  limit?: number;
  offset?: number;
  /** Visibility: the caller hides drafts and future articles. */
  filter?: SearchFilter;
}

export interface ArticleSearch {
  /** Articles that can be found. */
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchPage;
  /** Ids of the titles closest to a misspelled query ("did you mean"). */
  suggest(query: string, n?: number, filter?: SearchFilter): string[];
  /** Autocomplete choices for a title being typed. */
  complete(query: string, limit?: number, filter?: SearchFilter): { id: string; title: string }[];
}

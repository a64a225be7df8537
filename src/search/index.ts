/**
 * In-process search over the article corpus: MiniSearch with a CJK-bigram/Latin-word tokenizer,
 * AND-then-OR matching, exact-phrase re-ranking, passages, "did you mean" and autocomplete.
 */
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import type { Article } from '../corpus/types.ts';
import { clampCompletionLimit, CompletionTable } from './complete.ts';
import { EngineBuilder } from './engine.ts';
import { nameEntry, type NameEntry } from './names.ts';
import { cutAround, passageFor } from './passage.ts';
import { parseQuery, queryTree, type ParsedQuery } from './query.ts';
import { DEFAULT_SUGGESTIONS, suggestNames } from './suggest.ts';
import { textOfKey } from './terms.ts';
import { analyze, containsPhrase, indexTerms, markdownToPlain, normalize } from './text.ts';

export interface SearchHit {
  id: string;
  /** MiniSearch relevance; exact-phrase matches are ordered first regardless of it. */
  score: number;
  /** Plain text, ≤ ~300 chars, around the best match, with "…" where cut. */
  passage: string;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

export interface SearchOptions {
  tag?: string;
  /** Default 5. */
  limit?: number;
  offset?: number;
  /** Visibility: the caller hides drafts and future articles. */
  filter?: (id: string) => boolean;
}

const DEFAULT_LIMIT = 5;
/** Results re-ranked by exact phrase: phrase matches outside the best 300 are rare and slow to find. */
const RERANK_WINDOW = 300;
const NOTHING: SearchPage = { total: 0, hits: [] };

interface IndexedArticle {
  id: string;
  title: string;
  summary: string | null;
  tags: ReadonlySet<string>;
  /** Plain text of the body, for passages. */
  plain: string;
  /** Phrase form of the body. */
  bodyPhrase: string;
  /** Phrase forms of title and aliases joined by "\n". */
  namesPhrase: string;
  /** Compact forms of title and aliases joined by "\n". */
  namesCompact: string;
}

function tagKey(tag: string): string {
  return normalize(tag).trim().toLowerCase();
}

type Visibility = (index: number) => boolean;
const everything: Visibility = () => true;

function clampCount(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.max(0, Math.floor(value));
}

/**
 * Lowest tier first: phrase in title/alias, phrase in body, neither. Names are also compared
 * without spaces, since "flash attention" is what people type for the title "FlashAttention".
 */
function phraseTier(article: IndexedArticle, phrase: string, compactPhrase: string): number {
  if (containsPhrase(article.namesPhrase, phrase)) return 0;
  if (compactPhrase !== phrase && containsPhrase(article.namesCompact, compactPhrase)) return 0;
  if (containsPhrase(article.bodyPhrase, phrase)) return 1;
  return 2;
}

export class SearchIndex {
  private readonly articles: readonly IndexedArticle[];
  private readonly engine: MiniSearch;
  private readonly names: readonly NameEntry[];
  private readonly completions: CompletionTable;

  private constructor(articles: IndexedArticle[], engine: MiniSearch, names: NameEntry[]) {
    this.articles = articles;
    this.engine = engine;
    this.names = names;
    this.completions = new CompletionTable(names);
  }

  static build(articles: readonly Article[]): SearchIndex {
    const indexed: IndexedArticle[] = [];
    const engine = new EngineBuilder();
    const names: NameEntry[] = [];
    const seen = new Set<string>();
    for (const article of articles) {
      // The corpus loader rejects duplicate ids; one here is a bug upstream, not a choice to make.
      if (seen.has(article.id)) throw new Error(`SearchIndex.build: duplicate article id "${article.id}"`);
      seen.add(article.id);
      const index = indexed.length;
      const plain = normalize(markdownToPlain(article.body));
      const body = analyze(article.summary ? `${article.summary}\n${plain}` : plain, { camelParts: true });
      const name = nameEntry(index, article.title, article.aliases, article.date);
      const leetcode = article.leetcode;
      const aliasTerms = [...article.aliases, ...(leetcode ? [String(leetcode.number), leetcode.slug] : [])];
      indexed.push({
        id: article.id,
        title: article.title,
        summary: article.summary,
        tags: new Set(article.tags.map(tagKey)),
        plain,
        // Includes the summary: a phrase found there is as good as one in the body, and it saves a pass.
        bodyPhrase: body.phrase,
        namesPhrase: name.keySpaced,
        namesCompact: name.keyCompact,
      });
      names.push(name);
      engine.add([
        indexTerms(article.title),
        aliasTerms.flatMap(indexTerms),
        article.tags.flatMap(indexTerms),
        body.terms,
      ]);
    }
    return new SearchIndex(indexed, engine.build(), names);
  }

  get size(): number {
    return this.articles.length;
  }

  search(query: string, options: SearchOptions = {}): SearchPage {
    const parsed = parseQuery(query);
    if (parsed.terms.length === 0) return NOTHING;
    const visible = this.visibility(options.tag, options.filter);
    const results = this.match(parsed, visible);
    const ranked = this.rerank(results, parsed.phrase);
    const offset = clampCount(options.offset, 0);
    const limit = clampCount(options.limit, DEFAULT_LIMIT);
    const hits = ranked.slice(offset, offset + limit).map((result) => this.hit(result, parsed));
    return { total: ranked.length, hits };
  }

  suggest(query: string, n = DEFAULT_SUGGESTIONS, filter?: (id: string) => boolean): string[] {
    const visible = this.visibility(undefined, filter) ?? everything;
    return suggestNames(this.names, query, clampCount(n, DEFAULT_SUGGESTIONS), visible).map(
      (index) => this.articles[index]!.id,
    );
  }

  complete(query: string, limit?: number, filter?: (id: string) => boolean): { id: string; title: string }[] {
    const visible = this.visibility(undefined, filter) ?? everything;
    return this.completions.complete(query, clampCompletionLimit(limit), visible).map((index) => {
      const article = this.articles[index]!;
      return { id: article.id, title: article.title };
    });
  }

  /** Which article positions the caller may see; null when all of them. */
  private visibility(tag: string | undefined, filter: ((id: string) => boolean) | undefined): Visibility | null {
    const wantedTag = tag === undefined ? '' : tagKey(tag);
    const articles = this.articles;
    if (wantedTag === '' && !filter) return null;
    return (index) => {
      const article = articles[index]!;
      if (wantedTag !== '' && !article.tags.has(wantedTag)) return false;
      return !filter || filter(article.id);
    };
  }

  /** All terms first; then with swapped-letter spellings; then any term. */
  private match(parsed: ParsedQuery, visible: Visibility | null): SearchResult[] {
    const filter = visible ? (result: SearchResult): boolean => visible(result.id as number) : undefined;
    const run = (combineWith: 'AND' | 'OR', withSwaps: boolean): SearchResult[] =>
      this.engine.search(queryTree(parsed.terms, combineWith, withSwaps), filter ? { filter } : {});
    const results = run('AND', false);
    if (results.length > 0) return results;
    const swappable = parsed.terms.some((term) => term.kind === 'latin' && term.term.length >= 4);
    const rescued = swappable ? run('AND', true) : results;
    if (rescued.length > 0 || parsed.terms.length === 1) return rescued;
    return run('OR', swappable);
  }

  private rerank(results: SearchResult[], phrase: string): SearchResult[] {
    if (phrase === '' || results.length === 0) return results;
    const compactPhrase = phrase.replace(/ /g, '');
    const head = results.slice(0, RERANK_WINDOW).map((result, rank) => ({
      result,
      rank,
      tier: phraseTier(this.articles[result.id as number]!, phrase, compactPhrase),
    }));
    head.sort((a, b) => a.tier - b.tier || a.rank - b.rank);
    return [...head.map((entry) => entry.result), ...results.slice(RERANK_WINDOW)];
  }

  private hit(result: SearchResult, parsed: ParsedQuery): SearchHit {
    const article = this.articles[result.id as number]!;
    const terms = result.terms.map(textOfKey);
    const passage =
      passageFor(article.plain, parsed.exact, terms) ??
      (article.summary
        ? (passageFor(article.summary, parsed.exact, terms) ?? cutAround(article.summary, { start: 0, end: 0 }))
        : article.title);
    return { id: article.id, score: result.score, passage };
  }
}

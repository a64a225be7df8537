/**
 * In-process search over the article corpus: a CJK-bigram/Latin-word inverted index in flat
 * typed arrays (engine/), AND-then-OR matching, exact-phrase re-ranking of the best candidates,
 * passages, "did you mean" and autocomplete.
 *
 * An index is immutable. Changed articles make a new index that shares the large segment built
 * at start-up, marks the articles' old documents dead and holds their new versions in a small
 * segment of their own; when that grows, the next change rebuilds everything (gradually).
 */
import type { Article } from '../corpus/types.ts';
import { checkUnique, checkUniqueSteps, concatDead, deltaSteps, deriveTables, type Derived, type Parts } from './index-parts.ts';
import { clampCompletionLimit, CompletionTable } from './complete.ts';
import { runAtOnce, runGradually } from './engine/gradual.ts';
import type { Admission } from './engine/scorer/admission.ts';
import { Scorer, type PlannedTerm, type Ranked } from './engine/scorer/scorer.ts';
import { Segment, type SegmentData } from './engine/segment.ts';
import { SegmentBuilder } from './engine/segment-builder.ts';
import type { NameEntry } from './names.ts';
import { alternativesIn, parseQuery, type ParsedQuery } from './query.ts';
import { DEFAULT_SUGGESTIONS, suggestNames } from './suggest.ts';
import { analyseInto } from './analyse-article.ts';
import { collectGradually, type BuildHelpers, type HelperOptions } from './analysis-thread.ts';
import { correctionsOf, Hit, plainPassage, wordsMatched } from './hit.ts';
import { phraseFirst, PhraseGate, PhraseMatcher } from './phrase.ts';
import type { ArticleSearch, SearchFilter, SearchHit, SearchOptions, SearchPage } from './types.ts';
import { Visibility } from './visibility.ts';

export type { ArticleSearch, SearchFilter, SearchHit, SearchOptions, SearchPage };

/** Changes the cache format or the meaning of its arrays: a cache of another version is rebuilt. */
export const ENGINE_VERSION = 'flat-postings-2';

const DEFAULT_LIMIT = 5;
/** Candidates re-ranked by exact phrase: the best by score; a phrase match further down is rare. */
const RERANK_WINDOW = 200;
/** Queries with more terms than this are sentences: candidates come from their rarest terms. */
const LONG_QUERY_TERMS = 6;
/** Postings the rarest terms of a long query may contribute as candidates (at least one term's). */
const CANDIDATE_BUDGET = 20_000;
/** The small segment of changed articles is folded into a full rebuild past this share of the corpus. */
const DELTA_SHARE = 0.1;
const MIN_DELTA_LIMIT = 256;
const NOTHING: SearchPage = { total: 0, hits: [] };

function clampCount(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.max(0, Math.floor(value));
}

/** What the cache file keeps of an index: the large segment, for exactly these articles in this order. */
export interface IndexSnapshot {
  version: string;
  ids: string[];
  segment: SegmentData;
}

export class SearchIndex implements ArticleSearch {
  private readonly articles: readonly Article[];
  private readonly main: Segment;
  private readonly delta: Segment | null;
  private readonly segments: readonly Segment[];
  /** The global number of each segment's first document. */
  private readonly bases: readonly number[];
  private readonly dead: Uint8Array;
  private readonly deadCount: number;
  private readonly docOf: ReadonlyMap<string, number>;
  private readonly names: readonly NameEntry[];
  /** Name entry of each live document. */
  private readonly nameOfDoc: readonly (NameEntry | undefined)[];
  private readonly nameSketch: Int32Array;
  /** Built after the index is in service (see prepareCompletions), or on the first autocomplete. */
  private completions: CompletionTable | null = null;
  private completionsPending: Promise<void> | null = null;
  private readonly scorer: Scorer;
  private readonly visibility: Visibility;

  private constructor(parts: Parts, derived: Derived) {
    this.articles = parts.articles;
    this.main = parts.main;
    this.delta = parts.delta;
    this.segments = parts.delta ? [parts.main, parts.delta] : [parts.main];
    this.bases = parts.delta ? [0, parts.main.docCount] : [0];
    this.dead = parts.dead;
    this.deadCount = parts.deadCount;
    this.docOf = derived.docOf;
    this.nameOfDoc = derived.nameOfDoc;
    this.nameSketch = derived.nameSketch;
    this.names = derived.names;
    const count = parts.articles.length;
    this.scorer = new Scorer(this.segments, this.bases, count);
    this.visibility = new Visibility(parts.articles, derived.dateMs, parts.deadCount === 0 ? null : parts.dead, derived.tagDocs);
  }

  /** The index of `parts`, with its per-article tables made a slice at a time (index-parts.ts). */
  private static *assemble(parts: Parts, reuse: readonly (NameEntry | undefined)[] = []): Generator<void, SearchIndex> {
    return new SearchIndex(parts, yield* deriveTables(parts, reuse));
  }

  /** The index of `articles`, once `builder` holds all of them. */
  private static *fromBuilder(articles: readonly Article[], builder: SegmentBuilder): Generator<void, SearchIndex> {
    const main = yield* builder.build();
    return yield* SearchIndex.assemble({ articles, main, delta: null, dead: new Uint8Array(articles.length), deadCount: 0 });
  }

  /** Builds at once: for tests and small corpora. */
  static build(articles: readonly Article[]): SearchIndex {
    runAtOnce(checkUniqueSteps(articles));
    const builder = new SegmentBuilder();
    runAtOnce(analyseInto(builder, articles));
    return runAtOnce(SearchIndex.fromBuilder(articles, builder));
  }

  /**
   * Builds a slice at a time, never holding the event loop for long; a large corpus is analysed
   * on two threads (analysis-thread.ts) unless `parallel` is false. `early` is a helper that was
   * handed the articles while they were parsed (a first load): what it collected is used when
   * `articles` are among those it was handed, in order. The index is the same either way.
   */
  static async buildGradually(articles: readonly Article[], options: BuildHelpers = {}): Promise<SearchIndex> {
    await runGradually(checkUniqueSteps(articles));
    const builder = new SegmentBuilder();
    await collectGradually(builder, articles, options);
    return runGradually(SearchIndex.fromBuilder(articles, builder));
  }

  /** The index a snapshot was taken of; `articles` must be the snapshot's, in its order. */
  static fromSnapshot(snapshot: IndexSnapshot, articles: readonly Article[]): Promise<SearchIndex> {
    return runGradually(SearchIndex.restoreSteps(snapshot, articles));
  }

  private static *restoreSteps(snapshot: IndexSnapshot, articles: readonly Article[]): Generator<void, SearchIndex> {
    if (snapshot.version !== ENGINE_VERSION) throw new Error(`index snapshot of version ${snapshot.version}, expected ${ENGINE_VERSION}`);
    if (snapshot.ids.length !== articles.length || snapshot.ids.some((id, i) => articles[i]!.id !== id)) {
      throw new Error('index snapshot does not match the articles');
    }
    const main = yield* Segment.restore(snapshot.segment);
    if (main.docCount !== articles.length) throw new Error('index snapshot does not match the articles');
    return yield* SearchIndex.assemble({ articles, main, delta: null, dead: new Uint8Array(articles.length), deadCount: 0 });
  }

  /** The large segment and its articles, when there is nothing besides (else null: rebuild first). */
  snapshot(): { snapshot: IndexSnapshot; articles: readonly Article[] } | null {
    if (this.delta || this.deadCount > 0) return null;
    return { snapshot: { version: ENGINE_VERSION, ids: this.articles.map((a) => a.id), segment: this.main.toData() }, articles: this.articles };
  }

  /** Whether `withChanges` would rebuild everything rather than add a small segment. */
  get compacted(): boolean {
    return this.delta === null && this.deadCount === 0;
  }

  /**
   * The index with the articles of `removedIds` gone and `added` in (an edited article is both
   * removed and added). Only the added articles are analysed, unless the changes have grown
   * past a tenth of the corpus: then it is rebuilt whole, gradually (with `helpers`).
   */
  async withChanges(removedIds: ReadonlySet<string>, added: readonly Article[], helpers: HelperOptions = {}): Promise<SearchIndex> {
    if (removedIds.size === 0 && added.length === 0) return this;
    const mainCount = this.main.docCount;
    const dead = this.dead.slice();
    let deadCount = this.deadCount;
    const addedIds = new Set(added.map((a) => a.id));
    for (let doc = 0; doc < mainCount; doc++) {
      const id = this.articles[doc]!.id;
      if (!dead[doc] && (removedIds.has(id) || addedIds.has(id))) {
        dead[doc] = 1;
        deadCount++;
      }
    }
    const kept = this.articles.slice(mainCount).filter((a) => !removedIds.has(a.id) && !addedIds.has(a.id));
    const deltaArticles = [...kept, ...added];
    const limit = Math.max(MIN_DELTA_LIMIT, Math.floor(mainCount * DELTA_SHARE));
    if (deltaArticles.length > limit || deadCount > limit) {
      const live = this.articles.slice(0, mainCount).filter((_, doc) => !dead[doc]);
      return SearchIndex.buildGradually([...live, ...deltaArticles], helpers);
    }
    checkUnique([...this.articles.slice(0, mainCount).filter((_, doc) => !dead[doc]), ...deltaArticles]);
    const main = this.main;
    const reuse = this.nameOfDoc.slice(0, mainCount);
    const mainArticles = this.articles.slice(0, mainCount);
    return runGradually(
      (function* () {
        const delta = deltaArticles.length > 0 ? yield* deltaSteps(deltaArticles, main) : null;
        const parts = {
          articles: [...mainArticles, ...deltaArticles],
          main,
          delta,
          dead: delta ? concatDead(dead, deltaArticles.length) : dead,
          deadCount,
        };
        return yield* SearchIndex.assemble(parts, reuse);
      })(),
    );
  }

  /**
   * Builds the autocomplete tables a slice at a time. The loader calls it once the index is in
   * service, so the first search does not wait for them; `complete` builds them itself if needed.
   */
  prepareCompletions(): Promise<void> {
    this.completionsPending ??= this.completions
      ? Promise.resolve()
      : runGradually(CompletionTable.build(this.names)).then((table) => {
          this.completions ??= table;
        });
    return this.completionsPending;
  }

  /** Articles that can be found. */
  get size(): number {
    return this.docOf.size;
  }

  search(query: string, options: SearchOptions = {}): SearchPage {
    const parsed = parseQuery(query);
    if (parsed.terms.length === 0) return NOTHING;
    const admit = this.visibility.admission(options.tag, options.filter);
    if (admit === null) return NOTHING;
    const offset = clampCount(options.offset, 0);
    const limit = clampCount(options.limit, DEFAULT_LIMIT);
    const want = Math.max(RERANK_WINDOW, offset + limit);
    const { ranked, terms } = this.match(parsed, admit, want);
    if (ranked.total === 0) return NOTHING;
    const order = this.rerank(ranked.docs, parsed.phrase, offset + limit);
    const hits = order.slice(offset, offset + limit).map((doc) => this.hit(doc, ranked.scores[ranked.docs.indexOf(doc)] ?? 0, parsed, terms));
    return { total: ranked.total, hits };
  }

  suggest(query: string, n = DEFAULT_SUGGESTIONS, filter?: SearchFilter): string[] {
    const visible = this.visibility.test(filter);
    return suggestNames(this.names, query, clampCount(n, DEFAULT_SUGGESTIONS), visible).map((doc) => this.articles[doc]!.id);
  }

  complete(query: string, limit?: number, filter?: SearchFilter): { id: string; title: string }[] {
    const visible = this.visibility.test(filter);
    // Normally prepared in the background already; built here at once if asked before that finished.
    this.completions ??= runAtOnce(CompletionTable.build(this.names));
    return this.completions.complete(query, clampCompletionLimit(limit), visible).map((doc) => {
      const article = this.articles[doc]!;
      return { id: article.id, title: article.title };
    });
  }

  private plan(parsed: ParsedQuery, withSwaps: boolean): PlannedTerm[] {
    return parsed.terms.map((term) => this.scorer.plan(this.segments.flatMap((segment, index) => alternativesIn(segment, index, term, withSwaps))));
  }

  /**
   * All terms first; then with swapped-letter spellings; then any term. A long query (a pasted
   * sentence) skips the swaps, and its "any term" takes candidates from its rarest terms only.
   */
  private match(parsed: ParsedQuery, admit: Admission, want: number): { ranked: Ranked; terms: PlannedTerm[] } {
    const terms = this.plan(parsed, false);
    const all = this.scorer.all(terms, admit, want);
    if (all) return { ranked: all, terms };
    if (terms.length > LONG_QUERY_TERMS) return { ranked: this.scorer.any(terms, admit, want, CANDIDATE_BUDGET), terms };
    const swappable = parsed.terms.some((term) => term.kind === 'latin' && (term.term as string).length >= 4);
    const withSwaps = swappable ? this.plan(parsed, true) : terms;
    if (swappable) {
      const rescued = this.scorer.all(withSwaps, admit, want);
      if (rescued) return { ranked: rescued, terms: withSwaps };
    }
    if (terms.length === 1) return { ranked: { docs: [], scores: [], total: 0 }, terms };
    return { ranked: this.scorer.any(withSwaps, admit, want, Number.POSITIVE_INFINITY), terms: withSwaps };
  }

  /** Best first by phrase tier among the first RERANK_WINDOW (phrase.ts); only the first `need` places are exact. */
  private rerank(docs: readonly number[], phrase: string, need: number): number[] {
    if (phrase === '' || docs.length === 0) return docs as number[];
    return phraseFirst(new PhraseMatcher(phrase), docs, Math.min(docs.length, RERANK_WINDOW), need, {
      nameOf: (doc) => this.nameOf(doc),
      nameSketch: this.nameSketch,
      articleOf: (doc) => this.articles[doc]!,
      gate: PhraseGate.of(phrase, this.segments, this.bases),
    });
  }

  private nameOf(doc: number): NameEntry | undefined {
    return this.nameOfDoc[doc];
  }

  private hit(doc: number, score: number, parsed: ParsedQuery, planned: readonly PlannedTerm[]): SearchHit {
    const article = this.articles[doc]!;
    return new Hit(article.id, score, {
      passage: () => plainPassage(article, parsed.exact, wordsMatched(doc, planned, this.segments, this.bases).flat()),
      corrections: () => correctionsOf(doc, parsed, planned, this.segments, this.bases),
    });
  }
}

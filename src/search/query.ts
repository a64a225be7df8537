/** Turns a member's query into terms, and each term into the index terms it may match. */
import { MAX_FUZZY_LENGTH, MIN_FUZZY_LENGTH, oneEditNeighbours } from './engine/typos.ts';
import type { Segment } from './engine/segment.ts';
import { hasCjk } from './chars.ts';
import type { Term } from './terms.ts';
import { analyze, normalize } from './text.ts';

export type QueryTermKind = 'latin' | 'number' | 'cjk';

export interface QueryTerm {
  term: Term;
  kind: QueryTermKind;
}

/** Enough for any real question; bounds work for pasted essays and 200-character CJK runs. */
export const MAX_QUERY_TERMS = 32;
/** Characters of the query analysed: ample for 32 terms, and it bounds the work a pasted essay causes. */
export const MAX_QUERY_CHARS = 1000;
/** Shortest Latin term searched as a prefix ("flas" → flashattention); shorter ones match too much. */
const MIN_PREFIX_LENGTH = 4;
/** A prefix matching more terms than this keeps its most frequent ones: "atte" means attention. */
const MAX_PREFIX_EXPANSIONS = 64;
/** Swapped-letter variants are generated only for word-like lengths. */
const MAX_SWAP_LENGTH = 24;
/** Weights of inexact matches, as MiniSearch gave them. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const SWAP_WEIGHT = 0.45;

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Phrase form of the whole query, for exact-phrase re-ranking. */
  phrase: string;
  /** Lowercased query with collapsed whitespace, for locating the passage verbatim. */
  exact: string;
}

function termKind(term: Term): QueryTermKind {
  if (typeof term === 'number' || hasCjk(term)) return 'cjk';
  return /\d/.test(term) ? 'number' : 'latin';
}

export function parseQuery(query: string): ParsedQuery {
  const head = normalize(query.slice(0, MAX_QUERY_CHARS));
  const analysis = analyze(head, { camelParts: false });
  const terms: QueryTerm[] = [];
  for (const term of new Set(analysis.terms)) {
    if (terms.length === MAX_QUERY_TERMS) break;
    terms.push({ term, kind: termKind(term) });
  }
  return { terms, phrase: analysis.phrase, exact: head.toLowerCase().replace(/\s+/g, ' ').trim() };
}

/**
 * Spellings with two neighbouring letters swapped ("attentoin" → …, "attention", …): one slip
 * of the fingers, but two Levenshtein edits, so the one-edit typo search misses it.
 */
export function adjacentSwaps(term: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < term.length; i++) {
    if (term[i] === term[i + 1]) continue;
    swaps.push(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return swaps;
}

/** One index term a query term may match in one segment, and how much a match counts. */
export interface Alternative {
  segment: number;
  termId: number;
  weight: number;
}

/**
 * Index terms that `term` matches in `segment`: itself; for Latin words of 4+ letters also
 * longer words it starts and words one edit away; with `withSwaps`, words with two neighbouring
 * letters swapped (a rescue pass only, because for a correct word the swap can be another real
 * word: form/from). Bigrams and numbers match exactly: a fuzzy bigram or "128" → "1280" is noise.
 */
export function alternativesIn(segment: Segment, segmentIndex: number, query: QueryTerm, withSwaps: boolean): Alternative[] {
  const weights = new Map<number, number>();
  const exact = segment.termId(query.term);
  if (exact >= 0) weights.set(exact, 1);
  if (query.kind !== 'latin') return [...weights].map(([termId, weight]) => ({ segment: segmentIndex, termId, weight }));
  const word = query.term as string;
  const offer = (termId: number, weight: number): void => {
    if ((weights.get(termId) ?? 0) < weight) weights.set(termId, weight);
  };
  if (word.length >= MIN_PREFIX_LENGTH) {
    const [from, to] = segment.prefixRange(word);
    let ids = Array.from(segment.latinOrder.subarray(from, to));
    if (ids.length > MAX_PREFIX_EXPANSIONS) {
      ids = ids.sort((a, b) => segment.postingCount(b) - segment.postingCount(a)).slice(0, MAX_PREFIX_EXPANSIONS);
    }
    for (const termId of ids) {
      const length = segment.textOf[termId]!.length;
      if (termId !== exact) offer(termId, (PREFIX_WEIGHT * length) / (length + 0.3 * (length - word.length)));
    }
  }
  if (word.length >= MIN_FUZZY_LENGTH && word.length <= MAX_FUZZY_LENGTH) {
    for (const termId of oneEditNeighbours(segment.deletions, word, (id) => segment.textOf[id] ?? null)) {
      const length = segment.textOf[termId]!.length;
      offer(termId, (FUZZY_WEIGHT * length) / (length + 1));
    }
  }
  if (withSwaps && word.length >= MIN_FUZZY_LENGTH && word.length <= MAX_SWAP_LENGTH) {
    for (const swapped of adjacentSwaps(word)) {
      const termId = segment.termId(swapped);
      if (termId >= 0) offer(termId, SWAP_WEIGHT);
    }
  }
  return [...weights].map(([termId, weight]) => ({ segment: segmentIndex, termId, weight }));
}

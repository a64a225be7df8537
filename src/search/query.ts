/** Turns a member's query into a MiniSearch query tree. */
import type { Query } from 'minisearch';
import { indexKey, type Term } from './terms.ts';
import { analyze, hasCjk } from './text.ts';

export type QueryTermKind = 'latin' | 'number' | 'cjk';

export interface QueryTerm {
  /** Index key (CJK keys are encoded, see terms.ts). */
  term: string;
  kind: QueryTermKind;
}

/** Enough for any real question; bounds work for pasted essays and 200-character CJK runs. */
export const MAX_QUERY_TERMS = 32;
/** Characters of the query analysed: ample for 32 terms, and it bounds the work a pasted essay causes. */
export const MAX_QUERY_CHARS = 1000;
/** Shortest Latin term searched as a prefix ("flas" → flashattention); shorter ones match too much. */
const MIN_PREFIX_LENGTH = 4;
/** Shortest Latin term matched with one edit; shorter words have too many one-edit neighbours. */
const MIN_FUZZY_LENGTH = 4;
/** Swapped-letter variants are generated only for word-like lengths. */
const MAX_SWAP_LENGTH = 24;
/** Same weight MiniSearch gives a fuzzy match by default. */
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
  const head = query.slice(0, MAX_QUERY_CHARS).normalize('NFKC');
  const analysis = analyze(head, { camelParts: false });
  const terms: QueryTerm[] = [];
  for (const term of new Set(analysis.terms)) {
    if (terms.length === MAX_QUERY_TERMS) break;
    terms.push({ term: indexKey(term), kind: termKind(term) });
  }
  return { terms, phrase: analysis.phrase, exact: head.toLowerCase().replace(/\s+/g, ' ').trim() };
}

/**
 * Spellings with two neighbouring letters swapped ("attentoin" → …, "attention", …): one slip
 * of the fingers, but two Levenshtein edits, so MiniSearch's one-edit fuzzy search misses it.
 */
export function adjacentSwaps(term: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < term.length; i++) {
    if (term[i] === term[i + 1]) continue;
    swaps.push(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return swaps;
}

function latinNode(term: string, withSwaps: boolean): Query {
  const node: Query = {
    queries: [term],
    combineWith: 'OR',
    prefix: term.length >= MIN_PREFIX_LENGTH,
    fuzzy: term.length >= MIN_FUZZY_LENGTH ? 1 : false,
  };
  if (!withSwaps || term.length < MIN_FUZZY_LENGTH || term.length > MAX_SWAP_LENGTH) return node;
  const swapNode: Query = {
    queries: adjacentSwaps(term),
    combineWith: 'OR',
    prefix: false,
    fuzzy: false,
    boostTerm: () => SWAP_WEIGHT,
  };
  return { queries: [node, swapNode], combineWith: 'OR' };
}

function termNode(term: QueryTerm, withSwaps: boolean): Query {
  // Bigrams and numbers are matched exactly: a fuzzy bigram or "128" → "1280" is noise.
  if (term.kind !== 'latin') return { queries: [term.term], combineWith: 'OR', prefix: false, fuzzy: false };
  return latinNode(term.term, withSwaps);
}

/**
 * Query tree over already-final terms. `withSwaps` adds adjacent-swap spellings; it is a
 * rescue pass only, because for a correct word the swap can be another real word (form/from).
 */
export function queryTree(terms: readonly QueryTerm[], combineWith: 'AND' | 'OR', withSwaps: boolean): Query {
  return { combineWith, queries: terms.map((term) => termNode(term, withSwaps)) };
}

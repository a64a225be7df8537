/** Autocomplete over titles and aliases (Discord allows at most 25 choices). */
import { byNewest, type NameEntry } from './names.ts';
import { compactForm, phraseForm } from './text.ts';

export const MAX_COMPLETIONS = 25;

/** Match classes, lower is better. */
const TITLE_PREFIX = 0;
const ALIAS_PREFIX = 1;
const WORD_START = 2;
const ANYWHERE = 3;

function matchClass(entry: NameEntry, spaced: string, compact: string): number {
  if (entry.titleSpaced.startsWith(spaced) || entry.titleCompact.startsWith(compact)) return TITLE_PREFIX;
  if (entry.keySpaced.includes('\n' + spaced) || entry.keyCompact.includes('\n' + compact)) return ALIAS_PREFIX;
  if (entry.keySpaced.includes(' ' + spaced)) return WORD_START;
  return ANYWHERE;
}

export function clampCompletionLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return MAX_COMPLETIONS;
  return Math.max(0, Math.min(MAX_COMPLETIONS, Math.floor(limit)));
}

/** Separates entries in the haystack; never part of a compact form. */
const ENTRY_SEPARATOR = '\u0000';

export class CompletionTable {
  /** Newest first, so a full bucket of title-prefix matches lets the scan stop early. */
  private readonly entries: readonly NameEntry[];
  /**
   * Every entry's compact names, newest first, in one string: one native indexOf skips all
   * non-matching entries at once instead of calling includes() on each of 10k entries.
   */
  private readonly haystack: string;
  /** Offset of each entry in the haystack, ascending. */
  private readonly starts: Int32Array;

  constructor(entries: readonly NameEntry[]) {
    this.entries = [...entries].sort(byNewest);
    this.starts = new Int32Array(this.entries.length);
    let offset = 0;
    this.entries.forEach((entry, position) => {
      this.starts[position] = offset;
      offset += entry.keyCompact.length + ENTRY_SEPARATOR.length;
    });
    this.haystack = this.entries.map((entry) => entry.keyCompact).join(ENTRY_SEPARATOR);
  }

  /** Position (in newest-first order) of the entry containing haystack offset `at`. */
  private entryAt(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Article positions matching `query`, best class first, newest first within a class. */
  complete(query: string, limit: number, visible: (index: number) => boolean): number[] {
    if (limit <= 0) return [];
    const compact = compactForm(query);
    if (compact === '') {
      const newest: number[] = [];
      for (const entry of this.entries) {
        if (newest.length === limit) break;
        if (visible(entry.index)) newest.push(entry.index);
      }
      return newest;
    }
    const spaced = phraseForm(query);
    const buckets: number[][] = [[], [], [], []];
    for (let at = this.haystack.indexOf(compact); at !== -1; ) {
      const position = this.entryAt(at);
      const entry = this.entries[position]!;
      if (visible(entry.index)) {
        const bucket = buckets[matchClass(entry, spaced, compact)]!;
        if (bucket.length < limit) bucket.push(entry.index);
        if (buckets[TITLE_PREFIX]!.length >= limit) break;
      }
      const next = this.starts[position + 1];
      if (next === undefined) break;
      at = this.haystack.indexOf(compact, next);
    }
    return buckets.flat().slice(0, limit);
  }
}

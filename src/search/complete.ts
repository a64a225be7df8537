/** Autocomplete over titles and aliases (Discord allows at most 25 choices). */
import { byNewest, type NameEntry } from './names.ts';
import { compactForm, phraseForm } from './text.ts';

export const MAX_COMPLETIONS = 25;

/** Separates entries in a haystack; never part of a phrase or compact form. */
const ENTRY_SEPARATOR = '\u0000';

export function clampCompletionLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return MAX_COMPLETIONS;
  return Math.max(0, Math.min(MAX_COMPLETIONS, Math.floor(limit)));
}

/**
 * One string per kind of name text, entries newest first: a native indexOf skips every
 * non-matching entry at once, and matches come out newest first, so a scan can stop as soon
 * as it has enough.
 */
class Haystack {
  private readonly text: string;
  /** Offset of each entry's text, ascending. */
  private readonly starts: Int32Array;

  constructor(parts: readonly string[]) {
    this.starts = new Int32Array(parts.length);
    let offset = 0;
    parts.forEach((part, position) => {
      this.starts[position] = offset;
      offset += part.length + ENTRY_SEPARATOR.length;
    });
    this.text = parts.join(ENTRY_SEPARATOR);
  }

  private entryAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Calls `take` with each entry position containing `needle`, in order, until it returns false. */
  scan(needle: string, take: (position: number) => boolean): void {
    for (let at = this.text.indexOf(needle); at !== -1; ) {
      const position = this.entryAt(at);
      if (!take(position)) return;
      const next = this.starts[position + 1];
      if (next === undefined) return;
      at = this.text.indexOf(needle, next);
    }
  }
}

export class CompletionTable {
  private readonly entries: readonly NameEntry[];
  /** "\n" + compact title, so a title prefix is a match right after the "\n". */
  private readonly titles: Haystack;
  /** Compact title and aliases, each after "\n": prefixes and substrings of any name. */
  private readonly names: Haystack;
  /** Phrase forms of title and aliases, for matches at a word start (after a space). */
  private readonly words: Haystack;

  constructor(entries: readonly NameEntry[]) {
    this.entries = [...entries].sort(byNewest);
    this.titles = new Haystack(this.entries.map((entry) => '\n' + entry.titleCompact));
    this.names = new Haystack(this.entries.map((entry) => '\n' + entry.keyCompact));
    this.words = new Haystack(this.entries.map((entry) => entry.keySpaced));
  }

  /**
   * Article positions matching `query`: title prefixes, then alias prefixes, then word starts,
   * then anywhere; newest first within each.
   */
  complete(query: string, limit: number, visible: (index: number) => boolean): number[] {
    if (limit <= 0) return [];
    const compact = compactForm(query);
    const chosen: number[] = [];
    const taken = new Set<number>();
    const take = (position: number): boolean => {
      const entry = this.entries[position]!;
      if (!taken.has(position) && visible(entry.index)) {
        taken.add(position);
        chosen.push(entry.index);
      }
      return chosen.length < limit;
    };
    if (compact === '') {
      for (let position = 0; position < this.entries.length; position++) {
        if (!take(position)) break;
      }
      return chosen;
    }
    const scans: [Haystack, string][] = [
      [this.titles, '\n' + compact],
      // A title prefix also appears here, already taken.
      [this.names, '\n' + compact],
      [this.words, ' ' + phraseForm(query)],
      [this.names, compact],
    ];
    for (const [haystack, needle] of scans) {
      if (chosen.length >= limit) break;
      haystack.scan(needle, take);
    }
    return chosen;
  }
}

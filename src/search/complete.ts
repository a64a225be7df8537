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

export class CompletionTable {
  /** Newest first, so a full bucket of title-prefix matches lets the scan stop early. */
  private readonly entries: readonly NameEntry[];

  constructor(entries: readonly NameEntry[]) {
    this.entries = [...entries].sort(byNewest);
  }

  /** Article positions matching `query`, best class first, newest first within a class. */
  complete(query: string, limit: number, visible: (index: number) => boolean): number[] {
    if (limit <= 0) return [];
    const spaced = phraseForm(query);
    const compact = compactForm(query);
    const buckets: number[][] = [[], [], [], []];
    for (const entry of this.entries) {
      if (compact !== '' && !entry.keyCompact.includes(compact)) continue;
      if (!visible(entry.index)) continue;
      const bucket = buckets[compact === '' ? TITLE_PREFIX : matchClass(entry, spaced, compact)]!;
      if (bucket.length < limit) bucket.push(entry.index);
      if (buckets[TITLE_PREFIX]!.length >= limit) break;
    }
    return buckets.flat().slice(0, limit);
  }
}

/**
 * "Did you mean": titles/aliases within a few edits of the query, where the query may match any
 * part of a name ("flashatention" is close to "FlashAttention-2 快速注意力"). Adjacent swaps
 * count as one edit, the way people mistype.
 */
import { characterClasses, type NameEntry } from './names.ts';
import { compactForm } from './text.ts';

export const DEFAULT_SUGGESTIONS = 3;
/** Longer queries are sentences, not misspelled names; the DP is O(query × name). */
const MAX_QUERY_LENGTH = 64;
const MIN_QUERY_LENGTH = 2;

/** Edits allowed: one per ~3 characters, at least one. */
export function allowedEdits(queryLength: number): number {
  return Math.max(1, Math.floor(queryLength * 0.3));
}

/**
 * Fewest edits (insert, delete, substitute, swap adjacent) turning `query` into some substring
 * of `name`; stops early and returns a value > `limit` once that is certain.
 */
export function substringEditDistance(query: string, name: string, limit: number): number {
  const m = query.length;
  const n = name.length;
  let twoBack = new Array<number>(n + 1).fill(0);
  let previous = new Array<number>(n + 1).fill(0);
  let current = new Array<number>(n + 1).fill(0);
  let previousMin = 0;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    const q = query.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const s = name.charCodeAt(j - 1);
      let best = Math.min(previous[j - 1]! + (q === s ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
      if (i > 1 && j > 1 && q === name.charCodeAt(j - 2) && query.charCodeAt(i - 2) === s) {
        best = Math.min(best, twoBack[j - 2]! + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // A swap can reach back two rows, so only two hopeless rows in a row prove hopelessness.
    if (rowMin > limit && previousMin > limit) return limit + 1;
    previousMin = rowMin;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  let best = Infinity;
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j]!);
  return best;
}

/** Query characters absent from `name`: each costs at least one edit. */
function missingCharacters(query: string, name: string, stopAbove: number): number {
  let missing = 0;
  for (let i = 0; i < query.length; i++) {
    if (!name.includes(query[i]!) && ++missing > stopAbove) break;
  }
  return missing;
}

interface Candidate {
  index: number;
  edits: number;
  lengthGap: number;
  title: string;
}

/** Article positions whose title/alias is closest to `query`, best first. */
export function suggestNames(entries: readonly NameEntry[], query: string, count: number, visible: (index: number) => boolean): number[] {
  const target = compactForm(query);
  if (count <= 0 || target.length < MIN_QUERY_LENGTH || target.length > MAX_QUERY_LENGTH) return [];
  const limit = allowedEdits(target.length);
  // Per query character its class bit: characters whose class is absent from a name are surely
  // missing from it, which rules most names out before any string is searched.
  const classOf = Array.from(target, (char) => characterClasses(char));
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    let best: Candidate | null = null;
    for (let at = 0; at < entry.compactNames.length; at++) {
      const name = entry.compactNames[at]!;
      const present = entry.characterClasses[at]!;
      let surelyMissing = 0;
      for (const bit of classOf) if ((present & bit) === 0) surelyMissing++;
      if (surelyMissing > limit || missingCharacters(target, name, limit) > limit) continue;
      const edits = substringEditDistance(target, name, limit);
      if (edits > limit) continue;
      const lengthGap = Math.abs(name.length - target.length);
      if (!best || edits < best.edits || (edits === best.edits && lengthGap < best.lengthGap)) {
        best = { index: entry.index, edits, lengthGap, title: entry.title };
      }
    }
    if (best && visible(entry.index)) candidates.push(best);
  }
  candidates.sort((a, b) => a.edits - b.edits || a.lengthGap - b.lengthGap || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  return candidates.slice(0, count).map((candidate) => candidate.index);
}

/** Picks the part of an article's plain text that best shows why it matched. */

export const PASSAGE_LENGTH = 300;
const ELLIPSIS = '…';
/** Window, in characters, within which matched terms count as "together". */
const CLUSTER_WIDTH = 160;
/** Occurrences looked at per term: enough to find a cluster, bounded for huge bodies. */
const OCCURRENCES_PER_TERM = 40;
/** How far a cut may move to avoid splitting a Latin word. */
const WORD_SNAP = 16;

interface Span {
  start: number;
  end: number;
}

interface Occurrence {
  at: number;
  end: number;
  term: number;
}

function isLatinWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function occurrences(lower: string, terms: readonly string[]): Occurrence[] {
  const found: Occurrence[] = [];
  terms.forEach((term, index) => {
    if (term === '') return;
    let at = lower.indexOf(term);
    for (let count = 0; at !== -1 && count < OCCURRENCES_PER_TERM; count++) {
      found.push({ at, end: at + term.length, term: index });
      at = lower.indexOf(term, at + term.length);
    }
  });
  return found.sort((a, b) => a.at - b.at);
}

/** The span covering the most distinct terms within CLUSTER_WIDTH; earliest wins ties. */
function densestSpan(found: readonly Occurrence[]): Span | null {
  let best: Span | null = null;
  let bestDistinct = 0;
  const counts = new Map<number, number>();
  let left = 0;
  for (let right = 0; right < found.length; right++) {
    const entering = found[right]!;
    counts.set(entering.term, (counts.get(entering.term) ?? 0) + 1);
    while (entering.end - found[left]!.at > CLUSTER_WIDTH) {
      const leaving = found[left]!;
      const remaining = (counts.get(leaving.term) ?? 1) - 1;
      if (remaining === 0) counts.delete(leaving.term);
      else counts.set(leaving.term, remaining);
      left++;
    }
    if (counts.size > bestDistinct) {
      bestDistinct = counts.size;
      let end = entering.end;
      for (let i = left; i < right; i++) end = Math.max(end, found[i]!.end);
      best = { start: found[left]!.at, end };
    }
  }
  return best;
}

/** Cuts `text` to at most `length` characters around `focus`, marking cuts with "…". */
export function cutAround(text: string, focus: Span, length = PASSAGE_LENGTH): string {
  const budget = length - 2 * ELLIPSIS.length;
  if (text.length <= length) return text;
  const focusLength = focus.end - focus.start;
  let start = focusLength >= budget ? focus.start : focus.start - Math.floor((budget - focusLength) / 3);
  start = Math.max(0, Math.min(start, text.length - budget));
  let end = Math.min(text.length, start + budget);
  if (start > 0 && isLatinWordCode(text.charCodeAt(start - 1)) && isLatinWordCode(text.charCodeAt(start))) {
    let snapped = start;
    while (snapped < focus.start && snapped - start < WORD_SNAP && text.charCodeAt(snapped) !== 32) snapped++;
    if (text.charCodeAt(snapped) === 32) start = snapped + 1;
  }
  if (end < text.length && isLatinWordCode(text.charCodeAt(end - 1)) && isLatinWordCode(text.charCodeAt(end))) {
    let snapped = end;
    while (snapped > focus.end && end - snapped < WORD_SNAP && text.charCodeAt(snapped - 1) !== 32) snapped--;
    if (text.charCodeAt(snapped - 1) === 32) end = snapped - 1;
  }
  if (isLowSurrogate(text.charCodeAt(start))) start++;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end--;
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  return prefix + text.slice(start, end).trim() + suffix;
}

/**
 * Passage of `text` around the exact query (lowercased, whitespace collapsed) if present, else
 * around the densest cluster of matched index terms; null when nothing matches in `text`.
 */
export function passageFor(text: string, exactQuery: string, terms: readonly string[]): string | null {
  if (text === '') return null;
  const lowered = text.toLowerCase();
  // toLowerCase changes the length of a few characters (İ); offsets must stay valid.
  const lower = lowered.length === text.length ? lowered : text;
  const exactAt = exactQuery === '' ? -1 : lower.indexOf(exactQuery);
  if (exactAt !== -1) return cutAround(text, { start: exactAt, end: exactAt + exactQuery.length });
  const span = densestSpan(occurrences(lower, terms));
  return span ? cutAround(text, span) : null;
}

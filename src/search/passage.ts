/** Picks the part of an article that best shows why it matched. */
import { renderPassage, type PassageUnit, type Range } from '../render/passage-units.ts';
import { isLowSurrogate } from '../render/unicode.ts';
import { bitCount } from './engine/bits.ts';
import { rankChunks } from './passage-chunks.ts';
import { PassageSource, type PreparedUnit } from './passage-source.ts';
import type { PassageQuery } from './passage-query.ts';

export { passageQuery, type PassageQuery } from './passage-query.ts';

export const PASSAGE_LENGTH = 300;
const ELLIPSIS = '…';
/** Window, in characters, within which matched terms count as "together". */
const CLUSTER_WIDTH = 160;
/** Occurrences looked at per term: enough to find a cluster, bounded for huge bodies. */
const OCCURRENCES_PER_TERM = 40;
/** Chunks of an article lexed for a passage: the best by their source text. */
const CHUNKS_LEXED = 3;
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
  ({ start, end } = snapToWords(text, start, end, focus));
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

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** A letter, digit or underscore of a script written with spaces (not Chinese); ASCII and Chinese without a pattern. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  if (code >= 0x3400 && code <= 0x9fff) return false;
  return WORD_CHAR.test(text[at]!);
}

/** Every place the phrase or a term occurs, widened to whole Latin words, merged and sorted. */
function matchRanges(lower: string, query: PassageQuery): { ranges: Range[]; phraseAt: number; found: Occurrence[] } {
  const phraseAt = query.phrase === '' ? -1 : lower.indexOf(query.phrase);
  // The terms' own occurrences, before widening: what densestSpan looks at.
  const found = occurrences(lower, query.terms);
  const raw: Range[] = found.map(({ at, end }) => ({ start: at, end }));
  if (phraseAt !== -1) raw.push({ start: phraseAt, end: phraseAt + query.phrase.length });
  for (const range of raw) {
    while (range.start > 0 && isWordChar(lower, range.start - 1) && isWordChar(lower, range.start)) range.start--;
    while (range.end < lower.length && isWordChar(lower, range.end) && isWordChar(lower, range.end - 1)) range.end++;
  }
  raw.sort((a, b) => a.start - b.start);
  const ranges: Range[] = [];
  for (const range of raw) {
    const last = ranges[ranges.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else ranges.push({ start: range.start, end: range.end });
  }
  return { ranges, phraseAt, found };
}

/** What being prose adds to a unit's rank: a chunk's own score plus this bounds its units' ranks. */
const PROSE_BONUS = 5_000;

/**
 * Phrase found, then the most distinct terms, then prose before code; -1 when nothing matches.
 * Only indexOf per term: the ranges of the unit that wins are built once, after the ranking.
 */
function unitRank({ unit, lower }: PreparedUnit, query: PassageQuery): number {
  const hasPhrase = query.phrase !== '' && lower.includes(query.phrase);
  let anyTerm = false;
  // Stems seen, as bits while they fit in one number (queries have a handful of words).
  let stemBits = 0;
  let stemSet: Set<number> | null = null;
  for (let index = 0; index < query.terms.length; index++) {
    const term = query.terms[index]!;
    if (term === '' || !lower.includes(term)) continue;
    anyTerm = true;
    const stem = query.stems[index]!;
    if (stem < 31) stemBits |= 1 << stem;
    else (stemSet ??= new Set()).add(stem);
  }
  if (!hasPhrase && !anyTerm) return -1;
  const distinct = bitCount(stemBits) + (stemSet?.size ?? 0);
  return (hasPhrase ? 1_000_000 : 0) + distinct * 10_000 + (unit.kind === 'prose' ? PROSE_BONUS : 0);
}

/** The bold ranges and the focus of the winning unit (one that unitRank found a match in). */
function highlight({ lower }: PreparedUnit, query: PassageQuery): { ranges: Range[]; focus: Span } {
  const { ranges, phraseAt, found } = matchRanges(lower, query);
  const focus: Span =
    phraseAt !== -1 ? { start: phraseAt, end: phraseAt + query.phrase.length } : (densestSpan(found) ?? { start: ranges[0]!.start, end: ranges[0]!.end });
  return { ranges, focus };
}

/** Moves a cut out of an atom piece: `outward` includes the atom, otherwise it is left out. */
function snapToPieces(unit: PassageUnit, position: number, side: 'start' | 'end', include: boolean): number {
  for (const piece of unit.pieces) {
    if (piece.kind === 'text' || position <= piece.start || position >= piece.end) continue;
    if (side === 'start') return include ? piece.start : piece.end;
    return include ? piece.end : piece.start;
  }
  return position;
}

/** Start and end of a window of at most `length` characters around `focus`, at word and atom boundaries. */
function windowAround(unit: PassageUnit, focus: Span, length: number): Span {
  const text = unit.text;
  if (text.length <= length) return { start: 0, end: text.length };
  const budget = length - 2 * ELLIPSIS.length;
  const focusLength = focus.end - focus.start;
  let start = focusLength >= budget ? focus.start : focus.start - Math.floor((budget - focusLength) / 3);
  start = Math.max(0, Math.min(start, text.length - budget));
  let end = Math.min(text.length, start + budget);
  if (unit.kind === 'prose') {
    start = snapToPieces(unit, start, 'start', start >= focus.start - 1 && start < focus.end);
    end = snapToPieces(unit, end, 'end', false);
    if (end <= start) end = snapToPieces(unit, Math.min(text.length, start + budget), 'end', true);
  }
  return snapToWords(text, start, end, focus);
}

/** Latin words are not cut: each end moves to the nearest space within reach, never past the focus; nor are surrogate pairs. */
function snapToWords(text: string, start: number, end: number, focus: { start: number; end: number }): { start: number; end: number } {
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
  return { start, end };
}

/**
 * The passage of a Markdown text that best shows why it matched, as Discord Markdown: the unit
 * holding the phrase, else the most query terms, prose preferred to code; the matched words in
 * bold; cut at word (or, in Chinese, character) boundaries with "…"; a code line shown as inline
 * code, never flattened into prose. Null when nothing in the text matches.
 */
export function markdownPassage(markdown: string | PassageSource, query: PassageQuery, length = PASSAGE_LENGTH): string | null {
  const source = typeof markdown === 'string' ? new PassageSource(markdown) : markdown;
  let best: { prepared: PreparedUnit; rank: number; chunk: number; position: number } | null = null;
  // Lexing a long note takes milliseconds: the chunks are ranked on their source first and only
  // the few best are lexed. Formulas become Unicode (\alpha → α), so a query with such characters
  // also looks at chunks with TeX in them.
  const throughTex = /[^\p{ASCII}\u3400-\u9fff]/u.test(query.phrase);
  // Best chunk first: once a unit is found that no later chunk's text could beat (its score, plus
  // the prose bonus), the rest are not lexed. Ties go to the earlier chunk, as in reading order.
  const ranked = rankChunks(source, query, throughTex, CHUNKS_LEXED);
  for (const { index, score } of ranked) {
    if (best && !throughTex && (score + PROSE_BONUS < best.rank || (score + PROSE_BONUS === best.rank && index > best.chunk))) break;
    const units = source.unitsOf(index);
    for (let position = 0; position < units.length; position++) {
      const rank = unitRank(units[position]!, query);
      if (rank < 0) continue;
      if (!best || rank > best.rank || (rank === best.rank && (index < best.chunk || (index === best.chunk && position < best.position)))) {
        best = { prepared: units[position]!, rank, chunk: index, position };
      }
    }
  }
  if (!best) return null;
  const unit = best.prepared.unit;
  const { ranges, focus } = highlight(best.prepared, query);
  const { start, end } = windowAround(unit, focus, length);
  const rawStart = unit.text.slice(start, end).length - unit.text.slice(start, end).trimStart().length;
  const from = start + rawStart;
  const to = start + unit.text.slice(start, end).trimEnd().length;
  if (to <= from) return null;
  const body = renderPassage(unit, from, to, ranges);
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < unit.text.length ? ELLIPSIS : '';
  // A passage opens its line: "#", ">" or "-" there would start a block.
  const safe = prefix === '' ? body.replace(/^(\s*)([#>\-+])/, '$1\\$2').replace(/^(\s*\d+)\.(?=\s|$)/, '$1\\.') : body;
  return prefix + safe + suffix;
}

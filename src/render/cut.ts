import type { EmphasisMarker, Span } from './layout.ts';
import { isCjk, isHighSurrogate, isLowSurrogate } from './unicode.ts';

/** Rendered text plus where it may be cut; `Layout` provides this for Markdown. */
export interface CuttableText {
  readonly out: string;
  readonly texts: readonly Span[];
  readonly markers: readonly EmphasisMarker[];
  readonly structure: readonly Span[];
  readonly blockEnds: readonly number[];
  readonly atomEdges: readonly number[];
}

const ELLIPSIS = '…';
/** A sentence ends after CJK full stops anywhere, after ASCII ones only before a space or the end. */
const SENTENCE_END = /[。！？]+[”’」』）)"'》]*|[.!?]+[”’」』）)"'》]*/g;
const CLOSERS_AFTER_CJK_STOP = /^[。！？]/;

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

/** The span containing `position` (start < position ≤ end), by binary search over sorted spans. */
function spanEndingAtOrAround(spans: readonly Span[], position: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (span === undefined) return undefined;
    if (position <= span.start) high = middle - 1;
    else if (position > span.end) low = middle + 1;
    else return span;
  }
  return undefined;
}

class Cutter {
  private readonly closeMarkerEnds = new Map<number, number>();
  private readonly openMarkersByEnd = new Map<number, EmphasisMarker>();

  constructor(private readonly source: CuttableText) {
    for (const marker of source.markers) {
      if (marker.opens) this.openMarkersByEnd.set(marker.end, marker);
      else this.closeMarkerEnds.set(marker.start, marker.end);
    }
  }

  /** True if a boundary at `position` is followed by whitespace or the end, past any closing markers. */
  private followedByBreak(position: number): boolean {
    let at = position;
    for (let end = this.closeMarkerEnds.get(at); end !== undefined; end = this.closeMarkerEnds.get(at)) at = end;
    return at >= this.source.out.length || isSpace(this.source.out[at]);
  }

  /** Can text be cut at `position` without splitting a surrogate pair or an escape? */
  private isSafeInText(position: number): boolean {
    const out = this.source.out;
    if (isLowSurrogate(out.charCodeAt(position)) && isHighSurrogate(out.charCodeAt(position - 1))) return false;
    let backslashes = 0;
    while (out[position - 1 - backslashes] === '\\') backslashes += 1;
    return backslashes % 2 === 0;
  }

  sentenceCandidates(limit: number): number[] {
    const { out, texts, blockEnds } = this.source;
    const candidates = blockEnds.filter((position) => position <= limit);
    for (const text of texts) {
      if (text.start > limit) break;
      const slice = out.slice(text.start, Math.min(text.end, limit));
      for (const match of slice.matchAll(SENTENCE_END)) {
        const start = text.start + match.index;
        const end = start + match[0].length;
        if (out[start - 1] === '\\') continue;
        if (CLOSERS_AFTER_CJK_STOP.test(match[0]) || this.followedByBreak(end)) candidates.push(end);
      }
    }
    return candidates;
  }

  wordCandidates(limit: number): number[] {
    const { out, texts, structure, atomEdges } = this.source;
    const candidates = atomEdges.filter((position) => position <= limit);
    for (const span of structure) if (span.start <= limit) candidates.push(span.start);
    for (const text of texts) {
      if (text.start > limit) break;
      const end = Math.min(text.end, limit);
      candidates.push(text.start);
      for (let position = text.start + 1; position <= end; position += 1) {
        const before = out.codePointAt(position - 1) ?? 0;
        const after = out.codePointAt(position) ?? 0;
        const wordEdge = isSpace(out[position]) || isSpace(out[position - 1]) || isCjk(before) || isCjk(after);
        if (wordEdge && this.isSafeInText(position)) candidates.push(position);
      }
    }
    return candidates;
  }

  characterCandidates(limit: number): number[] {
    const candidates: number[] = [];
    for (const text of this.source.texts) {
      if (text.start > limit) break;
      for (let position = text.start; position <= Math.min(text.end, limit); position += 1) {
        if (this.isSafeInText(position)) candidates.push(position);
      }
    }
    return candidates;
  }

  /** Moves a cut back past trailing spaces, bare line prefixes and emphasis that would be empty. */
  normalise(position: number): number {
    const { out, structure } = this.source;
    let at = position;
    for (;;) {
      while (at > 0 && isSpace(out[at - 1])) at -= 1;
      const prefix = spanEndingAtOrAround(structure, at);
      if (prefix !== undefined && prefix.start < at) {
        at = prefix.start;
        continue;
      }
      const emptyEmphasis = this.openMarkersByEnd.get(at);
      if (emptyEmphasis !== undefined) {
        at = emptyEmphasis.start;
        continue;
      }
      return at;
    }
  }

  /** Closing markers for the emphasis still open at `position`, innermost first. */
  closersAt(position: number): string {
    const open: string[] = [];
    for (const marker of this.source.markers) {
      if (marker.start >= position) break;
      if (marker.opens) open.push(marker.marker);
      else open.pop();
    }
    return open.reverse().join('');
  }

  cutAt(position: number): string {
    return this.source.out.slice(0, position) + this.closersAt(position) + ELLIPSIS;
  }
}

/**
 * The longest opening of `source` that fits in `maxChars` with "…" appended, ending at a
 * sentence if any sentence ends in budget, else at a word, else at a character.
 */
export function cutToFit(source: CuttableText, maxChars: number): string {
  const whole = source.out.trimEnd();
  if (whole.length <= maxChars) return whole;
  if (maxChars < ELLIPSIS.length) return '';
  const cutter = new Cutter(source);
  const limit = maxChars - ELLIPSIS.length;
  const tiers = [() => cutter.sentenceCandidates(limit), () => cutter.wordCandidates(limit), () => cutter.characterCandidates(limit)];
  for (const candidatesOf of tiers) {
    const positions = [...new Set(candidatesOf().map((position) => cutter.normalise(position)))].filter((position) => position > 0).sort((a, b) => b - a);
    for (const position of positions) {
      const cut = cutter.cutAt(position);
      if (cut.length <= maxChars) return cut;
    }
  }
  return ELLIPSIS;
}

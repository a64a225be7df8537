/**
 * Finding a query's phrase in an article's names and raw Markdown without making the article's
 * phrase form: one compiled pattern per query, tested against each of the best candidates.
 */
import type { Article } from '../corpus/types.ts';
import type { Segment } from './engine/segment.ts';
import { characterClasses, characterPairs, type NameEntry } from './names.ts';
import { isWhitespaceCode } from '../render/unicode.ts';
import { analyze, containsPhrase } from './text.ts';

export class PhraseMatcher {
  private readonly compact: string;
  /** Character classes of the phrase's characters (names.ts): a name lacking one cannot hold it. */
  private readonly classes: number;
  /** Its pairs of neighbouring characters (names.ts), for the same test. */
  private readonly pairs: number;
  /**
   * When the phrase starts with a caseless piece (Chinese), the body test finds that piece with
   * `indexOf` and checks whether the rest follows (`follows`; null when there is no rest) only
   * where it occurs: several times faster than scanning with the whole pattern, which is only
   * made for the other phrases.
   */
  private readonly anchor: string | null;
  private readonly pattern: RegExp | null;
  private readonly follows: ((text: string, at: number) => boolean) | null;

  /** `phrase` is the query's phrase form (text.ts). */
  constructor(private readonly phrase: string) {
    this.compact = phrase.replace(/ /g, '');
    this.classes = characterClasses(this.compact);
    this.pairs = characterPairs(this.compact);
    const pieces = phrasePieces(phrase);
    const first = pieces[0];
    this.anchor = first !== undefined && isCaseless(first) && !startsLatin(first) ? first : null;
    this.pattern = this.anchor === null ? rawPhrasePattern(pieces) : null;
    this.follows = this.anchor !== null && pieces.length > 1 ? followingPieces(pieces.slice(1)) : null;
  }

  /** False when no name of document `doc` can hold the phrase, by the index's sketch of its names (names.ts). */
  mayBeNamed(sketch: Int32Array, doc: number): boolean {
    return (sketch[2 * doc]! & this.classes) === this.classes && (sketch[2 * doc + 1]! & this.pairs) === this.pairs;
  }

  /** Names are also compared without spaces, since "flash attention" is what people type for the title "FlashAttention". */
  inName(name: NameEntry | undefined): boolean {
    if (!name || !name.characterClasses.some((classes) => (classes & this.classes) === this.classes)) return false;
    if (containsPhrase(name.keySpaced, this.phrase)) return true;
    return this.compact !== this.phrase && containsPhrase(name.keyCompact, this.compact);
  }

  /**
   * The body is checked in its raw text, allowing any punctuation, spaces or Markdown markers
   * between the phrase's pieces: what its phrase form would show, without making one per candidate.
   */
  inText(article: Article): boolean {
    return this.matches(article.body) || (article.summary !== null && this.matches(article.summary));
  }

  private matches(text: string): boolean {
    const { anchor, follows } = this;
    if (anchor === null) return this.pattern !== null && this.pattern.test(text);
    for (let at = text.indexOf(anchor); at !== -1; at = text.indexOf(anchor, at + 1)) {
      if (follows === null || follows(text, at + anchor.length)) return true;
    }
    return false;
  }
}

/**
 * A test of whether `pieces` follow a position of a text as the phrase pattern would have them
 * (each after at most MAX_GAP separators, case aside). Pieces of ASCII letters and digits and
 * caseless characters are compared by hand, which is what queries are made of: a regular
 * expression run at each position costs more than the comparison. Other pieces use a sticky pattern.
 */
function followingPieces(pieces: readonly string[]): (text: string, at: number) => boolean {
  if (pieces.every((piece) => /^[a-z0-9]+$/.test(piece) || (isCaseless(piece) && !/[ -~]/.test(piece)))) {
    return (text, at) => {
      let position = at;
      for (const piece of pieces) {
        let gap = 0;
        while (gap <= MAX_GAP && position < text.length && isGapCode(text.charCodeAt(position))) {
          position++;
          gap++;
        }
        // A piece never starts with a separator, so fewer separators could not match either.
        if (gap > MAX_GAP || !startsAt(text, position, piece)) return false;
        position += piece.length;
      }
      return true;
    };
  }
  const sticky = new RegExp(gapThen(pieces), pieces.every(isCaseless) ? 'y' : 'iy');
  return (text, at) => {
    sticky.lastIndex = at;
    return sticky.test(text);
  };
}

/** Whether `piece` (lowercase ASCII, or caseless characters) is at `at` in `text`, ASCII letters in either case (as the "i" flag compares them). */
function startsAt(text: string, at: number, piece: string): boolean {
  if (at + piece.length > text.length) return false;
  for (let i = 0; i < piece.length; i++) {
    const want = piece.charCodeAt(i);
    const found = text.charCodeAt(at + i);
    if (found !== want && !(want >= 97 && want <= 122 && found === want - 32)) return false;
  }
  return true;
}

/** A character of SEPARATORS (`\s` and the punctuation ranges beside it), without running it. */
function isGapCode(code: number): boolean {
  if (isWhitespaceCode(code)) return true;
  if (code < 0x80) return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
  return (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20);
}

/** Bigrams a gate checks per document, rarest first: the rarest nearly always decides. */
const MAX_GATE_TERMS = 3;

/**
 * What the index says about where a phrase can be, before any body is scanned for it. A body
 * holding the phrase holds every CJK bigram inside it, and when the phrase starts with a Latin
 * word, a word starting with that one; all of them are index terms of the document (the body is
 * indexed, summary included). So a segment lacking one of them holds the phrase in no body (a
 * misspelt word, two terms never written side by side), and a document lacking one of its
 * bigrams (found by binary search) need not be scanned. A body is judged as the index reads it:
 * what the index leaves out (link targets, fence lines) or reads as one word ("LoRA**RankRank")
 * is no more a phrase match than it is a search match.
 */
export class PhraseGate {
  private constructor(
    private readonly segments: readonly Segment[],
    private readonly bases: readonly number[],
    /** Per segment: the bigrams' term ids, rarest first, or null when no body of the segment can hold the phrase. */
    private readonly required: readonly (readonly number[] | null)[],
  ) {}

  /** `segments` with the global document number each starts at. */
  static of(phrase: string, segments: readonly Segment[], bases: readonly number[]): PhraseGate {
    const pieces = phrasePieces(phrase);
    const bigrams = pieces.flatMap((piece) => analyze(piece, { camelParts: false }).terms.filter((term): term is number => typeof term === 'number'));
    const leadingWord = pieces[0] !== undefined && startsLatin(pieces[0]) ? pieces[0] : null;
    const required = segments.map((segment) => {
      if (leadingWord !== null && !segment.hasTermStartingWith(leadingWord)) return null;
      const ids: number[] = [];
      for (const bigram of new Set(bigrams)) {
        const id = segment.termId(bigram);
        if (id < 0) return null;
        ids.push(id);
      }
      return ids.sort((a, b) => segment.postingCount(a) - segment.postingCount(b)).slice(0, MAX_GATE_TERMS);
    });
    return new PhraseGate(segments, bases, required);
  }

  /** False when document `doc` (global number) cannot hold the phrase in its body. */
  mayHold(doc: number): boolean {
    for (let index = this.segments.length - 1; index >= 0; index--) {
      const base = this.bases[index]!;
      if (doc < base) continue;
      const ids = this.required[index];
      if (ids === null || ids === undefined) return false;
      const segment = this.segments[index]!;
      for (const id of ids) if (!segment.has(id, doc - base)) return false;
      return true;
    }
    return false;
  }
}

/**
 * `docs` (best score first) reordered by phrase tier within the first `window`: phrase in a title
 * or alias, then in the body, then neither, by score within each; the rest after. Only the first
 * `need` places are exact: names, then bodies, are tested best score first and only until `need`
 * places are filled, so a common phrase costs a handful of tests, not the window.
 */
export function phraseFirst(
  matcher: PhraseMatcher,
  docs: readonly number[],
  window: number,
  need: number,
  of: { nameOf: (doc: number) => NameEntry | undefined; nameSketch: Int32Array; articleOf: (doc: number) => Article; gate: PhraseGate },
): number[] {
  const named = new Uint8Array(window);
  const inName: number[] = [];
  const inText: number[] = [];
  const rest: number[] = [];
  for (let rank = 0; rank < window && inName.length < need; rank++) {
    const doc = docs[rank]!;
    if (!matcher.mayBeNamed(of.nameSketch, doc) || !matcher.inName(of.nameOf(doc))) continue;
    named[rank] = 1;
    inName.push(doc);
  }
  let placed = inName.length;
  for (let rank = 0; rank < window; rank++) {
    const doc = docs[rank]!;
    if (named[rank]) continue;
    if (placed < need && of.gate.mayHold(doc) && matcher.inText(of.articleOf(doc))) {
      inText.push(doc);
      placed++;
    } else rest.push(doc);
  }
  return window === docs.length ? [...inName, ...inText, ...rest] : [...inName, ...inText, ...rest, ...docs.slice(window)];
}

const CJK_RUN = '\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff';
const PIECE = new RegExp(`[${CJK_RUN}]+|[^${CJK_RUN} ]+`, 'g');

/** Latin words and CJK runs of a phrase form, in order. */
export function phrasePieces(phrase: string): string[] {
  return phrase.match(PIECE) ?? [];
}

/** Separator characters allowed between two pieces ("LoRA **低秩**", "注意力，机制"). */
const MAX_GAP = 8;
/** What the phrase form drops between words: spaces, ASCII and CJK punctuation, Markdown markers. */
const SEPARATORS = '[\\s!-/:-@[-`{-~\\u2000-\\u206f\\u3000-\\u303f\\uff00-\\uff0f\\uff1a-\\uff20]';

function escapeForPattern(piece: string): string {
  return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern finding the pieces in order in raw text, case-insensitively, separated only by
 * characters that are not letters or digits, starting at a word start when the first piece is
 * Latin ("lora" is not in "exploration"). One compiled pattern per query; no lowercased copy of
 * each body.
 */
export function rawPhrasePattern(pieces: readonly string[]): RegExp | null {
  if (pieces.length === 0) return null;
  const start = startsLatin(pieces[0]!) ? '(?<![a-z0-9])' : '';
  // Plain "i", not "iu": a Unicode case-insensitive pattern costs a lot to compile. Without any
  // letter that has case (Chinese) no flag at all: the same matches, about twice as fast.
  return new RegExp(start + escapeForPattern(pieces[0]!) + gapThen(pieces.slice(1)), pieces.every(isCaseless) ? '' : 'i');
}

/** Each piece preceded by the separators allowed before it. */
function gapThen(pieces: readonly string[]): string {
  return pieces.map((piece) => `${SEPARATORS}{0,${MAX_GAP}}${escapeForPattern(piece)}`).join('');
}

function startsLatin(piece: string): boolean {
  return /^[a-z0-9]/.test(piece);
}

function isCaseless(piece: string): boolean {
  return piece.toUpperCase() === piece && piece.toLowerCase() === piece;
}

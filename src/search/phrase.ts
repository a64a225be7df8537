/**
 * Finding a query's phrase in an article's names and raw Markdown without making the article's
 * phrase form: one compiled pattern per query, tested against each of the best candidates.
 */
import type { Article } from '../corpus/types.ts';
import type { NameEntry } from './names.ts';
import { containsPhrase } from './text.ts';

export class PhraseMatcher {
  private readonly compact: string;
  private readonly pattern: RegExp | null;

  /** `phrase` is the query's phrase form (text.ts). */
  constructor(private readonly phrase: string) {
    this.compact = phrase.replace(/ /g, '');
    this.pattern = rawPhrasePattern(phrasePieces(phrase));
  }

  /** Names are also compared without spaces, since "flash attention" is what people type for the title "FlashAttention". */
  inName(name: NameEntry | undefined): boolean {
    if (!name) return false;
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
    return this.pattern !== null && this.pattern.test(text);
  }
}

/**
 * `docs` (best score first) reordered by phrase tier within the first `window`: phrase in a title
 * or alias, then in the body, then neither, by score within each; the rest after. Only the first
 * `need` places are exact: names are cheap and all tested, bodies best score first and only until
 * `need` places are filled, so a common phrase costs a handful of body tests, not the window.
 */
export function phraseFirst(
  matcher: PhraseMatcher,
  docs: readonly number[],
  window: number,
  need: number,
  of: { nameOf: (doc: number) => NameEntry | undefined; articleOf: (doc: number) => Article },
): number[] {
  const named = new Uint8Array(window);
  const inName: number[] = [];
  const inText: number[] = [];
  const rest: number[] = [];
  for (let rank = 0; rank < window; rank++) {
    const doc = docs[rank]!;
    if (!matcher.inName(of.nameOf(doc))) continue;
    named[rank] = 1;
    inName.push(doc);
  }
  let placed = inName.length;
  for (let rank = 0; rank < window; rank++) {
    const doc = docs[rank]!;
    if (named[rank]) continue;
    if (placed < need && matcher.inText(of.articleOf(doc))) {
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

/**
 * A pattern finding the pieces in order in raw text, case-insensitively, separated only by
 * characters that are not letters or digits, starting at a word start when the first piece is
 * Latin ("lora" is not in "exploration"). One compiled pattern per query; no lowercased copy of
 * each body.
 */
export function rawPhrasePattern(pieces: readonly string[]): RegExp | null {
  if (pieces.length === 0) return null;
  const escaped = pieces.map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const start = /^[a-z0-9]/.test(pieces[0]!) ? '(?<![a-z0-9])' : '';
  // Plain "i", not "iu": a Unicode case-insensitive pattern costs a lot to compile. Without any
  // letter that has case (Chinese) no flag at all: the same matches, about twice as fast.
  const caseless = pieces.every((piece) => piece.toUpperCase() === piece && piece.toLowerCase() === piece);
  return new RegExp(start + escaped.join(`${SEPARATORS}{0,${MAX_GAP}}`), caseless ? '' : 'i');
}

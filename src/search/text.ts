/**
 * Text analysis shared by indexing, querying, phrase matching and passages.
 *
 * Chinese has no spaces, so CJK runs become overlapping character bigrams: "滑动窗口" is
 * indexed as 滑动/动窗/窗口 and a query bigrammed the same way matches it at any position.
 * Latin words stay whole so that prefix and fuzzy matching work on real words.
 */
import { CJK, CJK_HIGH_SURROGATE_MAX, CJK_HIGH_SURROGATE_MIN, classTable, hasCjk, SEPARATOR } from './chars.ts';
import { packBigram, type Term } from './terms.ts';

export { hasCjk };
/** Longer "words" are hashes, base64 or minified code: indexing them only bloats the tree. */
export const MAX_TERM_LENGTH = 64;

export function normalize(text: string): string {
  return isNfkcInvariant(text) ? text : text.normalize('NFKC');
}

/**
 * True when every code unit is printable ASCII, a tab or line break, or a CJK ideograph: NFKC
 * changes none of them and none combine, so the text is its own NFKC form. Queries nearly always
 * are, and this scan costs far less than a call into the normaliser.
 */
export function isNfkcInvariant(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) continue;
    if (code === 9 || code === 10 || code === 13) continue;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) continue;
    return false;
  }
  return true;
}

/** Whole lines that carry no words: code fences, link reference definitions, table rules. */
const SYNTAX_LINE = /^[ \t]{0,3}(?:`{3,}|~{3,}).*$|^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S.*$|^[ \t]*\|?[ \t]*:?-{3,}.*$/gm;
/** Quote, heading and list markers at the start of a line. */
const LINE_MARKER = /^[ \t]*(?:>[ \t]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d+[.)][ \t]+)?/gm;
/** Images, inline links and reference links: the text stays, the target goes. */
const LINK = /!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g;
/** Comments and known HTML tags only: `vector<int>` in code is text, not a tag. */
const HTML =
  /<!--[\s\S]*?-->|<\/?(?:a|abbr|b|big|blockquote|br|center|code|del|details|div|em|figcaption|figure|font|h[1-6]|hr|i|iframe|img|ins|kbd|li|mark|ol|p|pre|s|small|source|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|tt|u|ul|var|video)\b[^>]*>/gi;
/** Emphasis markers at word edges; `a*b` and unordered_set keep theirs. Non-ASCII counts as a letter. */
const EMPHASIS = /(?<![A-Za-z0-9\u0080-\uFFFF])[*_~]+|[*_~]+(?![A-Za-z0-9\u0080-\uFFFF])/g;
/**
 * Code spans and table cells become word breaks, and whitespace runs one space. A lone space is
 * left alone: matching every one made this the slowest pass.
 */
const BREAKS = /[`|\s]{2,}|[`|\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/**
 * Cheap regex-only Markdown → plain text (six passes; a Markdown parser costs far more at 10k
 * articles). Code is kept, since LeetCode answers are searched by identifiers; only its fences
 * go. Link targets, HTML tags and emphasis markers go.
 */
export function markdownToPlain(markdown: string): string {
  return markdown.replace(SYNTAX_LINE, ' ').replace(LINE_MARKER, '').replace(LINK, '$1').replace(HTML, ' ').replace(EMPHASIS, '').replace(BREAKS, ' ').trim();
}

/**
 * Calls `visit` for each maximal run of word characters of one kind in `text`: Latin-like
 * (letters, digits, marks of non-CJK scripts) or CJK. Everything else separates runs.
 */
function forEachRun(text: string, visit: (start: number, end: number, cjk: boolean) => void): void {
  const table = classTable();
  let start = -1;
  let runClass = SEPARATOR;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let charClass = table[code]!;
    let width = 1;
    if (code >= CJK_HIGH_SURROGATE_MIN && code <= CJK_HIGH_SURROGATE_MAX) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        charClass = CJK;
        width = 2;
      }
    }
    if (charClass !== runClass) {
      if (runClass !== SEPARATOR) visit(start, i, runClass === CJK);
      start = i;
      runClass = charClass;
    }
    i += width - 1;
  }
  if (runClass !== SEPARATOR) visit(start, text.length, runClass === CJK);
}

function hasSurrogate(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) return true;
  }
  return false;
}

/** Bigrams of a CJK run; a lone character stays itself. */
function emitBigrams(text: string, start: number, end: number, emit: (term: Term) => void): void {
  if (hasSurrogate(text, start, end)) {
    const chars = Array.from(text.slice(start, end));
    if (chars.length === 1) emit(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) emit(chars[i]! + chars[i + 1]!);
    return;
  }
  if (end - start === 1) {
    emit(text.slice(start, end));
    return;
  }
  for (let i = start; i + 1 < end; i++) {
    emit(packBigram(text.charCodeAt(i), text.charCodeAt(i + 1)) ?? text.slice(i, i + 2));
  }
}

function pushBigrams(text: string, start: number, end: number, out: Term[]): void {
  emitBigrams(text, start, end, (term) => out.push(term));
}

export interface Analysis {
  /** Terms in text order (repeats kept: they are term frequencies). */
  terms: Term[];
  /** See phraseForm. */
  phrase: string;
}

/** An inner lower→upper change marks a camel-case word: FlashAttention, PyTorch, LoRA. */
const CAMEL_INNER = /[a-z][A-Z]/;
const CAMEL_PART = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g;

/**
 * Parts of a camel-case word, so "flash" and "attention" also find "FlashAttention". Parts
 * under 3 letters ("Lo" and "RA" of LoRA) are noise rather than words.
 */
function pushCamelParts(word: string, out: Term[]): void {
  if (!CAMEL_INNER.test(word)) return;
  for (const part of word.match(CAMEL_PART) ?? []) {
    if (part.length >= 3) out.push(part.toLowerCase());
  }
}

/**
 * One pass over NFKC-normalised text: lowercase index terms plus the phrase form (runs joined
 * by a space between two Latin runs, nothing next to CJK: "LoRA 低秩" and "LoRA低秩" agree).
 * Runs are lowercased one by one, which also shows where camel-case words are.
 */
export function analyze(text: string, options: { camelParts: boolean }): Analysis {
  const normalized = normalize(text);
  const terms: Term[] = [];
  const pieces: string[] = [];
  let previousWasLatin = false;
  forEachRun(normalized, (start, end, cjk) => {
    if (cjk) {
      pushBigrams(normalized, start, end, terms);
      pieces.push(normalized.slice(start, end));
      previousWasLatin = false;
      return;
    }
    const word = normalized.slice(start, end);
    const lower = word.toLowerCase();
    if (lower.length <= MAX_TERM_LENGTH) {
      terms.push(lower);
      if (options.camelParts && lower !== word) pushCamelParts(word, terms);
    }
    if (previousWasLatin) pieces.push(' ');
    pieces.push(lower);
    previousWasLatin = true;
  });
  return { terms, phrase: pieces.join('') };
}

/**
 * The index terms of `text`, given one by one to `emit` (what `analyze(text).terms` holds, with
 * no array and no phrase form made: indexing a large corpus is mostly this).
 */
export function emitTerms(text: string, camelParts: boolean, emit: (term: Term) => void): void {
  const normalized = normalize(text);
  forEachRun(normalized, (start, end, cjk) => {
    if (cjk) {
      emitBigrams(normalized, start, end, emit);
      return;
    }
    const word = normalized.slice(start, end);
    const lower = word.toLowerCase();
    if (lower.length > MAX_TERM_LENGTH) return;
    emit(lower);
    if (camelParts && lower !== word && CAMEL_INNER.test(word)) {
      for (const part of word.match(CAMEL_PART) ?? []) if (part.length >= 3) emit(part.toLowerCase());
    }
  });
}

/** Index terms of an indexed field. */
export function indexTerms(text: string): Term[] {
  return analyze(text, { camelParts: true }).terms;
}

/** Lowercase, punctuation dropped, single spaces between Latin words only. */
export function phraseForm(text: string): string {
  return analyze(text, { camelParts: false }).phrase;
}

/** Phrase form without any spaces: "Flash Attention" and "FlashAttention" compare equal. */
export function compactForm(text: string): string {
  return phraseForm(text).replace(/ /g, '');
}

function isLatinWordChar(char: string | undefined): boolean {
  return char !== undefined && char !== ' ' && char !== '\n' && !hasCjk(char);
}

/**
 * Whether `haystack` (phrase form) contains `phrase` (phrase form) starting at a word start,
 * so "lora" is not found inside "exploration" but "flash" is found in "flashattention".
 */
export function containsPhrase(haystack: string, phrase: string): boolean {
  if (phrase === '') return false;
  const needsWordStart = isLatinWordChar(phrase[0]);
  for (let at = haystack.indexOf(phrase); at !== -1; at = haystack.indexOf(phrase, at + 1)) {
    if (!needsWordStart || at === 0 || !isLatinWordChar(haystack[at - 1])) return true;
  }
  return false;
}

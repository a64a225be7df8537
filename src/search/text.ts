/**
 * Text normalisation shared by indexing, querying, phrase matching and passages.
 *
 * Chinese has no spaces, so CJK runs become overlapping character bigrams: "滑动窗口" is
 * indexed as 滑动/动窗/窗口 and a query bigrammed the same way matches it at any position.
 * Latin words stay whole so that prefix and fuzzy matching in MiniSearch work on real words.
 */

/** Han (incl. extensions and compatibility), kana and Hangul: scripts written without spaces. */
const CJK_CLASS =
  '\\u2E80-\\u2FDF\\u3005-\\u3007\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\u{20000}-\\u{3134F}';
const HAS_CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
const CJK_OR_OTHER_SEGMENT = new RegExp(`[${CJK_CLASS}]+|[^${CJK_CLASS}]+`, 'gu');
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const NON_WORD_RUN = /[^\p{L}\p{N}\p{M}]+/gu;
const SPACE_BESIDE_CJK = new RegExp(` (?=[${CJK_CLASS}])|(?<=[${CJK_CLASS}]) `, 'gu');
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
const DIGIT = /\d/;
/** Words with an inner lower→upper change, e.g. FlashAttention, PyTorch, LoRA. */
const CAMEL_WORD = /[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*/g;
const CAMEL_PART = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g;

/** Longer "words" are hashes, base64 or minified code: indexing them only bloats the tree. */
export const MAX_TERM_LENGTH = 64;

export function hasCjk(text: string): boolean {
  return HAS_CJK.test(text);
}

export function normalize(text: string): string {
  return text.normalize('NFKC');
}

/**
 * Cheap regex-only Markdown → plain text. Code is kept (LeetCode answers are searched by
 * identifiers), only its fences go; link targets, HTML tags and emphasis markers go.
 */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/^[ \t]{0,3}(?:`{3,}|~{3,}).*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
    .replace(/^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d+[.)][ \t]+)/gm, '')
    .replace(/^[ \t]*\|?[ \t]*:?-{3,}.*$/gm, ' ')
    .replace(/[`|]+/g, ' ')
    .replace(/(?<![\p{L}\p{N}])[*_~]+|[*_~]+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function pushBigrams(segment: string, out: string[]): void {
  const chars = HIGH_SURROGATE.test(segment) ? Array.from(segment) : null;
  const length = chars ? chars.length : segment.length;
  if (length === 1) {
    out.push(segment);
    return;
  }
  for (let i = 0; i + 1 < length; i++) {
    out.push(chars ? chars[i]! + chars[i + 1]! : segment.slice(i, i + 2));
  }
}

/** Terms of one lowercased letter/digit run: Latin stays whole, CJK becomes bigrams. */
function pushRunTerms(run: string, out: string[]): void {
  if (!HAS_CJK.test(run)) {
    if (run.length <= MAX_TERM_LENGTH) out.push(run);
    return;
  }
  for (const segment of run.match(CJK_OR_OTHER_SEGMENT) ?? []) {
    if (HAS_CJK.test(segment)) pushBigrams(segment, out);
    else if (segment.length <= MAX_TERM_LENGTH) out.push(segment);
  }
}

/**
 * Parts of camel-case words, so "flash" and "attention" also find "FlashAttention". Parts
 * under 3 letters ("Lo" and "RA" of LoRA) are noise rather than words.
 */
function pushCamelParts(text: string, out: string[]): void {
  for (const word of text.match(CAMEL_WORD) ?? []) {
    for (const part of word.match(CAMEL_PART) ?? []) {
      if (part.length >= 3) out.push(part.toLowerCase());
    }
  }
}

/** Tokenizer for indexed fields (MiniSearch `tokenize`); output is already final terms. */
export function indexTerms(text: string): string[] {
  const normalized = normalize(text);
  const out: string[] = [];
  pushCamelParts(normalized, out);
  for (const run of normalized.toLowerCase().match(WORD_RUN) ?? []) pushRunTerms(run, out);
  return out;
}

export type QueryTermKind = 'latin' | 'number' | 'cjk';

export interface QueryTerm {
  term: string;
  kind: QueryTermKind;
}

/** Query terms, deduplicated, in query order, at most `maxTerms` of them. */
export function queryTerms(query: string, maxTerms: number): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const run of normalize(query).toLowerCase().match(WORD_RUN) ?? []) {
    const runTerms: string[] = [];
    pushRunTerms(run, runTerms);
    for (const term of runTerms) {
      if (seen.has(term)) continue;
      seen.add(term);
      const kind: QueryTermKind = hasCjk(term) ? 'cjk' : DIGIT.test(term) ? 'number' : 'latin';
      terms.push({ term, kind });
      if (terms.length >= maxTerms) return terms;
    }
  }
  return terms;
}

/**
 * Form used for exact-phrase comparison: lowercase, punctuation dropped, single spaces, and
 * no spaces next to CJK (people write both "LoRA 低秩" and "LoRA低秩").
 */
export function phraseForm(text: string): string {
  return normalize(text).toLowerCase().replace(NON_WORD_RUN, ' ').replace(SPACE_BESIDE_CJK, '').trim();
}

/** Phrase form without any spaces: "Flash Attention" and "FlashAttention" compare equal. */
export function compactForm(text: string): string {
  return phraseForm(text).replace(/ /g, '');
}

function isLatinWordChar(char: string | undefined): boolean {
  return char !== undefined && char !== ' ' && char !== '\n' && !HAS_CJK.test(char);
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

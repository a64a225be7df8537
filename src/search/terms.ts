/**
 * Terms as the analyser produces them.
 *
 * A term is a string, except a bigram of two CJK Unified Ideographs (U+4E00–U+9FFF, nearly all
 * Chinese text), which is a small integer: most index tokens are such bigrams, and not
 * allocating a string for each one, plus integer keys in the vocabulary, made counting ~3× faster.
 */
export type Term = string | number;

const URO_FIRST = 0x4e00;
const URO_SIZE = 0xa000 - URO_FIRST;

/** The integer for a bigram of two Unified Ideographs (< 2^30, so a V8 small integer), else null. */
export function packBigram(first: number, second: number): number | null {
  const a = first - URO_FIRST;
  const b = second - URO_FIRST;
  return a >= 0 && a < URO_SIZE && b >= 0 && b < URO_SIZE ? a * URO_SIZE + b : null;
}

export function termText(term: Term): string {
  if (typeof term === 'string') return term;
  return String.fromCharCode(URO_FIRST + Math.floor(term / URO_SIZE), URO_FIRST + (term % URO_SIZE));
}

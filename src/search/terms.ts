/**
 * Terms and the index keys they are stored under.
 *
 * A term is a string, except a bigram of two CJK Unified Ideographs (U+4E00–U+9FFF, nearly all
 * Chinese text), which is a small integer: most index tokens are such bigrams, and not
 * allocating a string for each one, plus integer Map keys, made counting ~3× faster.
 *
 * Keys: MiniSearch's radix tree finds a child by scanning a node's keys, so thousands of
 * distinct first characters (every Han character that starts a bigram) make each insert and
 * lookup scan thousands of keys: 500k raw bigrams took ~4× longer to insert than their encoded
 * form here, and lookups ~3× longer. Spelling each UTF-16 unit of a CJK term as four hex
 * digits in 'A'–'P' keeps every node at ≤ 16 such children. Latin terms are lowercase, so the
 * two key spaces never collide.
 */
import { hasCjk } from './text.ts';

export type Term = string | number;

const URO_FIRST = 0x4e00;
const URO_SIZE = 0xa000 - URO_FIRST;
const HEX_BASE = 65; // 'A'
const HEX_LAST = HEX_BASE + 15; // 'P'

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

function hexUnit(code: number): string {
  return String.fromCharCode(
    HEX_BASE + (code >> 12),
    HEX_BASE + ((code >> 8) & 15),
    HEX_BASE + ((code >> 4) & 15),
    HEX_BASE + (code & 15),
  );
}

export function indexKey(term: Term): string {
  const text = termText(term);
  if (typeof term === 'string' && !hasCjk(text)) return text;
  let key = '';
  for (let i = 0; i < text.length; i++) key += hexUnit(text.charCodeAt(i));
  return key;
}

function isCjkKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= HEX_BASE && first <= HEX_LAST;
}

/** The text an index key stands for. */
export function textOfKey(key: string): string {
  if (!isCjkKey(key)) return key;
  let text = '';
  for (let i = 0; i + 3 < key.length; i += 4) {
    text += String.fromCharCode(
      ((key.charCodeAt(i) - HEX_BASE) << 12) |
        ((key.charCodeAt(i + 1) - HEX_BASE) << 8) |
        ((key.charCodeAt(i + 2) - HEX_BASE) << 4) |
        (key.charCodeAt(i + 3) - HEX_BASE),
    );
  }
  return text;
}

/**
 * Index keys for terms. MiniSearch's radix tree finds a child by scanning a node's keys, so
 * thousands of distinct first characters (every Han character that starts a bigram) make each
 * insert and lookup scan thousands of keys: 500k raw bigrams took ~4× longer to insert than
 * their encoded form on this machine, and lookups ~3× longer. Spelling each UTF-16 unit of a
 * CJK term as four hex digits in 'A'–'P' keeps every node at ≤ 16 such children. Latin terms
 * are lowercase, so the two key spaces never collide.
 */
import { hasCjk } from './text.ts';

const HEX_BASE = 65; // 'A'
const HEX_LAST = HEX_BASE + 15; // 'P'

export function indexKey(term: string): string {
  if (!hasCjk(term)) return term;
  let key = '';
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    key += String.fromCharCode(
      HEX_BASE + (code >> 12),
      HEX_BASE + ((code >> 8) & 15),
      HEX_BASE + ((code >> 4) & 15),
      HEX_BASE + (code & 15),
    );
  }
  return key;
}

function isCjkKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= HEX_BASE && first <= HEX_LAST;
}

/** The term an index key stands for. */
export function termOfKey(key: string): string {
  if (!isCjkKey(key)) return key;
  let term = '';
  for (let i = 0; i + 3 < key.length; i += 4) {
    term += String.fromCharCode(
      ((key.charCodeAt(i) - HEX_BASE) << 12) |
        ((key.charCodeAt(i + 1) - HEX_BASE) << 8) |
        ((key.charCodeAt(i + 2) - HEX_BASE) << 4) |
        (key.charCodeAt(i + 3) - HEX_BASE),
    );
  }
  return term;
}

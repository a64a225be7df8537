/**
 * Index keys for CJK terms. MiniSearch's radix tree finds a child by scanning a node's keys,
 * so thousands of distinct first characters (every Han character starting a bigram) make each
 * insert and lookup scan thousands of keys; on this corpus shape that was ~100 s to build 10k
 * articles. Spelling each UTF-16 unit as four hex digits in 'A'–'P' keeps every node at ≤ 16
 * children. Latin terms are lowercase, so the two key spaces never collide.
 */

const HEX_BASE = 65; // 'A'
const HEX_LAST = HEX_BASE + 15; // 'P'

export function encodeCjkTerm(term: string): string {
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

export function isCjkKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= HEX_BASE && first <= HEX_LAST;
}

/** The text an index key stands for (CJK keys decoded, Latin keys as they are). */
export function termText(key: string): string {
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

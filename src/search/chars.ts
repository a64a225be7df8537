/**
 * Character classes shared by text analysis and term encoding: a leaf module, so that text.ts
 * and terms.ts can both use it without importing each other.
 */
export const SEPARATOR = 0;
export const WORD = 1;
export const CJK = 2;
/** High surrogates of CJK extension B–G (U+20000–U+3134F). */
export const CJK_HIGH_SURROGATE_MIN = 0xd840;
export const CJK_HIGH_SURROGATE_MAX = 0xd884;

/** Class of every BMP code unit; a table because Unicode-property regexes are 3–5× slower here. */
let classes: Uint8Array | null = null;

function isCjkCode(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0x3005 && code <= 0x3007) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

export function classTable(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (isCjkCode(code)) table[code] = CJK;
    else if (wordChar.test(String.fromCharCode(code))) table[code] = WORD;
  }
  classes = table;
  return table;
}

export function hasCjk(text: string): boolean {
  const table = classTable();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (table[code] === CJK || (code >= CJK_HIGH_SURROGATE_MIN && code <= CJK_HIGH_SURROGATE_MAX)) return true;
  }
  return false;
}

/**
 * "Did you mean": titles/aliases within a few edits of the query, where the query may match any
 * part of a name ("flashatention" is close to "FlashAttention-2 快速注意力"). Adjacent swaps
 * count as one edit, the way people mistype.
 */
import { characterClasses, type NameEntry } from './names.ts';
import { compactForm } from './text.ts';

export const DEFAULT_SUGGESTIONS = 3;
/** Longer queries are sentences, not misspelled names; the distance holds 64 query characters. */
const MAX_QUERY_LENGTH = 64;
const MIN_QUERY_LENGTH = 2;

/** Edits allowed: one per ~3 characters, at least one. */
export function allowedEdits(queryLength: number): number {
  return Math.max(1, Math.floor(queryLength * 0.3));
}

/**
 * Where each character of a query occurs in it, one bit per position (low and high word): the
 * table the bit-parallel distance looks each name character up in. Open addressing over the
 * query's few characters; a name character not in the query finds an empty slot at once.
 */
export class QueryMasks {
  private readonly codes: Int32Array;
  private readonly low: Int32Array;
  private readonly high: Int32Array;
  private readonly slots: number;
  /** The masks of the character last looked up: `of` returns the low word and leaves the high one here. */
  highOfLast = 0;

  constructor(readonly query: string) {
    let size = 8;
    while (size < 4 * query.length) size *= 2;
    this.slots = size - 1;
    this.codes = new Int32Array(size).fill(-1);
    this.low = new Int32Array(size);
    this.high = new Int32Array(size);
    for (let i = 0; i < query.length; i++) {
      const code = query.charCodeAt(i);
      let at = slotOf(code, this.slots);
      while (this.codes[at] !== -1 && this.codes[at] !== code) at = (at + 1) & this.slots;
      this.codes[at] = code;
      if (i < 32) this.low[at]! |= 1 << i;
      else this.high[at]! |= 1 << (i - 32);
    }
  }

  /** The low word of `code`'s positions; the high word is then in `highOfLast`. */
  of(code: number): number {
    for (let at = slotOf(code, this.slots); ; at = (at + 1) & this.slots) {
      const found = this.codes[at]!;
      if (found === code) {
        this.highOfLast = this.high[at]!;
        return this.low[at]!;
      }
      if (found === -1) {
        this.highOfLast = 0;
        return 0;
      }
    }
  }
}

function slotOf(code: number, slots: number): number {
  return (Math.imul(code, 0x9e3779b1) >>> 24) & slots;
}

const TWO_TO_32 = 2 ** 32;

/**
 * Fewest edits (insert, delete, substitute, swap adjacent) turning the query (at most 64
 * characters) into some substring of `name`. A column of the edit table per name character in a
 * few word operations instead of a column of cells: Myers' bit-vector algorithm
 * with Hyyrö's adjacent-swap term (H. Hyyrö, "A bit-vector algorithm for computing Levenshtein
 * and Damerau edit distances", 2003), in its search form (a match may start anywhere in the
 * name). Each bit vector is two 32-bit words, low and high. The exact distance, however large.
 */
export function substringEditDistance(masks: QueryMasks, name: string): number {
  const m = masks.query.length;
  // The query's last row: its bit in the high word when the query is longer than 32.
  const lastLow = m <= 32 ? 1 << (m - 1) : 0;
  const lastHigh = m > 32 ? 1 << (m - 33) : 0;
  // Vertical differences of the current column, +1 (vp) and -1 (vn): a fresh column is 0, 1, …, m.
  let vpLow = -1;
  let vpHigh = -1;
  let vnLow = 0;
  let vnHigh = 0;
  let d0Low = 0;
  let d0High = 0;
  let eqBeforeLow = 0;
  let eqBeforeHigh = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < name.length; j++) {
    const eqLow = masks.of(name.charCodeAt(j));
    const eqHigh = masks.highOfLast;
    // The swap term, from the previous column's diagonal zeros, shifted up one row.
    let swapLow = ~d0Low & eqLow;
    let swapHigh = ((~d0High & eqHigh) << 1) | (swapLow >>> 31);
    swapLow = (swapLow << 1) & eqBeforeLow;
    swapHigh &= eqBeforeHigh;
    // (eq & vp) + vp as one 64-bit addition: the low word's carry goes into the high word.
    const sumLow = ((eqLow & vpLow) >>> 0) + (vpLow >>> 0);
    const carry = sumLow >= TWO_TO_32 ? 1 : 0;
    const sumHigh = (eqHigh & vpHigh) + vpHigh + carry;
    d0Low = swapLow | ((sumLow | 0) ^ vpLow) | eqLow | vnLow;
    d0High = swapHigh | ((sumHigh | 0) ^ vpHigh) | eqHigh | vnHigh;
    let hpLow = vnLow | ~(d0Low | vpLow);
    let hpHigh = vnHigh | ~(d0High | vpHigh);
    let hnLow = d0Low & vpLow;
    let hnHigh = d0High & vpHigh;
    if ((hpLow & lastLow) !== 0 || (hpHigh & lastHigh) !== 0) score++;
    else if ((hnLow & lastLow) !== 0 || (hnHigh & lastHigh) !== 0) score--;
    // Shifted up one row with no carry into the first: a match may start at any name character.
    hpHigh = (hpHigh << 1) | (hpLow >>> 31);
    hpLow <<= 1;
    hnHigh = (hnHigh << 1) | (hnLow >>> 31);
    hnLow <<= 1;
    vpLow = hnLow | ~(d0Low | hpLow);
    vpHigh = hnHigh | ~(d0High | hpHigh);
    vnLow = hpLow & d0Low;
    vnHigh = hpHigh & d0High;
    eqBeforeLow = eqLow;
    eqBeforeHigh = eqHigh;
    if (score < best) best = score;
  }
  return best;
}

interface Candidate {
  index: number;
  edits: number;
  lengthGap: number;
  title: string;
}

/** Article positions whose title/alias is closest to `query`, best first. */
export function suggestNames(entries: readonly NameEntry[], query: string, count: number, visible: (index: number) => boolean): number[] {
  const target = compactForm(query);
  if (count <= 0 || target.length < MIN_QUERY_LENGTH || target.length > MAX_QUERY_LENGTH) return [];
  const limit = allowedEdits(target.length);
  // Per character class (names.ts), how many query characters fall in it: characters whose class
  // is absent from a name are surely missing from it, which rules most names out before any
  // string is searched.
  const queryClasses = characterClasses(target);
  const perClass = new Int32Array(32);
  for (let i = 0; i < target.length; i++) perClass[target.charCodeAt(i) & 31]!++;
  const masks = new QueryMasks(target);
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    let best: Candidate | null = null;
    for (let at = 0; at < entry.compactNames.length; at++) {
      const name = entry.compactNames[at]!;
      let surelyMissing = 0;
      for (let absent = queryClasses & ~entry.characterClasses[at]!; absent !== 0; absent &= absent - 1) {
        surelyMissing += perClass[31 - Math.clz32(absent & -absent)]!;
      }
      if (surelyMissing > limit) continue;
      const edits = substringEditDistance(masks, name);
      if (edits > limit) continue;
      const lengthGap = Math.abs(name.length - target.length);
      if (!best || edits < best.edits || (edits === best.edits && lengthGap < best.lengthGap)) {
        best = { index: entry.index, edits, lengthGap, title: entry.title };
      }
    }
    if (best && visible(entry.index)) candidates.push(best);
  }
  candidates.sort((a, b) => a.edits - b.edits || a.lengthGap - b.lengthGap || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  return candidates.slice(0, count).map((candidate) => candidate.index);
}

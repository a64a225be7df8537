/**
 * What the impact-ordered walk (by-impact.ts) reads of a common term, made from its postings the
 * first time a query needs it and kept for the next: its best postings by impact, and a bit per
 * document holding it. Kept within a memory budget, least recently used dropped first.
 */
import { bitCount } from '../bits.ts';
import type { Segment } from '../segment.ts';

/**
 * Postings of a term kept best first: deep enough for nearly every query to stop within them. How
 * deep a query must go grows with the corpus (measured on the bench corpora: 1,024 is enough for
 * all but a few two-term Chinese queries at 10,000 documents, for few of them at 100,000, and
 * 4,096 for all), so a 24th of the documents, within those bounds.
 */
export function orderLengthFor(docCount: number): number {
  return Math.min(4_096, Math.max(1_024, Math.ceil(docCount / 24)));
}

/** Bytes the kept terms may hold: at 100,000 documents a term costs ~50 KB, at 10,000 ~9 KB. */
const DEFAULT_BUDGET = 16 * 2 ** 20;

export interface DenseTerm {
  /** The documents of the term's best postings, best impact first, ties by document number. */
  docs: Int32Array;
  /** Their impacts: read in order with `docs`, not looked up in the segment's postings. */
  impacts: Uint16Array;
  /** Bit `doc` set when the term is in document `doc`. */
  bits: Uint32Array;
  /**
   * Per word of `bits`, the set bits before it: a document's place among the term's postings is
   * that plus the set bits below it in its word. One lookup, where a binary search over a common
   * term's postings would touch a dozen places in memory.
   */
  ranks: Int32Array;
  /** Where the term's postings start. */
  start: number;
}

export class DenseTerms {
  /** Map order is use order: a hit is moved to the end, the oldest is first. */
  private readonly terms = new Map<number, DenseTerm>();
  private bytes = 0;

  constructor(
    private readonly segment: Segment,
    readonly orderLength: number,
    private readonly budget = DEFAULT_BUDGET,
  ) {}

  of(termId: number): DenseTerm {
    const known = this.terms.get(termId);
    if (known) {
      this.terms.delete(termId);
      this.terms.set(termId, known);
      return known;
    }
    const bits = this.bitsOf(termId);
    const order = this.bestPostings(termId);
    const made = {
      docs: Int32Array.from(order, (position) => this.segment.docs[position]!),
      impacts: Uint16Array.from(order, (position) => this.segment.impacts[position]!),
      bits,
      ranks: ranksOf(bits),
      start: this.segment.termStart[termId]!,
    };
    this.terms.set(termId, made);
    this.bytes += sizeOf(made);
    for (const [oldId, old] of this.terms) {
      if (this.bytes <= this.budget || old === made) break;
      this.terms.delete(oldId);
      this.bytes -= sizeOf(old);
    }
    return made;
  }

  /**
   * Positions of the term's `orderLength` best postings, best first. The impact of the last of
   * them is found by two byte histograms, so only those postings are sorted, never all of a
   * common term's.
   */
  private bestPostings(termId: number): Int32Array {
    const { impacts, termStart } = this.segment;
    const start = termStart[termId]!;
    const end = termStart[termId + 1]!;
    const length = Math.min(end - start, this.orderLength);
    const floor = impactAtRank(impacts, start, end, length);
    const chosen: number[] = [];
    // Postings are in document order, so the first ones at the floor are its lowest documents.
    let atFloor = length - countAbove(impacts, start, end, floor);
    for (let p = start; p < end; p++) {
      const impact = impacts[p]!;
      if (impact > floor || (impact === floor && atFloor-- > 0)) chosen.push(p);
    }
    // A stable sort keeps document order among equal impacts.
    chosen.sort((a, b) => impacts[b]! - impacts[a]!);
    return Int32Array.from(chosen);
  }

  private bitsOf(termId: number): Uint32Array {
    const { docs, termStart } = this.segment;
    const bits = new Uint32Array((this.segment.docCount + 31) >>> 5);
    for (let p = termStart[termId]!; p < termStart[termId + 1]!; p++) bits[docs[p]! >>> 5]! |= 1 << (docs[p]! & 31);
    return bits;
  }
}

function sizeOf(term: DenseTerm): number {
  return term.docs.byteLength + term.impacts.byteLength + term.bits.byteLength + term.ranks.byteLength;
}

/** Where `doc`'s posting is among `term`'s (it must hold it): its start plus the postings of lower documents. */
export function positionOf(term: DenseTerm, doc: number): number {
  const word = doc >>> 5;
  return term.start + term.ranks[word]! + bitCount(term.bits[word]! & ((1 << (doc & 31)) - 1));
}

function ranksOf(bits: Uint32Array): Int32Array {
  const ranks = new Int32Array(bits.length);
  let before = 0;
  for (let word = 0; word < bits.length; word++) {
    ranks[word] = before;
    before += bitCount(bits[word]!);
  }
  return ranks;
}

/** The impact of the `rank`-th best posting (1-based) in impacts[start, end). */
function impactAtRank(impacts: Uint16Array, start: number, end: number, rank: number): number {
  const high = new Int32Array(256);
  for (let p = start; p < end; p++) high[impacts[p]! >>> 8]!++;
  let byte = 255;
  let above = 0;
  while (above + high[byte]! < rank) above += high[byte--]!;
  const low = new Int32Array(256);
  for (let p = start; p < end; p++) if (impacts[p]! >>> 8 === byte) low[impacts[p]! & 255]!++;
  let lowByte = 255;
  while (above + low[lowByte]! < rank) above += low[lowByte--]!;
  return (byte << 8) | lowByte;
}

function countAbove(impacts: Uint16Array, start: number, end: number, floor: number): number {
  let count = 0;
  for (let p = start; p < end; p++) if (impacts[p]! > floor) count++;
  return count;
}

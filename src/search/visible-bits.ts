/**
 * The documents a member may see as a bit each (Admission.bits): alive, published by the time
 * asked, with the tag asked. The set for a time changes only when an article's publication time
 * passes, so it is made once per such change, not once per search: it is known by how many
 * documents are published by then.
 */
export class VisibleBits {
  /** Every document's publication time, ascending: how many are published by an instant is a binary search. */
  private sortedDates: Float64Array | null = null;
  private last: { published: number; bits: Uint32Array } | null = null;
  private readonly words: number;

  constructor(
    private readonly dateMs: Float64Array,
    private readonly dead: Uint8Array | null,
  ) {
    this.words = (dateMs.length + 31) >>> 5;
  }

  /** Bits of the live documents published by `publishedBy` (and tagged, when `tagged` lists the tag's documents). Not to be changed. */
  of(publishedBy: number, tagged: Int32Array | null): Uint32Array {
    const byTime = this.byTime(publishedBy);
    if (tagged === null) return byTime;
    const bits = new Uint32Array(this.words);
    for (const doc of tagged) bits[doc >>> 5]! |= 1 << (doc & 31);
    for (let word = 0; word < bits.length; word++) bits[word]! &= byTime[word]!;
    return bits;
  }

  private byTime(publishedBy: number): Uint32Array {
    const dates = (this.sortedDates ??= Float64Array.from(this.dateMs).sort());
    let low = 0;
    let high = dates.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (dates[middle]! <= publishedBy) low = middle + 1;
      else high = middle;
    }
    if (this.last?.published === low) return this.last.bits;
    const bits = new Uint32Array(this.words);
    for (let doc = 0; doc < this.dateMs.length; doc++) {
      if (this.dateMs[doc]! <= publishedBy && (this.dead === null || this.dead[doc] === 0)) bits[doc >>> 5]! |= 1 << (doc & 31);
    }
    this.last = { published: low, bits };
    return bits;
  }
}

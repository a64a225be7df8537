/** Which documents a query may return (scorer.ts asks once per new candidate). */

/**
 * Which documents may become candidates: alive, and visible to the member (published by an
 * instant, with a tag), or as an arbitrary predicate says. One class, so the check per posting
 * is one monomorphic call the compiler inlines, not a different closure per query.
 */
export class Admission {
  constructor(
    private readonly dead: Uint8Array | null,
    private readonly dates: Float64Array,
    private readonly publishedBy: number,
    private readonly tagStamp: Int32Array | null,
    private readonly tagEpoch: number,
    private readonly predicate: ((doc: number) => boolean) | null,
    /**
     * The same set as `admits`, a bit per document (set: admitted), when the index has it at hand;
     * null with a predicate. What the impact-ordered walk counts matches with.
     */
    readonly bits: Uint32Array | null = null,
  ) {}

  admits(doc: number): boolean {
    if (this.dead !== null && this.dead[doc] !== 0) return false;
    if (this.dates[doc]! > this.publishedBy) return false;
    if (this.tagStamp !== null && this.tagStamp[doc] !== this.tagEpoch) return false;
    return this.predicate === null || this.predicate(doc);
  }
}

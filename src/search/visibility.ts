/**
 * Which documents of an index a member may see: alive, published by the time the filter says (or
 * as its predicate says), with the tag asked. As a test per document (Admission, the scorer's)
 * and as a bit each (Admission.bits, the impact-ordered walk's).
 */
import type { Article } from '../corpus/types.ts';
import { Admission } from './engine/scorer/admission.ts';
import { upperBound } from './engine/sorted-search.ts';
import { tagKey } from './index-parts.ts';
import type { SearchFilter } from './types.ts';

export class Visibility {
  private readonly bits: VisibleBits;
  /** Tag filter stamps, reused across queries. */
  private readonly tagStamp: Int32Array;
  private tagEpoch = 0;

  constructor(
    private readonly articles: readonly Article[],
    private readonly dateMs: Float64Array,
    /** Removed documents, or null when there are none. */
    private readonly dead: Uint8Array | null,
    private readonly tagDocs: ReadonlyMap<string, Int32Array>,
  ) {
    this.bits = new VisibleBits(dateMs, dead);
    this.tagStamp = new Int32Array(articles.length);
  }

  /** Whether document `doc` passes `filter` (all do without one). */
  test(filter: SearchFilter | undefined): (doc: number) => boolean {
    if (!filter) return () => true;
    const publishedBy = filter.publishedBy;
    if (typeof publishedBy === 'number') return (doc) => this.dateMs[doc]! <= publishedBy;
    return (doc) => filter(this.articles[doc]!.id);
  }

  /** Which documents may be candidates of a search; null when none can. */
  admission(tag: string | undefined, filter: SearchFilter | undefined): Admission | null {
    const publishedBy = typeof filter?.publishedBy === 'number' ? filter.publishedBy : Number.POSITIVE_INFINITY;
    const predicate = filter && typeof filter.publishedBy !== 'number' ? (doc: number) => filter(this.articles[doc]!.id) : null;
    const wanted = tag === undefined ? '' : tagKey(tag);
    if (wanted === '') return new Admission(this.dead, this.dateMs, publishedBy, null, 0, predicate, predicate ? null : this.bits.of(publishedBy, null));
    const tagged = this.tagDocs.get(wanted);
    if (!tagged) return null;
    const stamp = this.tagStamp;
    const epoch = ++this.tagEpoch;
    for (const doc of tagged) stamp[doc] = epoch;
    return new Admission(this.dead, this.dateMs, publishedBy, stamp, epoch, predicate, predicate ? null : this.bits.of(publishedBy, tagged));
  }
}

/**
 * The documents a member may see as a bit each: alive, published by the time asked, with the tag
 * asked. The set for a time changes only when an article's publication time passes, so it is
 * made once per such change, not once per search: it is known by how many documents are
 * published by then.
 */
class VisibleBits {
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
    const published = upperBound((this.sortedDates ??= Float64Array.from(this.dateMs).sort()), publishedBy);
    if (this.last?.published === published) return this.last.bits;
    const bits = new Uint32Array(this.words);
    for (let doc = 0; doc < this.dateMs.length; doc++) {
      if (this.dateMs[doc]! <= publishedBy && (this.dead === null || this.dead[doc] === 0)) bits[doc >>> 5]! |= 1 << (doc & 31);
    }
    this.last = { published, bits };
    return bits;
  }
}

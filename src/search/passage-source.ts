/**
 * The Markdown a passage is cut from, prepared once per article instead of once per search: cut
 * into chunks, lowercased for ranking them, and each chunk lexed into passage units (with their
 * lowercased text) only when a search first needs it. Searches for popular topics keep landing on
 * the same articles, and lexing is most of what a passage costs, so the recently shown articles
 * keep theirs (PassageSources, bounded).
 */
import { markdownChunks, passageUnits, type PassageUnit } from '../render/passage-units.ts';
import { passageQuery, type PassageQuery } from './passage-query.ts';

/** A passage unit and its text lowercased for matching (the text itself when lowercasing would change its length, İ). */
export interface PreparedUnit {
  unit: PassageUnit;
  lower: string;
}

/** Between chunks in `lowered`: no query term contains it, so no match spans two chunks. */
const CHUNK_SEPARATOR = '\u0000';

export class PassageSource {
  readonly chunks: readonly string[];
  /** Every chunk lowercased, joined by CHUNK_SEPARATOR: one scan per term finds the chunks holding it. */
  private readonly lowered: string;
  /** Where each chunk starts in `lowered`, and one past the last. */
  private readonly starts: Int32Array;
  private readonly units: (PreparedUnit[] | undefined)[];
  private openingText: string | undefined;

  constructor(readonly markdown: string) {
    this.chunks = markdownChunks(markdown);
    this.starts = new Int32Array(this.chunks.length + 1);
    // One toLowerCase for the whole text; per chunk only where it changes lengths (İ), so that
    // the offsets of each chunk are those of its own lowercased text.
    const joined = this.chunks.join(CHUNK_SEPARATOR);
    const lowered = joined.toLowerCase();
    const sameLengths = lowered.length === joined.length;
    let at = 0;
    this.chunks.forEach((chunk, index) => {
      this.starts[index] = at;
      at += (sameLengths ? chunk.length : chunk.toLowerCase().length) + CHUNK_SEPARATOR.length;
    });
    this.starts[this.chunks.length] = at;
    this.lowered = sameLengths ? lowered : this.chunks.map((chunk) => chunk.toLowerCase()).join(CHUNK_SEPARATOR);
    this.units = new Array(this.chunks.length);
  }

  /** The first chunk from `from` on whose lowercased text contains `needle`, or -1: one indexOf. */
  nextChunkWith(needle: string, from: number): number {
    if (from >= this.chunks.length) return -1;
    const at = this.lowered.indexOf(needle, this.starts[from]);
    return at === -1 ? -1 : this.chunkAt(at);
  }

  /** The chunk `offset` of `lowered` lies in. */
  private chunkAt(offset: number): number {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  unitsOf(index: number): PreparedUnit[] {
    return (this.units[index] ??= passageUnits(this.chunks[index]!).map((unit) => {
      const lower = unit.text.toLowerCase();
      return { unit, lower: lower.length === unit.text.length ? lower : unit.text };
    }));
  }

  /** What is shown when nothing in the text matches: `render` of the chunks, made once. */
  opening(render: (chunks: readonly string[]) => string): string {
    return (this.openingText ??= render(this.chunks));
  }
}

/** Characters of Markdown kept prepared (each costs about three times its size once lexed): a few MB. */
const DEFAULT_BUDGET = 1_500_000;

/**
 * Prepared passage sources of the articles shown last, least recently used dropped first. One per
 * Library: a reload that changes articles starts a new one, so nothing stale is ever served.
 */
export class PassageSources {
  /** Map order is use order: a hit is moved to the end, the oldest is first. */
  private readonly entries = new Map<string, PassageSource>();
  private size = 0;

  /** The last query's words: a page of results asks for them once per hit. */
  private lastQuery: { text: string; words: PassageQuery } | null = null;

  constructor(private readonly budget = DEFAULT_BUDGET) {}

  /** passageQuery(text), remembered for the next call with the same text. */
  query(text: string): PassageQuery {
    if (this.lastQuery?.text !== text) this.lastQuery = { text, words: passageQuery(text) };
    return this.lastQuery.words;
  }

  /** The prepared form of `markdown`, known as `key` (an article id and which of its texts). */
  of(key: string, markdown: string): PassageSource {
    const known = this.entries.get(key);
    if (known && known.markdown === markdown) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const source = new PassageSource(markdown);
    if (known) this.forget(key, known);
    if (markdown.length > this.budget) return source;
    this.entries.set(key, source);
    this.size += markdown.length;
    for (const [oldKey, old] of this.entries) {
      if (this.size <= this.budget) break;
      this.forget(oldKey, old);
    }
    return source;
  }

  /** Sources kept, for tests. */
  get count(): number {
    return this.entries.size;
  }

  private forget(key: string, source: PassageSource): void {
    this.entries.delete(key);
    this.size -= source.markdown.length;
  }
}

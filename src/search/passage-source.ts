/**
 * The Markdown a passage is cut from, prepared once per article instead of once per search: cut
 * into chunks, each lowercased for ranking and lexed into passage units only when a search first
 * needs it. Searches for popular topics keep landing on the same articles, and lexing is most of
 * what a passage costs, so the recently shown articles keep theirs (PassageSources, bounded).
 */
import { markdownChunks, passageUnits, type PassageUnit } from '../render/passage-units.ts';

export class PassageSource {
  readonly chunks: readonly string[];
  private readonly lowered: (string | undefined)[];
  private readonly units: (PassageUnit[] | undefined)[];

  constructor(readonly markdown: string) {
    this.chunks = markdownChunks(markdown);
    this.lowered = new Array(this.chunks.length);
    this.units = new Array(this.chunks.length);
  }

  lowerChunk(index: number): string {
    return (this.lowered[index] ??= this.chunks[index]!.toLowerCase());
  }

  unitsOf(index: number): PassageUnit[] {
    return (this.units[index] ??= passageUnits(this.chunks[index]!));
  }

  private openingText: string | undefined;

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

  constructor(private readonly budget = DEFAULT_BUDGET) {}

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

/**
 * The Markdown a passage is cut from, prepared once per article instead of once per search: cut
 * into chunks, lowercased for ranking them, and each chunk lexed into passage units (with their
 * lowercased text) only when a search first needs it. Searches for popular topics keep landing on
 * the same articles, and lexing is most of what a passage costs, so the recently shown articles
 * keep theirs (PassageSources, bounded).
 */
import { markdownChunkRanges, passageUnits, type PassageUnit } from '../render/passage-units.ts';
import { passageQuery, type PassageQuery } from './passage-query.ts';

/** A passage unit and its text lowercased for matching (the text itself when lowercasing would change its length, İ). */
export interface PreparedUnit {
  unit: PassageUnit;
  lower: string;
}

/** Between chunks in a lowercased copy that had to be made chunk by chunk: no query term contains it, so no match spans two chunks. */
const CHUNK_SEPARATOR = '\u0000';

/** A text the chunks are searched in, and where each chunk starts in it (one past the last: its length). */
interface SearchText {
  text: string;
  starts: Int32Array;
}

/**
 * True when lowercasing a text changes nothing `needle` could match: every character of it is a
 * digit, ASCII punctuation or space, or a CJK character (no case, and nothing lowercases to one).
 */
function isCaseless(needle: string): boolean {
  for (let i = 0; i < needle.length; i++) {
    const code = needle.charCodeAt(i);
    if (code < 0x80 ? (code | 32) >= 97 && (code | 32) <= 122 : code < 0x2e80 || code > 0x9fff) return false;
  }
  return true;
}

export class PassageSource {
  readonly chunks: readonly string[];
  /** The Markdown itself, with where each chunk starts in it: what caseless needles are found in. */
  private readonly raw: SearchText;
  /** The lowercased text, made when a needle with case first asks. */
  private lowered: SearchText | undefined;
  private readonly units: (PreparedUnit[] | undefined)[];
  private openingText: string | undefined;

  constructor(readonly markdown: string) {
    const { chunks, starts } = markdownChunkRanges(markdown);
    this.chunks = chunks;
    const rawStarts = new Int32Array(chunks.length + 1);
    rawStarts.set(starts);
    rawStarts[chunks.length] = markdown.length;
    // A needle has no line break, so none can match in the blank lines between chunks: each match
    // in the Markdown lies inside one chunk's lines.
    this.raw = { text: markdown, starts: rawStarts };
    this.units = new Array(chunks.length);
  }

  /** The first chunk from `from` on whose lowercased text contains `needle`, or -1: one indexOf. */
  nextChunkWith(needle: string, from: number): number {
    if (from >= this.chunks.length) return -1;
    const { text, starts } = isCaseless(needle) ? this.raw : (this.lowered ??= this.lowercased());
    const at = text.indexOf(needle, starts[from]);
    return at === -1 ? -1 : chunkAt(starts, this.chunks.length, at);
  }

  /**
   * The Markdown lowercased in one call, keeping the chunks' offsets; chunk by chunk, joined by
   * CHUNK_SEPARATOR, where lowercasing changes lengths (İ).
   */
  private lowercased(): SearchText {
    const lowered = this.markdown.toLowerCase();
    if (lowered.length === this.markdown.length) return { text: lowered, starts: this.raw.starts };
    const parts = this.chunks.map((chunk) => chunk.toLowerCase());
    const starts = new Int32Array(parts.length + 1);
    let at = 0;
    parts.forEach((part, index) => {
      starts[index] = at;
      at += part.length + CHUNK_SEPARATOR.length;
    });
    starts[parts.length] = at;
    return { text: parts.join(CHUNK_SEPARATOR), starts };
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
 * Library: a reload that changes articles starts a new one. Kept by the article object itself (and
 * which of its texts): an article that changes is a new object, so a kept source is never stale,
 * and finding one costs a lookup, not the article's text put together and compared.
 */
export class PassageSources {
  /** Map order is use order: an owner found is moved to the end, the oldest is first. */
  private readonly entries = new Map<object, Map<string, PassageSource>>();
  private size = 0;

  /** The last query's words: a page of results asks for them once per hit. */
  private lastQuery: { text: string; words: PassageQuery } | null = null;

  constructor(private readonly budget = DEFAULT_BUDGET) {}

  /** passageQuery(text), remembered for the next call with the same text. */
  query(text: string): PassageQuery {
    if (this.lastQuery?.text !== text) this.lastQuery = { text, words: passageQuery(text) };
    return this.lastQuery.words;
  }

  /** The prepared `part` of `owner` (an article, and which of its texts), if it is kept. */
  get(owner: object, part: string): PassageSource | undefined {
    const parts = this.entries.get(owner);
    const known = parts?.get(part);
    if (parts && known) {
      this.entries.delete(owner);
      this.entries.set(owner, parts);
    }
    return known;
  }

  /** `markdown` prepared as `owner`'s `part`, kept unless larger than the whole budget. */
  add(owner: object, part: string, markdown: string): PassageSource {
    const source = new PassageSource(markdown);
    if (markdown.length > this.budget) return source;
    const parts = this.entries.get(owner) ?? new Map<string, PassageSource>();
    const replaced = parts.get(part);
    if (replaced) this.size -= replaced.markdown.length;
    parts.set(part, source);
    this.entries.delete(owner);
    this.entries.set(owner, parts);
    this.size += markdown.length;
    for (const [oldOwner, oldParts] of this.entries) {
      if (this.size <= this.budget || oldOwner === owner) break;
      this.entries.delete(oldOwner);
      for (const old of oldParts.values()) this.size -= old.markdown.length;
    }
    return source;
  }

  /** Sources kept, for tests. */
  get count(): number {
    let count = 0;
    for (const parts of this.entries.values()) count += parts.size;
    return count;
  }
}

/** The chunk `offset` lies in, by the chunks' starts. */
function chunkAt(starts: Int32Array, count: number, offset: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

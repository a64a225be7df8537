/**
 * Autocomplete over titles and aliases (Discord allows at most 25 choices): title prefixes, then
 * name prefixes, then word starts, then anywhere; newest first within each class.
 *
 * Prefix classes binary-search sorted arrays of keys; "anywhere" intersects the runs of the input's
 * character pairs in one sorted array of (pair, position). Positions are newest-first ranks, so a
 * range of them is read in order from a bitset rather than sorted, and each class can stop at the
 * limit. A class whose range is a large share of all names (one letter, say) is cheaper to find by
 * walking entries newest first until enough match.
 */
import { END, gallop, pairKey, POSITIONS, PositionMarks, SortedKeys } from './complete/sorted.ts';
import { lowerBound } from './engine/sorted-search.ts';
import { sortSteps } from './engine/gradual.ts';
import { sortedFloat64 } from './engine/typos.ts';
import { byNewest, type NameEntry } from './names.ts';
import { compactForm, phraseForm } from './text.ts';

export const MAX_COMPLETIONS = 25;

export function clampCompletionLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return MAX_COMPLETIONS;
  return Math.max(0, Math.min(MAX_COMPLETIONS, Math.floor(limit)));
}

/** A prefix range bigger than this share of the entries is walked newest first instead of marked. */
const WALK_SHARE = 1 / 32;
/** A single unit with more pairs than this share of the entries is common enough to walk for. */
const SINGLE_UNIT_SHARE = 1 / 4;

export class CompletionTable {
  private readonly entries: readonly NameEntry[];
  private readonly byDoc: Map<number, NameEntry>;
  private readonly titles: SortedKeys;
  private readonly names: SortedKeys;
  /** The rest of a spaced name after each space: word starts inside names. */
  private readonly wordStarts: SortedKeys;
  /** Every (character pair, position) of the compact names, packed and sorted: a pair's positions are one ascending run. */
  private readonly pairs: Float64Array;
  /** One bit per position, set for a range's positions so that they are read newest first without sorting; all clear between calls. */
  private readonly marks: PositionMarks;
  /** Positions already offered in the current call: `takenIn[position] === call`. Reused, so a call allocates no set of them. */
  private readonly takenIn: Int32Array;
  private call = 0;

  private constructor(parts: { entries: NameEntry[]; titles: SortedKeys; names: SortedKeys; wordStarts: SortedKeys; pairs: Float64Array }) {
    this.entries = parts.entries;
    this.byDoc = new Map(parts.entries.map((entry) => [entry.index, entry]));
    this.titles = parts.titles;
    this.names = parts.names;
    this.wordStarts = parts.wordStarts;
    this.pairs = parts.pairs;
    this.marks = new PositionMarks(parts.entries.length);
    this.takenIn = new Int32Array(parts.entries.length);
  }

  /** Built a slice at a time (see engine/gradual.ts). */
  static *build(unsorted: readonly NameEntry[]): Generator<void, CompletionTable> {
    const entries = yield* sortSteps(unsorted, byNewest);
    const titles: [string, number][] = [];
    const names: [string, number][] = [];
    const wordStarts: [string, number][] = [];
    const pairs: number[] = [];
    for (let position = 0; position < entries.length; position++) {
      const entry = entries[position]!;
      titles.push([entry.titleCompact, position]);
      for (const name of entry.compactNames) {
        names.push([name, position]);
        for (let i = 0; i < name.length; i++) {
          pairs.push(pairKey(name.charCodeAt(i), i + 1 < name.length ? name.charCodeAt(i + 1) : END) * POSITIONS + position);
        }
      }
      for (const spaced of entry.keySpaced.split('\n')) {
        for (let at = spaced.indexOf(' '); at !== -1; at = spaced.indexOf(' ', at + 1)) wordStarts.push([spaced.slice(at + 1), position]);
      }
      if ((position & 1023) === 1023) yield;
    }
    const packed = yield* sortedFloat64(Float64Array.from(pairs));
    return new CompletionTable({
      entries,
      titles: yield* SortedKeys.build(titles),
      names: yield* SortedKeys.build(names),
      wordStarts: yield* SortedKeys.build(wordStarts),
      pairs: packed,
    });
  }

  entryOf(doc: number): NameEntry | undefined {
    return this.byDoc.get(doc);
  }

  /** Documents matching `query`, best class first, newest first within each. */
  complete(query: string, limit: number, visible: (doc: number) => boolean): number[] {
    if (limit <= 0) return [];
    const compact = compactForm(query);
    const chosen: number[] = [];
    if (compact === '') {
      // The newest names: each position comes once, so nothing needs remembering (the first ones
      // may be thousands of articles not yet published).
      for (let position = 0; position < this.entries.length && chosen.length < limit; position++) {
        const doc = this.entries[position]!.index;
        if (visible(doc)) chosen.push(doc);
      }
      return chosen;
    }
    if (this.call === 0x7fffffff) {
      this.takenIn.fill(0);
      this.call = 0;
    }
    const call = ++this.call;
    const takenIn = this.takenIn;
    const take = (position: number): boolean => {
      if (takenIn[position] !== call) {
        takenIn[position] = call;
        const doc = this.entries[position]!.index;
        if (visible(doc)) chosen.push(doc);
      }
      return chosen.length < limit;
    };
    this.takePrefixed(this.titles, compact, (entry) => entry.titleCompact.startsWith(compact), take);
    if (chosen.length < limit) this.takePrefixed(this.names, compact, (entry) => entry.compactNames.some((name) => name.startsWith(compact)), take);
    const phrase = chosen.length < limit ? phraseForm(query) : '';
    if (phrase !== '') {
      const wordStart = ' ' + phrase;
      this.takePrefixed(this.wordStarts, phrase, (entry) => entry.keySpaced.includes(wordStart), take);
    }
    if (chosen.length < limit) {
      if (compact.length === 1) this.takeContaining(compact.charCodeAt(0), take);
      else this.takeAnywhere(compact, take);
    }
    return chosen;
  }

  private takePrefixed(keys: SortedKeys, prefix: string, matches: (entry: NameEntry) => boolean, take: (position: number) => boolean): void {
    const [from, to] = keys.range(prefix);
    if (from === to) return;
    if (to - from > this.entries.length * WALK_SHARE) {
      this.walk(matches, take);
      return;
    }
    const positions = keys.positions;
    for (let at = from; at < to; at++) this.marks.mark(positions[at]!);
    this.marks.drain(take);
  }

  /** Names holding one UTF-16 unit: its pairs are one run, sorted by the unit after it rather than by position. */
  private takeContaining(unit: number, take: (position: number) => boolean): void {
    const pairs = this.pairs;
    const from = lowerBound(pairs, pairKey(unit, 0) * POSITIONS);
    const to = lowerBound(pairs, pairKey(unit + 1, 0) * POSITIONS, from);
    if (from === to) return;
    if (to - from > this.entries.length * SINGLE_UNIT_SHARE) {
      const char = String.fromCharCode(unit);
      this.walk((entry) => entry.keyCompact.includes(char), take);
      return;
    }
    for (let at = from; at < to; at++) this.marks.mark(pairs[at]! % POSITIONS);
    this.marks.drain(take);
  }

  /**
   * Names containing `compact` (two units or more) anywhere: the positions of its rarest
   * character pair, newest first, kept if every other pair of it has the position too, then checked.
   */
  private takeAnywhere(compact: string, take: (position: number) => boolean): void {
    const pairs = this.pairs;
    const found: { base: number; from: number; to: number }[] = [];
    for (let i = 0; i + 1 < compact.length; i++) {
      const base = pairKey(compact.charCodeAt(i), compact.charCodeAt(i + 1)) * POSITIONS;
      const from = lowerBound(pairs, base);
      const to = lowerBound(pairs, base + POSITIONS, from);
      if (from === to) return;
      if (!found.some((run) => run.base === base)) found.push({ base, from, to });
    }
    found.sort((a, b) => a.to - a.from - (b.to - b.from));
    // The runs in typed arrays, not objects: the walk below then handles only unboxed numbers and
    // allocates nothing per candidate (a boxed double per look-up made the young-generation
    // collections that set the autocomplete's p99 at 100,000 names).
    const count = found.length;
    const bases = Float64Array.from(found, (run) => run.base);
    const ends = Int32Array.from(found, (run) => run.to);
    // Each run's cursor only moves forward, as the candidates come in ascending positions.
    const cursors = Int32Array.from(found, (run) => run.from);
    const rarestBase = bases[0]!;
    const rarestEnd = ends[0]!;
    let previous = -1;
    candidates: for (let at = cursors[0]!; at < rarestEnd; at++) {
      const position = (pairs[at]! - rarestBase) | 0;
      if (position === previous) continue;
      previous = position;
      for (let r = 1; r < count; r++) {
        const base = bases[r]!;
        let cursor = cursors[r]!;
        if (pairs[cursor]! - base < position) {
          cursor = cursors[r] = gallop(pairs, cursor, ends[r]!, base, position);
          // Later candidates are higher still: none can be in this run.
          if (cursor === ends[r]) return;
        }
        if (pairs[cursor]! - base !== position) {
          // Pairs next to the rarest one mostly come with it (the same word): the run that rejects moves up, so rejections come after fewer look-ups.
          if (r > 1) {
            bases[r] = bases[r - 1]!;
            bases[r - 1] = base;
            const end = ends[r]!;
            ends[r] = ends[r - 1]!;
            ends[r - 1] = end;
            cursors[r] = cursors[r - 1]!;
            cursors[r - 1] = cursor;
          }
          continue candidates;
        }
      }
      if (this.entries[position]!.keyCompact.includes(compact) && !take(position)) return;
    }
  }

  private walk(matches: (entry: NameEntry) => boolean, take: (position: number) => boolean): void {
    for (let position = 0; position < this.entries.length; position++) {
      if (matches(this.entries[position]!) && !take(position)) return;
    }
  }
}

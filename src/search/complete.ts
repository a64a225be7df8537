/**
 * Autocomplete over titles and aliases (Discord allows at most 25 choices): title prefixes, then
 * name prefixes, then word starts, then anywhere; newest first within each class.
 *
 * Prefix classes binary-search sorted arrays of keys; "anywhere" starts from the rarest character
 * pair of the input in a map from pair to entries. A class whose range is a large share of all
 * names (one letter, say) is cheaper to find by walking entries newest first until enough match.
 */
import { sortSteps } from './engine/gradual.ts';
import { sortedFloat64 } from './engine/typos.ts';
import { byNewest, type NameEntry } from './names.ts';
import { compactForm, phraseForm } from './text.ts';

export const MAX_COMPLETIONS = 25;

export function clampCompletionLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return MAX_COMPLETIONS;
  return Math.max(0, Math.min(MAX_COMPLETIONS, Math.floor(limit)));
}

/** Keys sorted for prefix search, each with the position (newest-first rank) of its entry. */
class SortedKeys {
  readonly keys: string[];
  readonly positions: Int32Array;

  private constructor(keys: string[], positions: Int32Array) {
    this.keys = keys;
    this.positions = positions;
  }

  static *build(pairs: [string, number][]): Generator<void, SortedKeys> {
    const sorted = yield* sortSteps(pairs, (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    return new SortedKeys(
      sorted.map((pair) => pair[0]),
      Int32Array.from(sorted, (pair) => pair[1]),
    );
  }

  /** Range [from, to) of keys starting with `prefix`. */
  range(prefix: string): [number, number] {
    const keys = this.keys;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (keys[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const from = low;
    high = keys.length;
    // Every key starting with the prefix sorts below prefix + U+FFFF.
    const end = prefix + '\uffff';
    while (low < high) {
      const middle = (low + high) >> 1;
      if (keys[middle]! < end) low = middle + 1;
      else high = middle;
    }
    return [from, low];
  }
}

/** A number for two UTF-16 units: no string made per pair. */
function pairKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/**
 * The second unit of the pair that ends each name. Compact forms never hold U+0000, so with it
 * every unit of a name starts a pair, and one unit's pairs are one run: single-unit inputs need no scan.
 */
const END = 0;

/** Positions fit below this; a pair's entries are `pairKey × POSITIONS + position`, sorted. */
const POSITIONS = 2 ** 20;

/** First index in [low, high) whose value is not below `target`. */
function lowerBound(values: Float64Array, target: number, low = 0, high = values.length): number {
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * lowerBound from a cursor known to be below `target`, in steps doubling from it: a run is
 * checked for ascending candidates in time growing with the gaps between them, not its length.
 */
function gallop(values: Float64Array, below: number, high: number, target: number): number {
  let step = 1;
  let bound = below + 1;
  while (bound < high && values[bound]! < target) {
    below = bound;
    step *= 2;
    bound = below + step;
  }
  return lowerBound(values, target, below + 1, Math.min(bound, high));
}

/** A range bigger than this share of the entries is walked newest first instead of sorted. */
const WALK_SHARE = 1 / 32;

export class CompletionTable {
  private readonly entries: readonly NameEntry[];
  private readonly byDoc: Map<number, NameEntry>;
  private readonly titles: SortedKeys;
  private readonly names: SortedKeys;
  /** The rest of a spaced name after each space: word starts inside names. */
  private readonly wordStarts: SortedKeys;
  /** Every (character pair, position) of the compact names, packed and sorted: a pair's positions are one ascending run. */
  private readonly pairs: Float64Array;
  /** Positions of one unit's pairs, sorted in place: fewer than would make walking all entries cheaper. */
  private readonly scratch: Int32Array;

  private constructor(parts: { entries: NameEntry[]; titles: SortedKeys; names: SortedKeys; wordStarts: SortedKeys; pairs: Float64Array }) {
    this.entries = parts.entries;
    this.byDoc = new Map(parts.entries.map((entry) => [entry.index, entry]));
    this.titles = parts.titles;
    this.names = parts.names;
    this.wordStarts = parts.wordStarts;
    this.pairs = parts.pairs;
    this.scratch = new Int32Array(Math.floor(parts.entries.length * WALK_SHARE));
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
    const taken = new Set<number>();
    const take = (position: number): boolean => {
      if (!taken.has(position)) {
        taken.add(position);
        const doc = this.entries[position]!.index;
        if (visible(doc)) chosen.push(doc);
      }
      return chosen.length < limit;
    };
    if (compact === '') {
      for (let position = 0; position < this.entries.length; position++) {
        if (!take(position)) break;
      }
      return chosen;
    }
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
    const positions = keys.positions.slice(from, to).sort();
    for (const position of positions) if (!take(position)) return;
  }

  /** Names holding one UTF-16 unit: its pairs are one run, sorted by the unit after it rather than by position. */
  private takeContaining(unit: number, take: (position: number) => boolean): void {
    const pairs = this.pairs;
    const from = lowerBound(pairs, pairKey(unit, 0) * POSITIONS);
    const to = lowerBound(pairs, pairKey(unit + 1, 0) * POSITIONS, from);
    if (from === to) return;
    if (to - from > this.scratch.length) {
      const char = String.fromCharCode(unit);
      this.walk((entry) => entry.keyCompact.includes(char), take);
      return;
    }
    const positions = this.scratch.subarray(0, to - from);
    for (let at = from; at < to; at++) positions[at - from] = pairs[at]! % POSITIONS;
    positions.sort();
    let previous = -1;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      if (position !== previous && !take(position)) return;
      previous = position;
    }
  }

  /**
   * Names containing `compact` (two units or more) anywhere: the positions of its rarest
   * character pair, newest first, kept if every other pair of it has the position too, then checked.
   */
  private takeAnywhere(compact: string, take: (position: number) => boolean): void {
    const pairs = this.pairs;
    const runs: { base: number; from: number; to: number }[] = [];
    for (let i = 0; i + 1 < compact.length; i++) {
      const base = pairKey(compact.charCodeAt(i), compact.charCodeAt(i + 1)) * POSITIONS;
      const from = lowerBound(pairs, base);
      const to = lowerBound(pairs, base + POSITIONS, from);
      if (from === to) return;
      if (!runs.some((run) => run.base === base)) runs.push({ base, from, to });
    }
    runs.sort((a, b) => a.to - a.from - (b.to - b.from));
    const rarest = runs[0]!;
    // Each other run's cursor only moves forward, as the candidates come in ascending positions.
    const cursors = runs.map((run) => run.from);
    let previous = -1;
    candidates: for (let at = rarest.from; at < rarest.to; at++) {
      const position = pairs[at]! - rarest.base;
      if (position === previous) continue;
      previous = position;
      for (let r = 1; r < runs.length; r++) {
        const run = runs[r]!;
        const target = run.base + position;
        let cursor = cursors[r]!;
        if (pairs[cursor]! < target) {
          cursor = cursors[r] = gallop(pairs, cursor, run.to, target);
          // Later candidates are higher still: none can be in this run.
          if (cursor === run.to) return;
        }
        if (pairs[cursor] !== target) continue candidates;
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

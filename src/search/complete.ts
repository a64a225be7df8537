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

/** A number for the two UTF-16 units of `text` at `at`: no string made per pair. */
function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** Positions fit below this; a pair's entries are `pairKey × POSITIONS + position`, sorted. */
const POSITIONS = 2 ** 20;

function lowerBound(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
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

  private constructor(parts: { entries: NameEntry[]; titles: SortedKeys; names: SortedKeys; wordStarts: SortedKeys; pairs: Float64Array }) {
    this.entries = parts.entries;
    this.byDoc = new Map(parts.entries.map((entry) => [entry.index, entry]));
    this.titles = parts.titles;
    this.names = parts.names;
    this.wordStarts = parts.wordStarts;
    this.pairs = parts.pairs;
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
        for (let i = 0; i + 1 < name.length; i++) pairs.push(pairKey(name, i) * POSITIONS + position);
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
    const phrase = phraseForm(query);
    const steps: (() => void)[] = [
      () => this.takePrefixed(this.titles, compact, (entry) => entry.titleCompact.startsWith(compact), take),
      () => this.takePrefixed(this.names, compact, (entry) => entry.compactNames.some((name) => name.startsWith(compact)), take),
      () => {
        if (phrase !== '') this.takePrefixed(this.wordStarts, phrase, (entry) => entry.keySpaced.includes(' ' + phrase), take);
      },
      () => this.takeAnywhere(compact, take),
    ];
    for (const step of steps) {
      if (chosen.length >= limit) break;
      step();
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

  /** Names containing `compact` anywhere: entries having its two rarest character pairs, then checked. */
  private takeAnywhere(compact: string, take: (position: number) => boolean): void {
    if (compact.length === 1) {
      this.walk((entry) => entry.keyCompact.includes(compact), take);
      return;
    }
    let ranges: [number, number][] = [];
    for (let i = 0; i + 1 < compact.length; i++) {
      const range = this.pairRange(pairKey(compact, i));
      if (range[0] === range[1]) return;
      ranges.push(range);
    }
    ranges = ranges.sort((a, b) => a[1] - a[0] - (b[1] - b[0])).slice(0, 2);
    const pairs = this.pairs;
    const [[from, to], next] = ranges as [[number, number], [number, number] | undefined];
    let other = next ? next[0] : 0;
    for (let at = from; at < to; at++) {
      const position = pairs[at]! % POSITIONS;
      if (next) {
        while (other < next[1] && pairs[other]! % POSITIONS < position) other++;
        if (other === next[1]) return;
        if (pairs[other]! % POSITIONS !== position) continue;
      }
      if (this.entries[position]!.compactNames.some((name) => name.includes(compact)) && !take(position)) return;
    }
  }

  /** Where the entries of one character pair lie in `pairs`. */
  private pairRange(key: number): [number, number] {
    return [lowerBound(this.pairs, key * POSITIONS), lowerBound(this.pairs, (key + 1) * POSITIONS)];
  }

  private walk(matches: (entry: NameEntry) => boolean, take: (position: number) => boolean): void {
    for (let position = 0; position < this.entries.length; position++) {
      if (matches(this.entries[position]!) && !take(position)) return;
    }
  }
}

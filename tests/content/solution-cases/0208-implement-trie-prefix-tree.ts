import type { SolutionCases } from '../solution-harness.ts';

type Calls = [string[], string[][]];

/** Reference answers from plain sets (independent of the card's trie). */
function replay([names, params]: Calls): Array<boolean | null> {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  return names.map((name, i): boolean | null => {
    const text = params[i]![0]!;
    if (name === 'insert') {
      words.add(text);
      for (let end = 1; end <= text.length; end++) prefixes.add(text.slice(0, end));
      return null;
    }
    if (name === 'search') return words.has(text);
    if (name === 'startsWith') return prefixes.has(text);
    return null;
  });
}

/** A deterministic lowercase word of the given length. */
function word(seed: number, length: number): string {
  let out = '';
  let state = seed + 1;
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    out += String.fromCharCode(97 + (state >> 16) % 26);
  }
  return out;
}

/**
 * 3·10⁴ calls: 10⁴ inserts of words that share a 100-letter stem (stem + 8 letters), then 2·10⁴ queries that
 * all start with the stem — half prefix queries, half whole-word searches, about half of them misses.
 */
function manyWords(): Calls {
  const stem = word(1, 100);
  const names = ['Trie'];
  const params: string[][] = [[]];
  const inserted: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    inserted.push(stem + word(i + 10, 8));
    names.push('insert');
    params.push([inserted[i]!]);
  }
  for (let i = 0; names.length < 30_000; i++) {
    const source = i % 2 === 0 ? inserted[(i * 7) % inserted.length]! : stem + word(100_000 + i, 8);
    names.push(i % 4 < 2 ? 'startsWith' : 'search');
    params.push([i % 4 < 2 ? source.slice(0, 102 + (i % 6)) : source]);
  }
  return [names, params];
}

/** 300 words of the maximum length 2000 sharing long prefixes, then queries of 1700–2000 letters. */
function longWords(): Calls {
  const base = word(7, 2_000);
  const names = ['Trie'];
  const params: string[][] = [[]];
  for (let i = 0; i < 300; i++) {
    names.push('insert');
    params.push([base.slice(0, 1_999 - i) + String.fromCharCode(97 + (i % 26))]);
  }
  for (let i = 0; names.length < 5_000; i++) {
    const probe = base.slice(0, 1_700 + (i % 300));
    names.push(i % 2 === 0 ? 'startsWith' : 'search');
    params.push([i % 3 === 0 ? probe + 'z' : probe]);
  }
  return [names, params];
}

const example: Calls = [
  ['Trie', 'insert', 'search', 'search', 'startsWith', 'insert', 'search'],
  [[], ['apple'], ['apple'], ['app'], ['app'], ['app'], ['app']],
];
const many = manyWords();
const long = longWords();

export default {
  entry: 'Trie',
  design: true,
  cases: [
    { args: example, expected: [null, null, true, false, true, null, true] },
    {
      name: 'a word is not a prefix of a shorter query',
      args: [['Trie', 'insert', 'search', 'startsWith', 'startsWith'], [[], ['a'], ['ab'], ['ab'], ['a']]],
      expected: [null, null, false, false, true],
    },
    {
      name: 'inserting twice and sharing prefixes',
      args: [['Trie', 'insert', 'insert', 'insert', 'search', 'search', 'startsWith', 'search'], [[], ['car'], ['cart'], ['car'], ['car'], ['ca'], ['cart'], ['carts']]],
      expected: [null, null, null, null, true, false, true, false],
    },
    {
      name: 'queries before any insert',
      args: [['Trie', 'search', 'startsWith', 'insert', 'startsWith'], [[], ['z'], ['z'], ['z'], ['z']]],
      expected: [null, false, false, null, true],
    },
    {
      name: 'branches do not leak into each other',
      args: [['Trie', 'insert', 'insert', 'search', 'search', 'startsWith', 'startsWith'], [[], ['abc'], ['abd'], ['abd'], ['abe'], ['abe'], ['ab']]],
      expected: [null, null, null, true, false, false, true],
    },
    // 3·10⁴ calls (the maximum) over 10⁴ stored words: O(L) per call is ~3·10⁶ character steps in total, plus
    // ~6·10⁴ node allocations (measured 100–300 ms on a busy machine). Keeping a word list and scanning it per
    // query is O(N·L) per call: 2·10⁸ word comparisons, each over the 100-letter stem, and misses 1.5 s.
    { name: 'max calls, 10⁴ words with a shared 100-letter stem', args: many, expected: replay(many), timeoutMs: 1_500 },
    // Words and queries of up to the maximum length 2000 (5000 calls, ≤ 10⁷ letters walked): checks long walks
    // rather than speed; 2 s only fails a hang.
    { name: 'max length words with long shared prefixes', args: long, expected: replay(long), timeoutMs: 2_000 },
  ],
} satisfies SolutionCases;

/**
 * The fixed query sets the latency figures are measured over. The mix is a guess at what a study
 * community types: mostly one or two Chinese terms, English terms (some misspelt), titles,
 * LeetCode numbers, a few things that match nothing, and a few pasted sentences.
 */
import { substream } from './random.ts';
import { CHINESE_CHARS, CHINESE_TERMS, ENGLISH_TERMS } from './vocabulary.ts';

export interface QuerySets {
  search: string[];
  /** What kind of query each of `search` is, for latency by kind. */
  searchKinds: SearchKind[];
  /** What a member has typed so far into /card's query box. */
  complete: string[];
}

/** Shares of the search set; the rest are single Chinese terms. */
const SEARCH_MIX: readonly [kind: SearchKind, share: number][] = [
  ['two-chinese', 0.15],
  ['english', 0.15],
  ['mixed', 0.1],
  ['english-typo', 0.1],
  ['title', 0.08],
  ['number', 0.04],
  ['no-match', 0.04],
  ['long', 0.04],
];
export type SearchKind = 'one-chinese' | 'two-chinese' | 'english' | 'mixed' | 'english-typo' | 'title' | 'number' | 'no-match' | 'long';

function withTypo(word: string, roll: number, position: number): string {
  const i = Math.min(word.length - 2, Math.max(1, position));
  if (roll < 0.25) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (roll < 0.5) return word.slice(0, i) + word.slice(i + 1);
  if (roll < 0.75) return word.slice(0, i) + 'x' + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}

/**
 * @param titles a spread of real titles from the corpus (with their LeetCode numbers, if any)
 */
export function buildQuerySets(seed: number, count: number, titles: readonly { title: string; aliases: readonly string[] }[]): QuerySets {
  const random = substream(seed, 'queries');
  const kinds: SearchKind[] = [];
  for (const [kind, share] of SEARCH_MIX) for (let i = 0; i < Math.round(share * count); i++) kinds.push(kind);
  while (kinds.length < count) kinds.push('one-chinese');
  kinds.length = count;
  const pickTitle = () => random.pick(titles);

  const searchKinds = random.sample(kinds, kinds.length);
  const search = searchKinds.map((kind): string => {
    switch (kind) {
      case 'one-chinese':
        return random.skewed(CHINESE_TERMS);
      case 'two-chinese':
        return `${random.skewed(CHINESE_TERMS)} ${random.skewed(CHINESE_TERMS)}`;
      case 'english':
        return random.chance(0.5) ? random.skewed(ENGLISH_TERMS) : `${random.skewed(ENGLISH_TERMS)} ${random.skewed(ENGLISH_TERMS)}`;
      case 'mixed':
        return `${random.skewed(CHINESE_TERMS)} ${random.skewed(ENGLISH_TERMS)}`;
      case 'english-typo': {
        const word = random.pick(ENGLISH_TERMS.filter((w) => w.length >= 5));
        return withTypo(word, random.next(), random.int(1, word.length - 2));
      }
      case 'title':
        return pickTitle().title;
      case 'number': {
        const numbered = titles.filter((t) => /^\d+\./.test(t.title));
        return numbered.length > 0 ? random.pick(numbered).title.split('.')[0]! : String(random.int(1, 3000));
      }
      case 'no-match':
        return random.chance(0.5) ? `zq${random.int(1000, 9999)}xv` : `${random.pick(CHINESE_CHARS)}龘龖${random.pick(CHINESE_CHARS)}`;
      case 'long':
        return `我想找一下关于${random.skewed(CHINESE_TERMS)}和${random.skewed(CHINESE_TERMS)}的笔记，尤其是${random.skewed(CHINESE_TERMS)}在 ${random.skewed(ENGLISH_TERMS)} 里怎么用，还有${random.skewed(CHINESE_TERMS)}的复杂度`;
    }
  });

  const complete = Array.from({ length: count }, (): string => {
    const roll = random.next();
    if (roll < 0.05) return '';
    if (roll < 0.6) {
      const title = pickTitle().title;
      return [...title].slice(0, random.int(1, 8)).join('');
    }
    if (roll < 0.75) {
      const aliases = pickTitle().aliases;
      const alias = aliases.length > 0 ? random.pick(aliases) : random.skewed(ENGLISH_TERMS);
      return alias.slice(0, random.int(2, 10));
    }
    if (roll < 0.9) return [...random.skewed(CHINESE_TERMS)].slice(0, random.int(1, 3)).join('');
    return random.skewed(ENGLISH_TERMS).slice(0, random.int(1, 5));
  });

  return { search, searchKinds, complete };
}

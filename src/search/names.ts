/** Precomputed title/alias forms, so autocomplete and "did you mean" never normalise per keystroke. */
import { phraseForm } from './text.ts';

export interface NameEntry {
  /** Position of the article in the index. */
  index: number;
  title: string;
  /** Compact form of the title. */
  titleCompact: string;
  /** Phrase forms of title then aliases, joined by "\n" (never part of a phrase form). */
  keySpaced: string;
  /** Compact forms of title then aliases, joined by "\n". */
  keyCompact: string;
  /** Compact forms of title and each alias, for edit distances. */
  compactNames: string[];
  /** For each compact name, which of 32 classes its characters fall in (characterClasses): a quick "these characters are absent". */
  characterClasses: number[];
  dateMs: number;
}

export function nameEntry(index: number, title: string, aliases: readonly string[], date: Date): NameEntry {
  const spaced = [title, ...aliases].map(phraseForm);
  const compact = spaced.map((name) => name.replace(/ /g, ''));
  const compactNames = compact.filter((name) => name !== '');
  return {
    index,
    title,
    titleCompact: compact[0] ?? '',
    keySpaced: spaced.join('\n'),
    keyCompact: compact.join('\n'),
    compactNames,
    // A plain array of small integers: a typed array per article would cost about 100 bytes more each.
    characterClasses: compactNames.map(characterClasses),
    dateMs: date.getTime(),
  };
}

/** One bit per character class (code unit mod 32) present in `text`: a bit that is not set proves the characters of that class absent. */
export function characterClasses(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= 1 << (text.charCodeAt(i) & 31);
  return bits;
}

/** Newest first; ties by title so the order does not depend on input order. */
export function byNewest(a: NameEntry, b: NameEntry): number {
  return b.dateMs - a.dateMs || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}

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

/**
 * One bit for each pair of neighbouring characters in `text`, hashed to 32: a name holding a
 * phrase holds each of its pairs, so a bit of the phrase's pairs missing from a name's rules it out.
 */
export function characterPairs(text: string): number {
  let bits = 0;
  for (let i = 1; i < text.length; i++) bits |= 1 << ((Math.imul(text.charCodeAt(i - 1), 0x9e3779b1) ^ Math.imul(text.charCodeAt(i), 0x85ebca6b)) >>> 27);
  return bits;
}

/**
 * Every name of a document in two numbers (the union of their character classes, then of their
 * pairs), kept in one typed array per index: the phrase re-rank rules out most of its candidates'
 * names there, without reading each name entry.
 */
export function writeNameSketch(sketch: Int32Array, doc: number, name: NameEntry): void {
  let classes = 0;
  let pairs = 0;
  for (let index = 0; index < name.compactNames.length; index++) {
    classes |= name.characterClasses[index]!;
    pairs |= characterPairs(name.compactNames[index]!);
  }
  sketch[2 * doc] = classes;
  sketch[2 * doc + 1] = pairs;
}

/** Newest first; ties by title so the order does not depend on input order. */
export function byNewest(a: NameEntry, b: NameEntry): number {
  return b.dateMs - a.dateMs || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}

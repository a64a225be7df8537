import type { Library } from '../corpus/library.ts';
import type { Choice } from '../interactions/types.ts';
import { truncate } from '../render/index.ts';

/** Tags of published articles containing what was typed, most used first (autocomplete of a tag option). */
export function tagChoices(typed: string, now: Date, library: Library): Choice[] {
  const needle = typed.trim().toLowerCase();
  return library
    .tagCounts(now)
    .filter(({ tag }) => tag.toLowerCase().includes(needle))
    .slice(0, 25)
    .map(({ tag, count }) => ({ name: truncate(`${tag} (${count})`, 100), value: truncate(tag, 100) }));
}

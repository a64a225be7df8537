import type { BotDeps, Choice } from './types.ts';
import { truncate } from '../render/index.ts';

/** Tags of published articles containing what was typed, most used first. */
export function completeTags(typed: string, now: Date, deps: BotDeps): Choice[] {
  const needle = typed.trim().toLowerCase();
  return deps.corpus.library
    .tagCounts(now)
    .filter(({ tag }) => tag.toLowerCase().includes(needle))
    .slice(0, 25)
    .map(({ tag, count }) => ({ name: truncate(`${tag} (${count})`, 100), value: truncate(tag, 100) }));
}

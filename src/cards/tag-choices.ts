import type { Library } from '../corpus/library.ts';
import type { TagVocabulary } from '../corpus/tag-vocabulary.ts';
import type { Lang } from '../i18n.ts';
import type { Choice } from '../interactions/types.ts';
import { truncate } from '../render/index.ts';

/**
 * Tags of published articles containing what was typed, most used first (autocomplete of a tag option).
 * With the folder's vocabulary, a tag also matches its Chinese or English label and shows the label in `lang`.
 */
export function tagChoices(typed: string, now: Date, library: Library, labels?: { vocabulary: TagVocabulary; lang: Lang }): Choice[] {
  const needle = typed.trim().toLowerCase();
  const names = (tag: string) => (labels ? [tag, labels.vocabulary.label(tag, 'zh'), labels.vocabulary.label(tag, 'en')] : [tag]);
  return library
    .tagCounts(now)
    .filter(({ tag }) => names(tag).some((name) => name.toLowerCase().includes(needle)))
    .slice(0, 25)
    .map(({ tag, count }) => {
      const label = labels?.vocabulary.label(tag, labels.lang) ?? tag;
      return { name: truncate(label === tag ? `${tag} (${count})` : `${label} · ${tag} (${count})`, 100), value: truncate(tag, 100) };
    });
}

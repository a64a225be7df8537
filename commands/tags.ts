import { t } from '../src/i18n.ts';
import type { CommandDefinition } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';
import { DISCORD_LIMITS, escapeMarkdown, fitEmbed } from '../src/render/index.ts';

export const definition = {
  name: 'tags',
  description: 'Every tag with its number of articles',
  description_localizations: { 'zh-CN': '所有标签及其文章数', 'zh-TW': '所有標籤及其文章數' },
} as const satisfies CommandDefinition;

export const command = defineCommand({
  definition,
  async run(input, deps) {
    const counts = deps.corpus.library.tagCounts(input.now);
    if (counts.length === 0) return { content: t(input.lang, 'tags.none'), ephemeral: true };
    const vocabulary = deps.corpus.tags;
    // The label in the member's language beside the tag itself, which is what /search tag: takes.
    const entries = counts.map(({ tag, count }) => {
      const label = vocabulary.label(tag, input.lang);
      const code = `\`${tag.replace(/`/g, 'ˋ')}\``;
      return label === tag ? `${code} ${count}` : `${escapeMarkdown(label)} ${code} ${count}`;
    });
    // Spread over several embeds rather than cutting tags off: a big corpus has hundreds of them.
    const embeds = [];
    let current: string[] = [];
    let length = 0;
    for (const entry of entries) {
      if (length + entry.length + 3 > DISCORD_LIMITS.embedDescription - 100 && current.length > 0) {
        embeds.push(current.join(' · '));
        current = [];
        length = 0;
      }
      current.push(entry);
      length += entry.length + 3;
    }
    if (current.length > 0) embeds.push(current.join(' · '));
    const title = t(input.lang, 'tags.header', { count: counts.length });
    let budget = DISCORD_LIMITS.embedTotal - title.length;
    const fitting = [];
    for (const description of embeds) {
      if (description.length > budget) break;
      fitting.push(description);
      budget -= description.length;
    }
    return { embeds: fitting.map((description, i) => fitEmbed(i === 0 ? { title, description, color: 0x5865f2 } : { description, color: 0x5865f2 })) };
  },
});

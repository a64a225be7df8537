import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { articleListEmbed } from '../src/cards/article-embeds.ts';
import { t } from '../src/i18n.ts';
import type { CommandDefinition } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';

export const definition = {
  name: 'latest',
  description: 'The newest articles',
  description_localizations: { 'zh-CN': '最新发布的文章', 'zh-TW': '最新發布的文章' },
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'count',
      description: 'How many (1–10, default 5)',
      description_localizations: { 'zh-CN': '显示几篇（1–10，默认 5）', 'zh-TW': '顯示幾篇（1–10，預設 5）' },
      required: false,
      min_value: 1,
      max_value: 10,
    },
  ],
} as const satisfies CommandDefinition;

export const command = defineCommand({
  definition,
  async run(input, deps) {
    const requested = input.options.count ?? 5;
    const count = Math.min(10, Math.max(1, requested));
    const articles = deps.corpus.library.visible(input.now).slice(0, count);
    if (articles.length === 0) return { content: t(input.lang, 'latest.none'), ephemeral: true };
    return {
      embeds: [
        articleListEmbed(t(input.lang, 'latest.header', { count: articles.length }), articles, {
          lang: input.lang,
          timezone: deps.config.timezone,
          tagLabel: (tag) => deps.corpus.tags.label(tag, input.lang),
        }),
      ],
    };
  },
});

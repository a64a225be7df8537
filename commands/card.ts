import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { cardWithFormulas, formulasButton, solutionWithFormulas } from '../src/cards/card-with-formulas.ts';
import type { Article } from '../src/corpus/types.ts';
import { t } from '../src/i18n.ts';
import type { BotDeps, CommandDefinition } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';
import { escapeMarkdown, truncate } from '../src/render/index.ts';

export const definition = {
  name: 'card',
  description: 'Show one article as a study card',
  description_localizations: { 'zh-CN': '以学习卡片显示一篇文章', 'zh-TW': '以學習卡片顯示一篇文章' },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'query',
      description: 'Title of the article (suggestions appear as you type)',
      description_localizations: { 'zh-CN': '文章标题（输入时会给出建议）', 'zh-TW': '文章標題（輸入時會給出建議）' },
      required: true,
      autocomplete: true,
      max_length: 200,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'hide',
      description: 'Only you see the answer',
      description_localizations: { 'zh-CN': '只有你能看到回复', 'zh-TW': '只有你能看到回覆' },
      required: false,
    },
  ],
} as const satisfies CommandDefinition;

function findArticle(query: string, now: Date, deps: BotDeps): Article | undefined {
  const library = deps.corpus.library;
  const exact = library.visibleById(query, now);
  if (exact) return exact;
  const lowered = query.toLowerCase();
  const visible = library.visible(now);
  const byTitle = visible.find((a) => a.title.toLowerCase() === lowered || a.aliases.some((alias) => alias.toLowerCase() === lowered));
  if (byTitle) return byTitle;
  const best = library.search.search(query, { limit: 1, filter: library.visibilityFilter(now) }).hits[0];
  return best ? library.byId.get(best.id) : undefined;
}

export const command = defineCommand({
  definition,
  private: (options) => options.hide === true,
  async run(input, deps) {
    const query = input.options.query.trim();
    const article = query ? findArticle(query, input.now, deps) : undefined;
    if (!article) {
      const library = deps.corpus.library;
      const suggestions = query ? library.search.suggest(query, 3, library.visibilityFilter(input.now)) : [];
      const lines = [t(input.lang, 'card.notFound', { query: escapeMarkdown(truncate(query, 100)) })];
      const titles = suggestions.map((id) => library.byId.get(id)?.title).filter((title) => title !== undefined);
      if (titles.length > 0) lines.push(t(input.lang, 'search.didYouMean'), ...titles.map((title) => `• ${escapeMarkdown(truncate(title, 200))}`));
      return { content: lines.join('\n'), ephemeral: true };
    }
    const card = await cardWithFormulas(
      article,
      { lang: input.lang, timezone: deps.config.timezone, tagLabel: (tag) => deps.corpus.tags.label(tag, input.lang) },
      deps.formulas,
    );
    return { ...card, ephemeral: input.options.hide === true };
  },
  async autocomplete(input, deps) {
    const library = deps.corpus.library;
    return library.search
      .complete(input.focused.value, 25, library.visibilityFilter(input.now))
      .map((choice) => ({ name: truncate(choice.title, 100), value: choice.id }));
  },
  components: {
    async solution(input, deps) {
      const article = deps.corpus.library.visibleById(input.button.articleId, input.now);
      if (!article?.leetcode) return { kind: 'reply', content: t(input.lang, 'error.unknownArticle'), ephemeral: true };
      return { kind: 'reply', ...(await solutionWithFormulas(article, input.lang, deps.formulas)) };
    },
    async formulas(input, deps) {
      const article = deps.corpus.library.visibleById(input.button.articleId, input.now);
      return formulasButton(article, input.button, input.lang, deps.formulas);
    },
  },
});

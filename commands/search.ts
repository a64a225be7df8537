import { ApplicationCommandOptionType, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { inlineTag, searchHitEmbed } from '../src/cards/article-embeds.ts';
import { searchHitPassage } from '../src/cards/search-passage.ts';
import { t } from '../src/i18n.ts';
import type { ActionRow, BotDeps, Reply, CommandDefinition } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';
import { escapeMarkdown, fitEmbedsTogether, truncate } from '../src/render/index.ts';
import { safeCutIndex } from '../src/render/unicode.ts';
import { tagChoices } from '../src/cards/tag-choices.ts';
import { StoreUnavailableError } from '../src/store/key-value-store.ts';
import { encodeButtonId, fitsCustomId, type SearchState } from '../src/interactions/custom-ids.ts';

const PAGE_SIZE = 5;
export const MAX_QUERY_LENGTH = 200;

export const definition = {
  name: 'search',
  description: 'Search the notes and LeetCode cards',
  description_localizations: { 'zh-CN': '搜索笔记和 LeetCode 卡片', 'zh-TW': '搜尋筆記和 LeetCode 卡片' },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'query',
      description: 'Words to find, in Chinese or English',
      description_localizations: { 'zh-CN': '要查找的内容，中文或英文', 'zh-TW': '要查找的內容，中文或英文' },
      required: true,
      max_length: MAX_QUERY_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'tag',
      description: 'Only articles with this tag',
      description_localizations: { 'zh-CN': '只搜索带此标签的文章', 'zh-TW': '只搜尋帶此標籤的文章' },
      required: false,
      autocomplete: true,
    },
  ],
} as const satisfies CommandDefinition;

interface SearchRequest {
  query: string;
  tag: string | null;
  offset: number;
  ownerId: string;
}

/** One page of results; the paging buttons carry everything needed to render the next one. */
async function searchPage(request: SearchRequest, input: { lang: 'zh' | 'en'; now: Date }, deps: BotDeps): Promise<Reply> {
  const { lang, now } = input;
  const library = deps.corpus.library;
  const filter = library.visibilityFilter(now);
  const page = library.search.search(request.query, { tag: request.tag ?? undefined, limit: PAGE_SIZE, offset: request.offset, filter });
  const shownQuery = escapeMarkdown(truncate(request.query, 100));
  if (page.indexing) return { content: t(lang, 'search.indexing', { seconds: page.indexing.etaSeconds }), ephemeral: true };

  if (page.total === 0 || page.hits.length === 0) {
    const suggestions = library.search
      .suggest(request.query, 3, filter)
      .map((id) => library.byId.get(id))
      .filter((a) => a !== undefined);
    const lines = [t(lang, 'search.none', { query: shownQuery }) + (request.tag ? t(lang, 'search.tagFilter', { tag: inlineTag(request.tag) }) : '')];
    if (suggestions.length > 0) {
      lines.push(t(lang, 'search.didYouMean'), ...suggestions.map((a) => `• ${escapeMarkdown(truncate(a.title, 200))}`));
    }
    return { content: lines.join('\n'), ephemeral: true };
  }

  const context = { lang, timezone: deps.config.timezone, tagLabel: (tag: string) => deps.corpus.tags.label(tag, lang) };
  // Five hits share one message's 6000 characters; articles with long titles or many tags exceed that.
  const embeds = fitEmbedsTogether(
    page.hits.flatMap((hit) => {
      const article = library.byId.get(hit.id);
      return article ? [searchHitEmbed(article, searchHitPassage(article, request.query, lang, library.passages, hit.corrections), context)] : [];
    }),
  );
  const header =
    t(lang, 'search.header', { query: shownQuery, from: request.offset + 1, to: request.offset + page.hits.length, total: page.total }) +
    (request.tag ? t(lang, 'search.tagFilter', { tag: inlineTag(request.tag) }) : '');

  const buttons = [];
  if (request.offset > 0) buttons.push({ offset: Math.max(0, request.offset - PAGE_SIZE), label: t(lang, 'search.previous') });
  if (request.offset + PAGE_SIZE < page.total) buttons.push({ offset: request.offset + PAGE_SIZE, label: t(lang, 'search.next') });
  const components: ActionRow[] = [];
  const state = buttons.length > 0 ? await stateFor(request, deps) : null;
  if (state !== null) {
    components.push({
      type: ComponentType.ActionRow,
      components: buttons.map((button) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: button.label,
        custom_id: encodeButtonId({ kind: 'search', ownerId: request.ownerId, offset: button.offset, state }),
      })),
    });
  }
  return { content: header, embeds, components };
}

/**
 * Short queries travel in the custom_id itself; long ones are stashed in the store under a hash.
 * Null while the store is down: the results are still worth showing, just without paging.
 */
async function stateFor(request: SearchRequest, deps: BotDeps): Promise<SearchState | null> {
  const inline: SearchState = { stashed: false, query: request.query, tag: request.tag };
  const farthest = request.offset + PAGE_SIZE;
  if (fitsCustomId({ kind: 'search', ownerId: request.ownerId, offset: farthest, state: inline })) return inline;
  try {
    return { stashed: true, key: await deps.stores.queries.put(JSON.stringify({ query: request.query, tag: request.tag })) };
  } catch (error) {
    if (error instanceof StoreUnavailableError) return null;
    throw error;
  }
}

async function unstash(state: SearchState, deps: BotDeps): Promise<{ query: string; tag: string | null } | null> {
  if (!state.stashed) return state;
  const stored = await deps.stores.queries.get(state.key);
  if (!stored) return null;
  const parsed = JSON.parse(stored) as { query: string; tag: string | null };
  return { query: parsed.query, tag: parsed.tag };
}

export const command = defineCommand({
  definition,
  async run(input, deps) {
    const typed = input.options.query.trim();
    // Never half of a surrogate pair: the query is shown, stored and carried in custom ids.
    const query = typed.slice(0, safeCutIndex(typed, MAX_QUERY_LENGTH));
    if (!query) return { content: t(input.lang, 'search.empty'), ephemeral: true };
    const tagOption = input.options.tag?.trim() ?? '';
    return searchPage({ query, tag: tagOption || null, offset: 0, ownerId: input.user.id }, input, deps);
  },
  async autocomplete(input, deps) {
    return tagChoices(input.focused.value, input.now, deps.corpus.library, { vocabulary: deps.corpus.tags, lang: input.lang });
  },
  components: {
    async search(input, deps) {
      const { ownerId, offset, state: carried } = input.button;
      if (ownerId !== input.user.id) return { kind: 'reply', content: t(input.lang, 'error.notYourButton'), ephemeral: true };
      let state;
      try {
        state = await unstash(carried, deps);
      } catch {
        state = null;
      }
      if (!state || !state.query.trim()) return { kind: 'reply', content: t(input.lang, 'error.expired'), ephemeral: true };
      const reply = await searchPage({ ...state, offset, ownerId }, input, deps);
      return reply.ephemeral ? { kind: 'reply', ...reply } : { kind: 'update', ...reply };
    },
  },
});

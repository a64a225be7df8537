import { ApplicationCommandOptionType, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { inlineTag } from '../src/cards/article-embeds.ts';
import { cardReply } from '../src/cards/card-replies.ts';
import type { Article } from '../src/corpus/types.ts';
import { t, type Lang } from '../src/i18n.ts';
import type { BotDeps, Reply, CommandDefinition } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';
import { tagChoices } from '../src/cards/tag-choices.ts';
import { cardToken, encodeButtonId, fitsCustomId, type RandomTag } from '../src/interactions/custom-ids.ts';

export const definition = {
  name: 'random',
  description: 'A random article to study',
  description_localizations: { 'zh-CN': '随机来一篇文章', 'zh-TW': '隨機來一篇文章' },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'tag',
      description: 'Only articles with this tag',
      description_localizations: { 'zh-CN': '只从带此标签的文章中选', 'zh-TW': '只從帶此標籤的文章中選' },
      required: false,
      autocomplete: true,
    },
  ],
} as const satisfies CommandDefinition;

/** The tag as the button carries it: itself when that fits, else a digest of it. */
function tagField(ownerId: string, shown: string, tag: string | null): RandomTag {
  const plain: RandomTag = { digest: false, tag };
  return fitsCustomId({ kind: 'random', ownerId, shown, tag: plain }) ? plain : { digest: true, value: cardToken((tag ?? '').toLowerCase()) };
}

/** The tag a button names, or undefined when it names none any more. */
function tagOf(carried: RandomTag, now: Date, deps: BotDeps): string | null | undefined {
  if (!carried.digest) return carried.tag;
  return deps.corpus.library.tagCounts(now).find(({ tag }) => cardToken(tag.toLowerCase()) === carried.value)?.tag;
}

function randomReply(ownerId: string, tag: string | null, lang: Lang, now: Date, deps: BotDeps, shown?: string): Reply {
  const wanted = tag?.toLowerCase();
  const pool = deps.corpus.library.visible(now).filter((a) => !wanted || a.tags.some((x) => x.toLowerCase() === wanted));
  if (pool.length === 0) {
    return { content: tag ? t(lang, 'random.noneTag', { tag: inlineTag(tag) }) : t(lang, 'random.none'), ephemeral: true };
  }
  // Skip the article already on screen when there is any other choice.
  // Buttons made before ids were digested carry the article id itself.
  const choices = pool.length > 1 && shown ? pool.filter((a) => a.id !== shown && cardToken(a.id) !== shown) : pool;
  const article: Article = choices[Math.floor(deps.random() * choices.length) % choices.length]!;
  const reply = cardReply(article, { lang, timezone: deps.config.timezone, tagLabel: (tag) => deps.corpus.tags.label(tag, lang) });
  // A digest of the id: a 64-character id, the owner and the tag would not fit in 100 characters.
  const shownToken = cardToken(article.id);
  const another = {
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label: t(lang, 'random.another'),
    custom_id: encodeButtonId({ kind: 'random', ownerId, shown: shownToken, tag: tagField(ownerId, shownToken, tag) }),
  };
  const rows = reply.components ?? [];
  const [first, ...rest] = rows;
  const components = first
    ? [{ ...first, components: [...first.components, another] }, ...rest]
    : [{ type: ComponentType.ActionRow as const, components: [another] }];
  return { ...reply, components };
}

export const command = defineCommand({
  definition,
  async run(input, deps) {
    const tag = input.options.tag?.trim() || null;
    return randomReply(input.user.id, tag, input.lang, input.now, deps);
  },
  async autocomplete(input, deps) {
    return tagChoices(input.focused.value, input.now, deps.corpus.library, { vocabulary: deps.corpus.tags, lang: input.lang });
  },
  components: {
    async random(input, deps) {
      const { ownerId, shown } = input.button;
      const tag = tagOf(input.button.tag, input.now, deps);
      if (tag === undefined) return { kind: 'reply', content: t(input.lang, 'error.expired'), ephemeral: true };
      const reply = randomReply(input.user.id, tag, input.lang, input.now, deps, shown);
      // The member who asked flips the card in place; anyone else gets their own, privately.
      return ownerId === input.user.id && !reply.ephemeral ? { kind: 'update', ...reply } : { kind: 'reply', ...reply, ephemeral: true };
    },
  },
});

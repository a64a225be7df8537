import { ApplicationCommandOptionType, ButtonStyle, ComponentType , type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Article } from '../src/corpus/types.ts';
import { t, type Lang } from '../src/i18n.ts';
import type { BotDeps, CommandModule, Reply } from '../src/interactions/types.ts';
import { completeTags } from '../src/interactions/tag-autocomplete.ts';
import { cardReply } from './card.ts';

export const definition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
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
};

function randomReply(ownerId: string, tag: string | null, lang: Lang, now: Date, deps: BotDeps, avoidId?: string): Reply {
  const wanted = tag?.toLowerCase();
  const pool = deps.corpus.library.visible(now).filter((a) => !wanted || a.tags.some((x) => x.toLowerCase() === wanted));
  if (pool.length === 0) {
    return { content: tag ? t(lang, 'random.noneTag', { tag }) : t(lang, 'random.none'), ephemeral: true };
  }
  // Skip the article already on screen when there is any other choice.
  const choices = pool.length > 1 && avoidId ? pool.filter((a) => a.id !== avoidId) : pool;
  const article: Article = choices[Math.floor(deps.random() * choices.length) % choices.length]!;
  const reply = cardReply(article, lang, deps);
  const tagArg = encodeURIComponent(tag ?? '').slice(0, 40);
  const another = {
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label: t(lang, 'random.another'),
    custom_id: `random:${ownerId}:${article.id}:${tagArg}`,
  };
  const rows = reply.components ?? [];
  const [first, ...rest] = rows;
  const components = first ? [{ ...first, components: [...first.components, another] }, ...rest] : [{ type: ComponentType.ActionRow as const, components: [another] }];
  return { ...reply, components };
}

export const command: CommandModule = {
  definition,
  async run(input, deps) {
    const tag = typeof input.options.tag === 'string' && input.options.tag.trim() ? input.options.tag.trim() : null;
    return randomReply(input.user.id, tag, input.lang, input.now, deps);
  },
  async autocomplete(input, deps) {
    return completeTags(input.focused.value, input.now, deps);
  },
  components: [
    {
      prefix: 'random',
      async handle(input, deps) {
        const [ownerId = '', shownId = '', tagArg = ''] = input.args;
        let tag: string | null;
        try {
          tag = decodeURIComponent(tagArg) || null;
        } catch {
          return { kind: 'reply', content: t(input.lang, 'error.expired'), ephemeral: true };
        }
        const reply = randomReply(input.user.id, tag, input.lang, input.now, deps, shownId);
        // The member who asked flips the card in place; anyone else gets their own, privately.
        return ownerId === input.user.id && !reply.ephemeral ? { kind: 'update', ...reply } : { kind: 'reply', ...reply, ephemeral: true };
      },
    },
  ],
};

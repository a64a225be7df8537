import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { Article } from '../corpus/types.ts';
import { t, type Lang } from '../i18n.ts';
import { encodeButtonId } from '../interactions/custom-ids.ts';
import type { ActionRow, Reply } from '../interactions/types.ts';
import { DISCORD_LIMITS, renderMarkdown, splitMessage, truncate } from '../render/index.ts';
import { articleEmbed, type EmbedContext } from './article-embeds.ts';

/** The card and, for a LeetCode problem, the button that reveals its solution to the clicker only. */
export function cardReply(article: Article, context: EmbedContext): Reply {
  const components: ActionRow[] = [];
  if (article.leetcode) components.push(solutionButtonRow(article, context.lang));
  return { embeds: [articleEmbed(article, context)], components };
}

export function solutionButtonRow(article: Article, lang: Lang): ActionRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: t(lang, 'card.showSolution'),
        custom_id: encodeButtonId({ kind: 'solution', articleId: article.id }),
      },
    ],
  };
}

/** The answer of a LeetCode card as embeds within one message's limits; the rest is left to the link. */
export function solutionReply(article: Article, lang: Lang): Reply {
  const answer = renderMarkdown(article.leetcode?.answer ?? '');
  const pieces = splitMessage(answer, DISCORD_LIMITS.embedDescription);
  const title = truncate(t(lang, 'card.solutionTitle', { title: article.title }), DISCORD_LIMITS.embedTitle);
  const embeds = [];
  let budget = DISCORD_LIMITS.embedTotal - title.length;
  for (const piece of pieces) {
    if (piece.length > budget || embeds.length === DISCORD_LIMITS.embedsPerMessage) break;
    embeds.push({ description: piece });
    budget -= piece.length;
  }
  if (embeds.length > 0) embeds[0] = { title, url: article.url ?? undefined, ...embeds[0] };
  const complete = embeds.length === pieces.length;
  return { content: complete ? undefined : t(lang, 'card.solutionMore'), embeds, ephemeral: true };
}

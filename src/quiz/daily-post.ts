import { ComponentType } from 'discord-api-types/v10';
import { cardReply } from '../cards/card-replies.ts';
import type { Article } from '../corpus/types.ts';
import { t, type Lang } from '../i18n.ts';
import type { BotDeps, ComponentInput, ComponentReply, Reply } from '../interactions/types.ts';
import { cardToken, encodeButtonId, type DailyButton } from '../interactions/custom-ids.ts';
import { GRADES } from './fsrs.ts';
import { GRADE_STYLES, gradeLabel, recordedNotice } from './quiz-views.ts';
import { rateDailyPost } from './reviews.ts';

/** A channel post has no reader locale; the community and its corpus are Chinese. */
export const DAILY_POST_LANG: Lang = 'zh';

/**
 * The day's problem for everyone: the question card with difficulty and links, the shared
 * "Show solution" button (answered privately), and ratings that go into each clicker's own deck.
 */
export function dailyPostMessage(
  article: Article,
  guildId: string,
  day: string,
  deps: BotDeps,
  lang: Lang = DAILY_POST_LANG,
  previousThreadLine: string | null = null,
): Reply {
  const card = cardReply(article, { lang, timezone: deps.config.timezone });
  const token = cardToken(article.id);
  return {
    content: [`**${t(lang, 'daily.heading', { day })}**`, t(lang, 'daily.hint'), previousThreadLine].filter(Boolean).join('\n'),
    embeds: card.embeds,
    components: [
      ...(card.components ?? []),
      {
        type: ComponentType.ActionRow,
        components: GRADES.map((grade) => ({
          type: ComponentType.Button,
          style: GRADE_STYLES[grade],
          label: gradeLabel(lang, grade),
          custom_id: encodeButtonId({ kind: 'daily', guildId, day, token, grade }),
        })),
      },
    ],
  };
}

function privately(content: string): ComponentReply {
  return { kind: 'reply', content, ephemeral: true };
}

/** A rating click on a daily post: refused unless it names this server's post of that day exactly. */
export async function handleDailyRating(input: ComponentInput<DailyButton>, deps: BotDeps): Promise<ComponentReply> {
  const { button } = input;
  if (input.guildId !== button.guildId) return privately(t(input.lang, 'error.expired'));
  const post = await deps.stores.quiz.dailyPost(button.guildId, button.day);
  if (!post || cardToken(post.articleId) !== button.token) return privately(t(input.lang, 'error.expired'));
  const article = deps.corpus.library.visibleById(post.articleId, input.now);
  if (!article?.leetcode) return privately(t(input.lang, 'error.unknownArticle'));

  const zone = await deps.stores.guildSettings.zone(button.guildId, deps.config.timezone);
  const outcome = await rateDailyPost(deps.stores.quiz, { member: input.user, guildId: button.guildId, zone }, button.day, article.id, button.grade, input.now);
  const key = outcome.kind === 'superseded' ? 'daily.superseded' : (`daily.${outcome.kind}` as const);
  const grade = outcome.kind === 'superseded' ? null : outcome.rating.grade;
  return privately(recordedNotice(input.lang, key, article, grade, outcome.card, input.now, zone));
}

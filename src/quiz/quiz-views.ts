import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord-api-types/v10';
import { Rating, type Grade } from 'ts-fsrs';
import { cardReply, solutionReply } from '../cards/card-replies.ts';
import type { Library } from '../corpus/library.ts';
import type { Article } from '../corpus/types.ts';
import { t, type Lang } from '../i18n.ts';
import type { ActionRow, Reply } from '../interactions/types.ts';
import { DISCORD_LIMITS, embedLength, escapeMarkdown } from '../render/index.ts';
import { localDay } from '../time.ts';
import { cardToken, encodeButtonId } from '../interactions/custom-ids.ts';
import { cardOf, isLatestChange, type MemberDeck } from './deck.ts';
import { GRADE_NAMES, GRADES, previewIntervals, type StoredCard } from './fsrs.ts';
import type { StudyQueue } from './study-queue.ts';

/** Everything a /quiz screen depends on besides the deck. */
export interface QuizScreen {
  lang: Lang;
  ownerId: string;
  now: Date;
  /** The member's server zone, for "today" and due dates. */
  zone: string;
  /** The bot's zone, for publication dates on cards (as /card shows them). */
  timezone: string;
  library: Library;
  /** `/quiz topic:`: only cards with this topic tag, and its label in `lang` for the screen. */
  topic?: { tag: string; label: string } | null;
  /** Tag labels in `lang` for the card (from tags.yml). */
  tagLabel?: (tag: string) => string;
}

export const GRADE_STYLES: Record<Grade, APIButtonComponentWithCustomId['style']> = {
  [Rating.Again]: ButtonStyle.Danger,
  [Rating.Hard]: ButtonStyle.Secondary,
  [Rating.Good]: ButtonStyle.Success,
  [Rating.Easy]: ButtonStyle.Primary,
};

export function gradeLabel(lang: Lang, grade: Grade): string {
  return t(lang, `grade.${GRADE_NAMES[grade]}`);
}

/** "next review in 4 days" and the local date, measured in whole local days from now. */
export function comesBack(card: StoredCard, now: Date, zone: string, lang: Lang): { when: string; date: string } {
  const date = localDay(new Date(card.due), zone);
  const days = Math.round((Date.parse(date) - Date.parse(localDay(now, zone))) / 86_400_000);
  // A rating replaced long after its post can leave the card already due.
  return { when: days > 0 ? t(lang, 'interval.long', { days }) : t(lang, 'interval.overdue'), date };
}

/** Undo is offered while the last /quiz rating is still the latest change of its card. */
function undoButton(screen: QuizScreen, deck: MemberDeck): APIButtonComponentWithCustomId | null {
  const last = deck.lastQuizReview;
  if (!last || !isLatestChange(deck, last)) return null;
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: t(screen.lang, 'quiz.undo'),
    custom_id: encodeButtonId({ kind: 'quiz-undo', ownerId: screen.ownerId, reviewId: last.id, topic: screen.topic?.tag }),
  };
}

function rowOf(buttons: APIButtonComponentWithCustomId[]): ActionRow {
  return { type: ComponentType.ActionRow, components: buttons };
}

function progressLine(screen: QuizScreen, queue: StudyQueue, article: Article, deck: MemberDeck): string {
  const kind = cardOf(deck, article.id).fsrs === null ? t(screen.lang, 'quiz.newCard') : t(screen.lang, 'quiz.reviewCard');
  const topic = screen.topic ? `${t(screen.lang, 'quiz.topic', { topic: escapeMarkdown(screen.topic.label) })} · ` : '';
  return `${topic}**${kind}** · ${t(screen.lang, 'quiz.progress', { due: queue.due.length, fresh: queue.fresh.length })}`;
}

function questionEmbed(article: Article, screen: QuizScreen): APIEmbed {
  const embed = cardReply(article, { lang: screen.lang, timezone: screen.timezone, tagLabel: screen.tagLabel }).embeds?.[0];
  if (!embed) throw new Error(`no card embed for ${article.id}`);
  return embed;
}

function joinLines(lines: (string | null | undefined)[]): string | undefined {
  const text = lines.filter((line): line is string => Boolean(line)).join('\n');
  return text ? text.slice(0, DISCORD_LIMITS.messageContent) : undefined;
}

/**
 * The next card with its question only, or "all done". `focus` shows a given card instead of the
 * queue's next one (the card whose rating was just taken back).
 */
export function questionScreen(screen: QuizScreen, deck: MemberDeck, queue: StudyQueue, notice?: string, focus?: Article): Reply {
  const article = focus ?? queue.next;
  if (!article) return allDoneScreen(screen, deck, queue, notice);
  const version = cardOf(deck, article.id).version;
  const buttons: APIButtonComponentWithCustomId[] = [
    {
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: t(screen.lang, 'quiz.showSolution'),
      custom_id: encodeButtonId({ kind: 'quiz-show', ownerId: screen.ownerId, token: cardToken(article.id), version, topic: screen.topic?.tag }),
    },
  ];
  const undo = undoButton(screen, deck);
  if (undo) buttons.push(undo);
  return {
    content: joinLines([notice, progressLine(screen, queue, article, deck)]),
    embeds: [questionEmbed(article, screen)],
    components: [rowOf(buttons)],
    ephemeral: true,
  };
}

/**
 * The question with its solution and the four rating buttons, each showing the interval it gives.
 * `solution` is the private solution reply (solutionWithFormulas: its formulas as pictures), else
 * the text-only one.
 */
export function revealedScreen(
  screen: QuizScreen,
  deck: MemberDeck,
  queue: StudyQueue,
  article: Article,
  solution: Reply = solutionReply(article, screen.lang),
): Reply {
  const card = cardOf(deck, article.id);
  const intervals = previewIntervals(card.fsrs, screen.now, deck.weights);
  const question = questionEmbed(article, screen);
  const embeds: APIEmbed[] = [question];
  let budget = DISCORD_LIMITS.embedTotal - embedLength(question);
  const solutionEmbeds = solution.embeds ?? [];
  for (const embed of solutionEmbeds) {
    const size = embedLength(embed);
    if (size > budget || embeds.length === DISCORD_LIMITS.embedsPerMessage) break;
    embeds.push(embed);
    budget -= size;
  }
  const cut = embeds.length - 1 < solutionEmbeds.length || solution.content !== undefined;
  const rateRow = rowOf(
    GRADES.map((grade) => ({
      type: ComponentType.Button,
      style: GRADE_STYLES[grade],
      label: `${gradeLabel(screen.lang, grade)} · ${t(screen.lang, 'interval.short', { days: intervals[grade] })}`,
      custom_id: encodeButtonId({
        kind: 'quiz-rate',
        ownerId: screen.ownerId,
        token: cardToken(article.id),
        version: card.version,
        grade,
        topic: screen.topic?.tag,
      }),
    })),
  );
  const components: ActionRow[] = [rateRow];
  const undo = undoButton(screen, deck);
  if (undo) components.push(rowOf([undo]));
  // The solution's pictures that made it into the message, and its "More formulas" button.
  const pictures = new Set(embeds.map((embed) => embed.image?.url?.replace(/^attachment:\/\//, '')));
  const files = (solution.files ?? []).filter((file) => pictures.has(file.name));
  components.push(...(solution.components ?? []));
  return {
    content: joinLines([progressLine(screen, queue, article, deck), cut ? t(screen.lang, 'card.solutionMore') : null]),
    embeds,
    components,
    files,
    ephemeral: true,
  };
}

function allDoneScreen(screen: QuizScreen, deck: MemberDeck, queue: StudyQueue, notice?: string): Reply {
  const library = screen.library;
  const nothingToStudy = library.leetcodeCards(screen.now).length === 0;
  const lines = nothingToStudy
    ? [notice, t(screen.lang, 'quiz.noCards')]
    : [
        notice,
        screen.topic ? `🎉 ${t(screen.lang, 'quiz.topicAllDone', { topic: escapeMarkdown(screen.topic.label) })}` : `🎉 ${t(screen.lang, 'quiz.allDone')}`,
        t(screen.lang, 'quiz.tomorrow', { due: queue.dueTomorrow, fresh: queue.newTomorrow }),
      ];
  const undo = undoButton(screen, deck);
  return { content: joinLines(lines), embeds: [], components: undo ? [rowOf([undo])] : [], ephemeral: true };
}

/** "Recorded Good for <title>: next review in 4 days, 2026-12-03." */
export function recordedNotice(
  lang: Lang,
  key: 'quiz.recorded' | 'daily.recorded' | 'daily.replaced' | 'daily.unchanged' | 'daily.superseded',
  article: Article,
  grade: Grade | null,
  card: StoredCard,
  now: Date,
  zone: string,
): string {
  const { when, date } = comesBack(card, now, zone, lang);
  return t(lang, key, { grade: grade === null ? '' : gradeLabel(lang, grade), title: escapeMarkdown(article.title), when, date });
}

import { solutionWithFormulas } from '../cards/card-with-formulas.ts';
import { t } from '../i18n.ts';
import type { AutocompleteInput, BotDeps, Choice, CommandInput, ComponentInput, ComponentReply, Reply } from '../interactions/types.ts';
import { escapeMarkdown, truncate } from '../render/index.ts';
import { isButtonTopic, type QuizButton } from '../interactions/custom-ids.ts';
import { articleByToken } from './card-tokens.ts';
import { cardOf, type MemberDeck } from './deck.ts';
import { gradeLabel, questionScreen, recordedNotice, revealedScreen, type QuizScreen } from './quiz-views.ts';
import { rateQuizCard, undoQuizRating } from './reviews.ts';
import { buildStudyQueue } from './study-queue.ts';
import { cardsOfTopic, completeTopics, quizTopics, resolveTopic } from './topics.ts';

/** /quiz [topic]: the member's next card, of one topic when asked, privately. */
export async function startQuiz(input: CommandInput, deps: BotDeps): Promise<Reply> {
  const typed = typeof input.options.topic === 'string' ? input.options.topic : '';
  let topic: string | null = null;
  if (typed.trim()) {
    const topics = quizTopics(deps.corpus.library.leetcodeCards(input.now), deps.corpus.tags, input.lang);
    topic = resolveTopic(typed, topics, deps.corpus.tags);
    if (topic === null || !isButtonTopic(topic))
      return { content: t(input.lang, 'quiz.unknownTopic', { topic: escapeMarkdown(truncate(typed.trim(), 100)) }), ephemeral: true };
  }
  const screen = await screenFor(input, deps, topic);
  const deck = await deps.stores.quiz.deck(input.user.id);
  return questionScreen(screen, deck, queueOf(screen, deck));
}

/** /quiz topic: autocomplete: topics with their card counts, labelled in the member's language. */
export function completeQuizTopic(input: AutocompleteInput, deps: BotDeps): Choice[] {
  const topics = quizTopics(deps.corpus.library.leetcodeCards(input.now), deps.corpus.tags, input.lang);
  return completeTopics(input.focused.value, topics, deps.corpus.tags);
}

async function screenFor(input: CommandInput | ComponentInput, deps: BotDeps, topic: string | null = null): Promise<QuizScreen> {
  return {
    lang: input.lang,
    ownerId: input.user.id,
    now: input.now,
    zone: await deps.stores.guildSettings.zone(input.guildId, deps.config.timezone),
    timezone: deps.config.timezone,
    library: deps.corpus.library,
    topic: topic === null ? null : { tag: topic, label: deps.corpus.tags.label(topic, input.lang) },
    tagLabel: (tag) => deps.corpus.tags.label(tag, input.lang),
  };
}

function queueOf(screen: QuizScreen, deck: MemberDeck) {
  return buildStudyQueue(deck, cardsOfTopic(screen.library.leetcodeCards(screen.now), screen.topic?.tag ?? null), screen.now, screen.zone);
}

function privately(content: string): ComponentReply {
  return { kind: 'reply', content, ephemeral: true };
}

/**
 * The buttons of a /quiz message. Each carries its owner (others are refused) and the card version
 * it was drawn for, so a repeated or outdated click shows the current state instead of acting.
 */
export async function handleQuizButton(input: ComponentInput<QuizButton>, deps: BotDeps): Promise<ComponentReply> {
  const { button } = input;
  if (button.ownerId !== input.user.id) return privately(t(input.lang, 'error.notYourButton'));
  const screen = await screenFor(input, deps, button.topic ?? null);
  const store = deps.stores.quiz;
  const library = deps.corpus.library;

  if (button.kind === 'quiz-undo') {
    const outcome = await undoQuizRating(store, input.user, button.reviewId);
    const deck = await store.deck(input.user.id);
    if (outcome.kind === 'nothing') return { kind: 'update', ...questionScreen(screen, deck, queueOf(screen, deck), t(input.lang, 'quiz.nothingToUndo')) };
    const article = library.visibleById(outcome.record.articleId, input.now);
    const notice = t(input.lang, 'quiz.undone', {
      grade: gradeLabel(input.lang, outcome.record.grade),
      title: escapeMarkdown(article?.title ?? outcome.record.articleId),
    });
    return { kind: 'update', ...questionScreen(screen, deck, queueOf(screen, deck), notice, article?.leetcode ? article : undefined) };
  }

  const article = articleByToken(library, button.token, input.now);
  if (!article) return privately(t(input.lang, 'error.unknownArticle'));

  if (button.kind === 'quiz-show') {
    const deck = await store.deck(input.user.id);
    const queue = queueOf(screen, deck);
    if (cardOf(deck, article.id).version !== button.version)
      return { kind: 'update', ...questionScreen(screen, deck, queue, t(input.lang, 'quiz.alreadyRecorded')) };
    const solution = await solutionWithFormulas(article, input.lang, deps.formulas);
    return { kind: 'update', ...revealedScreen(screen, deck, queue, article, solution) };
  }

  const outcome = await rateQuizCard(
    store,
    { member: input.user, guildId: input.guildId, zone: screen.zone },
    article.id,
    button.version,
    button.grade,
    input.now,
  );
  const deck = await store.deck(input.user.id);
  const notice =
    outcome.kind === 'stale'
      ? t(input.lang, 'quiz.alreadyRecorded')
      : recordedNotice(input.lang, 'quiz.recorded', article, outcome.record.grade, outcome.card, input.now, screen.zone);
  return { kind: 'update', ...questionScreen(screen, deck, queueOf(screen, deck), notice) };
}

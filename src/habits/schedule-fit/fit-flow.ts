import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId } from 'discord-api-types/v10';
import { t, type Lang } from '../../i18n.ts';
import { encodeButtonId, type ButtonOf } from '../../interactions/custom-ids.ts';
import type { ActionRow, BotDeps, ComponentInput, ComponentReply } from '../../interactions/types.ts';
import type { MemberDeck } from '../../quiz/deck.ts';
import type { FsrsWeights } from '../../quiz/fsrs.ts';
import { fitWeights, NotEnoughTrainingData } from './fit-weights.ts';
import { replayedCards, scheduleOutlook, type ScheduleOutlook } from './replay.ts';
import { trainingHistories } from './training-items.ts';

type FitAction = ButtonOf<'fit'>['action'];

export function fitButtonId(action: FitAction, ownerId: string): string {
  return encodeButtonId({ kind: 'fit', action, ownerId });
}

function fitButton(lang: Lang, action: FitAction, ownerId: string): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style: action === 'run' ? ButtonStyle.Primary : ButtonStyle.Secondary,
    label: t(lang, action === 'run' ? 'fit.button' : 'fit.revertButton'),
    custom_id: fitButtonId(action, ownerId),
  };
}

/** The /stats buttons: "Fit my schedule" once the log is long enough, and the way back when fitted. */
export function fitOffer(deck: MemberDeck, lang: Lang, ownerId: string, minReviews: number): { footer: string | null; components: ActionRow[] } {
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (deck.log.length >= minReviews) buttons.push(fitButton(lang, 'run', ownerId));
  if (deck.weights) buttons.push(fitButton(lang, 'revert', ownerId));
  const footer = deck.weights
    ? t(lang, 'fit.current')
    : deck.log.length < minReviews
      ? t(lang, 'fit.needMore', { min: minReviews, have: deck.log.length })
      : null;
  return { footer, components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [] };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function comparison(lang: Lang, before: ScheduleOutlook, after: ScheduleOutlook): string {
  return t(lang, 'fit.compare', {
    beforeRetention: percent(before.retention),
    afterRetention: percent(after.retention),
    beforeLoad: before.reviewsPerDay.toFixed(1),
    afterLoad: after.reviewsPerDay.toFixed(1),
  });
}

function privately(content: string, components: ActionRow[] = []): ComponentReply {
  return { kind: 'reply', content, components, ephemeral: true };
}

/**
 * Swaps the member's weights under their lock: the cards are replayed from the log with the new
 * weights, and the before/after outlook is computed from the same deck the change is made to.
 */
async function applyWeights(
  deps: BotDeps,
  userId: string,
  weights: FsrsWeights | null,
  now: Date,
): Promise<{ before: ScheduleOutlook; after: ScheduleOutlook; deck: MemberDeck }> {
  const store = deps.stores.quiz;
  const articles = deps.corpus.library.leetcodeCards(now);
  return store.withMember(userId, async () => {
    const deck = await store.deck(userId);
    const before = scheduleOutlook(deck.cards, deck.weights, articles, now);
    deck.cards = replayedCards(deck, weights);
    deck.weights = weights;
    // Undo would restore a card state computed with the old weights.
    deck.lastQuizReview = null;
    await store.saveDeck(userId, deck);
    return { before, after: scheduleOutlook(deck.cards, weights, articles, now), deck };
  });
}

/** "Fit my schedule" and "Back to the default schedule" under /stats. */
export async function handleFitButton(input: ComponentInput<ButtonOf<'fit'>>, deps: BotDeps): Promise<ComponentReply> {
  const { action, ownerId } = input.button;
  if (ownerId !== input.user.id) return privately(t(input.lang, 'error.notYourButton'));
  const { lang } = input;

  if (action === 'revert') {
    const deck = await deps.stores.quiz.deck(input.user.id);
    if (!deck.weights) return privately(t(lang, 'fit.nothingToRevert'));
    const { before, after } = await applyWeights(deps, input.user.id, null, input.now);
    input.logger.info('schedule weights reverted to the defaults');
    return privately(`${t(lang, 'fit.reverted')}\n${comparison(lang, before, after)}`);
  }

  const deck = await deps.stores.quiz.deck(input.user.id);
  const min = deps.config.fitMinReviews;
  if (deck.log.length < min) return privately(t(lang, 'fit.needMore', { min, have: deck.log.length }));
  let weights: FsrsWeights;
  const startedAt = Date.now();
  try {
    weights = await fitWeights(trainingHistories(deck.log));
  } catch (error) {
    if (error instanceof NotEnoughTrainingData) return privately(t(lang, 'fit.notEnoughData'));
    throw error;
  }
  const { before, after } = await applyWeights(deps, input.user.id, weights, input.now);
  input.logger.info({ reviews: deck.log.length, ms: Date.now() - startedAt }, 'schedule weights fitted');
  return privately(`${t(lang, 'fit.done', { reviews: deck.log.length })}\n${comparison(lang, before, after)}`, [
    { type: ComponentType.ActionRow, components: [fitButton(lang, 'revert', input.user.id)] },
  ]);
}

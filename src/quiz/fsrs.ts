import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';

/** The four answers a member can give, in button order. */
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];

export type GradeName = 'again' | 'hard' | 'good' | 'easy';

export const GRADE_NAMES: Record<Grade, GradeName> = {
  [Rating.Again]: 'again',
  [Rating.Hard]: 'hard',
  [Rating.Good]: 'good',
  [Rating.Easy]: 'easy',
};

export function parseGrade(value: string | undefined): Grade | null {
  return value !== undefined && /^[1-4]$/.test(value) ? (Number(value) as Grade) : null;
}

/**
 * A ts-fsrs Card as stored: instants as epoch milliseconds, because every keyv backend serialises
 * to JSON and a Date would come back as a string.
 */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview: number | null;
}

export const MAXIMUM_INTERVAL_DAYS = 365;

/**
 * Retention 0.9 and at most a year between reviews. Short-term steps are off and both step lists
 * are empty, so every answer, Again included, schedules the card whole days ahead: a daily quiz has
 * no use for "see it again in 10 minutes".
 */
function schedulerFor(weights: FsrsWeights | null) {
  return fsrs(
    generatorParameters({
      request_retention: DESIRED_RETENTION,
      maximum_interval: MAXIMUM_INTERVAL_DAYS,
      enable_short_term: false,
      enable_fuzz: false,
      learning_steps: [],
      relearning_steps: [],
      ...(weights ? { w: [...weights] } : {}),
    }),
  );
}

/** The 21 FSRS-6 weights; a member's fitted set replaces the defaults in their own scheduling. */
export type FsrsWeights = readonly number[];

export const DESIRED_RETENTION = 0.9;
export const DEFAULT_WEIGHTS: FsrsWeights = Object.freeze([...generatorParameters().w]);

const defaultScheduler = schedulerFor(null);
/** Schedulers are pure given their weights; a few members' fitted sets are kept built. */
const fittedSchedulers = new Map<string, ReturnType<typeof fsrs>>();

function scheduler(weights: FsrsWeights | null | undefined) {
  if (!weights) return defaultScheduler;
  const key = weights.join(',');
  let built = fittedSchedulers.get(key);
  if (!built) {
    if (fittedSchedulers.size >= 256) fittedSchedulers.delete(fittedSchedulers.keys().next().value!);
    built = schedulerFor(weights);
    fittedSchedulers.set(key, built);
  }
  return built;
}

function toCard(stored: StoredCard | null, now: Date): Card {
  if (stored === null) return createEmptyCard(now);
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    last_review: stored.lastReview === null ? undefined : new Date(stored.lastReview),
  };
}

function fromCard(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * ts-fsrs caps each interval at maximum_interval but then forces Good past Hard and Easy past Good
 * by a day, which can land at 366 or 367; the cap is applied again here.
 */
function capped(card: Card, reviewedAt: Date): Card {
  if (card.scheduled_days <= MAXIMUM_INTERVAL_DAYS) return card;
  return { ...card, scheduled_days: MAXIMUM_INTERVAL_DAYS, due: new Date(reviewedAt.getTime() + MAXIMUM_INTERVAL_DAYS * DAY_MS) };
}

/** ts-fsrs rejects a review dated before the previous one (a clock stepped back); count it as simultaneous. */
function reviewInstant(card: StoredCard | null, now: Date): Date {
  return card?.lastReview != null && card.lastReview > now.getTime() ? new Date(card.lastReview) : now;
}

/** The card after answering `grade` at `now`; `null` stands for a card never studied. */
export function review(card: StoredCard | null, grade: Grade, now: Date, weights: FsrsWeights | null = null): StoredCard {
  const at = reviewInstant(card, now);
  return fromCard(capped(scheduler(weights).next(toCard(card, at), at, grade).card, at));
}

/** Days until the card comes back for each possible answer, for the button labels. */
export function previewIntervals(card: StoredCard | null, now: Date, weights: FsrsWeights | null = null): Record<Grade, number> {
  const at = reviewInstant(card, now);
  const preview = scheduler(weights).repeat(toCard(card, at), at);
  const days = (grade: Grade) => capped(preview[grade].card, at).scheduled_days;
  return { [Rating.Again]: days(Rating.Again), [Rating.Hard]: days(Rating.Hard), [Rating.Good]: days(Rating.Good), [Rating.Easy]: days(Rating.Easy) };
}

/** Probability of recall now; a card never studied has nothing to recall. */
export function retrievability(card: StoredCard | null, now: Date, weights: FsrsWeights | null = null): number {
  if (card === null || card.state === State.New) return 0;
  return scheduler(weights).get_retrievability(toCard(card, now), now, false);
}

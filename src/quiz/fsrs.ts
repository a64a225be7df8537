import { fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';

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

/**
 * Retention 0.9 and at most a year between reviews. Short-term steps are off and both step lists
 * are empty, so every answer, Again included, schedules the card whole days ahead: a daily quiz has
 * no use for "see it again in 10 minutes".
 */
const scheduler = fsrs(
  generatorParameters({
    request_retention: 0.9,
    maximum_interval: 365,
    enable_short_term: false,
    enable_fuzz: false,
    learning_steps: [],
    relearning_steps: [],
  }),
);

export const MAXIMUM_INTERVAL_DAYS = 365;

function toCard(stored: StoredCard | null, now: Date): Card {
  if (stored === null) {
    return { due: now, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: State.New };
  }
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

/** The card after answering `grade` at `now`; `null` stands for a card never studied. */
export function review(card: StoredCard | null, grade: Grade, now: Date): StoredCard {
  return fromCard(scheduler.next(toCard(card, now), now, grade).card);
}

/** Days until the card comes back for each possible answer, for the button labels. */
export function previewIntervals(card: StoredCard | null, now: Date): Record<Grade, number> {
  const preview = scheduler.repeat(toCard(card, now), now);
  return {
    [Rating.Again]: preview[Rating.Again].card.scheduled_days,
    [Rating.Hard]: preview[Rating.Hard].card.scheduled_days,
    [Rating.Good]: preview[Rating.Good].card.scheduled_days,
    [Rating.Easy]: preview[Rating.Easy].card.scheduled_days,
  };
}

/** Probability of recall now; a card never studied has nothing to recall. */
export function retrievability(card: StoredCard | null, now: Date): number {
  if (card === null || card.state === State.New) return 0;
  return scheduler.get_retrievability(toCard(card, now), now, false);
}

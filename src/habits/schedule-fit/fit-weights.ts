import { computeParameters, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
import type { FsrsWeights } from '../../quiz/fsrs.ts';
import type { TrainingReview } from './training-items.ts';

/** Fewer useful items than this and the optimizer only returns the defaults back, or noise. */
export const MIN_TRAINING_ITEMS = 50;

export class NotEnoughTrainingData extends Error {}

/**
 * FSRS-6 weights fitted to the items with the FSRS optimizer (fsrs-rs through
 * @open-spaced-repetition/binding). The binding runs the training as a native async task on libuv's
 * thread pool, so the event loop keeps answering interactions meanwhile; only building the items
 * (microseconds per review) happens on the main thread.
 */
export async function fitWeights(items: readonly TrainingReview[][], options: { timeoutMs?: number } = {}): Promise<FsrsWeights> {
  const usable = items.filter((item) => item.slice(1).some((review) => review.deltaT > 0));
  if (usable.length < MIN_TRAINING_ITEMS) throw new NotEnoughTrainingData(`${usable.length} usable items`);
  const trainSet = usable.map((item) => new FSRSBindingItem(item.map((review) => new FSRSBindingReview(review.rating, review.deltaT))));
  const weights = await computeParameters(trainSet, { enableShortTerm: false, ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}) });
  if (weights.length !== 21 || weights.some((w) => !Number.isFinite(w))) throw new Error(`the optimizer returned ${weights.length} weights`);
  // Stored as JSON: a few decimals are all the scheduler's precision needs.
  return weights.map((w) => Math.round(w * 1e6) / 1e6);
}

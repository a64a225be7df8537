// The FSRS optimizer in a child process of its own (plain JavaScript, so it starts without a
// TypeScript loader). Building the optimizer's items from a long log takes seconds of synchronous
// native calls, and fsrs-rs aborts its whole process on data it rejects: neither may happen in the
// bot's process. Receives { histories: [ratings[], deltas[]][] }, answers { weights } or
// { error }, then exits.
import process from 'node:process';
import { computeParameters, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';

process.once('message', async ({ histories }) => {
  try {
    const items = [];
    for (const [ratings, deltas] of histories) {
      let usable = false;
      for (let index = 1; index < ratings.length; index++) {
        usable ||= deltas[index] > 0;
        // The same rule as historyItems() in training-items.ts.
        if (usable) items.push(new FSRSBindingItem(ratings.slice(0, index + 1).map((rating, i) => new FSRSBindingReview(rating, deltas[i]))));
      }
    }
    // No `timeout` option: the binding spends all of it before answering. The parent kills this
    // process when it takes too long.
    const weights = await computeParameters(items, { enableShortTerm: false });
    process.send({ weights }, () => process.exit(0));
  } catch (error) {
    process.send({ error: String(error?.message ?? error) }, () => process.exit(0));
  }
});

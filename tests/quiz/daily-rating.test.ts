import { Rating } from 'ts-fsrs';
import { beforeEach, describe, expect, it } from 'vitest';
import { QuizSchedule, runDailyQuiz } from '../../src/quiz/daily-quiz.ts';
import { review } from '../../src/quiz/fsrs.ts';
import { cardToken, encodeButtonId } from '../../src/interactions/custom-ids.ts';
import {
  ALICE,
  articleId,
  BOB,
  buttonId,
  cardSpecs,
  CHANNEL,
  click,
  FakeChannelPoster,
  GUILD,
  OTHER_GUILD,
  startHarness,
  writeCorpus,
  type Harness,
} from './harness.ts';

const specs = cardSpecs(3);
const postDay = '2026-12-01';
const postedAt = new Date('2026-12-01T01:00:00Z'); // 09:00 in Shanghai
const later = new Date('2026-12-01T03:00:00Z');

let harness: Harness;
let poster: FakeChannelPoster;

function rateButton(label: string): string {
  return buttonId(poster.messages[0]!.message, (l) => l === label);
}

beforeEach(async () => {
  harness = await startHarness({ dir: writeCorpus(specs), timezone: 'Asia/Shanghai' });
  poster = new FakeChannelPoster();
  await runDailyQuiz(postedAt, harness.deps, poster, [{ guildId: GUILD, channelId: CHANNEL }], new QuizSchedule());
});

describe('daily post buttons', () => {
  it('records the rating in the clicker’s own deck and says privately when the card comes back', async () => {
    const reply = await click(rateButton('良好'), ALICE, later, harness.deps);
    const expected = review(null, Rating.Good, later);
    const days = expected.scheduledDays;
    const date = new Date(expected.due + 8 * 3600_000).toISOString().slice(0, 10);
    expect(reply).toMatchObject({ kind: 'reply', ephemeral: true });
    expect(reply.content).toContain(`next review in ${days} day`);
    expect(reply.content).toContain(date);

    const alice = await harness.deps.stores.quiz.deck(ALICE.id);
    expect(alice.cards[articleId(specs[0]!)]?.fsrs).toEqual(expected);
    expect(alice.totalReviews).toBe(1);
    expect((await harness.deps.stores.quiz.deck(BOB.id)).totalReviews).toBe(0);

    await click(rateButton('重来'), BOB, later, harness.deps);
    expect((await harness.deps.stores.quiz.deck(BOB.id)).cards[articleId(specs[0]!)]?.fsrs).toEqual(review(null, Rating.Again, later));
    expect(await harness.deps.stores.quiz.dayTally(GUILD, postDay)).toEqual({ [ALICE.id]: 1, [BOB.id]: 1 });
  });

  it('replaces the day’s rating when the member rates the same post again, and ignores a repeat', async () => {
    await click(rateButton('良好'), ALICE, later, harness.deps);
    const replaced = await click(rateButton('简单'), ALICE, new Date(later.getTime() + 60_000), harness.deps);
    expect(replaced.content).toMatch(/^Changed today's rating to \*\*Easy\*\*/);
    const repeat = await click(rateButton('简单'), ALICE, new Date(later.getTime() + 120_000), harness.deps);
    expect(repeat.content).toMatch(/^You already rated this \*\*Easy\*\*/);

    const deck = await harness.deps.stores.quiz.deck(ALICE.id);
    // As if Easy had been the answer at the first click: one review, not three.
    expect(deck.cards[articleId(specs[0]!)]?.fsrs).toEqual(review(null, Rating.Easy, later));
    expect(deck.totalReviews).toBe(1);
    expect(deck.activity.reduce((sum, [, reviews]) => sum + reviews, 0)).toBe(1);
    expect(await harness.deps.stores.quiz.dayTally(GUILD, postDay)).toEqual({ [ALICE.id]: 1 });
  });

  it('counts a replacement Again as a lapse in the 30-day share, and back', async () => {
    await click(rateButton('重来'), ALICE, later, harness.deps);
    expect((await harness.deps.stores.quiz.deck(ALICE.id)).activity[0]?.slice(1)).toEqual([1, 1]);
    await click(rateButton('良好'), ALICE, later, harness.deps);
    expect((await harness.deps.stores.quiz.deck(ALICE.id)).activity[0]?.slice(1)).toEqual([1, 0]);
  });

  it('records one review for a burst of simultaneous clicks', async () => {
    const id = rateButton('良好');
    await Promise.all([click(id, ALICE, later, harness.deps), click(id, ALICE, later, harness.deps), click(id, ALICE, later, harness.deps)]);
    expect((await harness.deps.stores.quiz.deck(ALICE.id)).totalReviews).toBe(1);
    expect(await harness.deps.stores.quiz.dayTally(GUILD, postDay)).toEqual({ [ALICE.id]: 1 });
  });

  it('keeps working after a restart', async () => {
    const restarted = await startHarness({ dir: harness.dir, timezone: 'Asia/Shanghai', kv: harness.kv });
    const reply = await click(rateButton('困难'), ALICE, later, restarted.deps);
    expect(reply.content).toMatch(/^Recorded \*\*Hard\*\*/);
    expect((await restarted.deps.stores.quiz.deck(ALICE.id)).totalReviews).toBe(1);
  });

  it('refuses forged or foreign buttons without recording anything', async () => {
    const token = cardToken(articleId(specs[0]!));
    const forged = [
      'quizday:garbage',
      `quizday:${GUILD}:${postDay}:${token}:5`,
      `quizday:${GUILD}:${postDay}:${token}:1:extra`,
      `quizday:${GUILD}:2026-11-30:${token}:3`, // no post that day
      `quizday:${GUILD}:${postDay}:${cardToken(articleId(specs[1]!))}:3`, // not the card of that post
      `quizday:${GUILD}:${postDay}:${token}:`,
      `quizday:not-a-guild:${postDay}:${token}:3`,
    ];
    for (const id of forged) {
      const reply = await click(id, ALICE, later, harness.deps);
      expect(reply, id).toMatchObject({ kind: 'reply', ephemeral: true, content: 'This button no longer works. Run the command again.' });
    }
    // A real button clicked from another server (or a copy of it there) is refused as well.
    const fromElsewhere = await click(encodeButtonId({ kind: 'daily', guildId: GUILD, day: postDay, token, grade: Rating.Good }), ALICE, later, harness.deps, {
      guildId: OTHER_GUILD,
    });
    expect(fromElsewhere.content).toBe('This button no longer works. Run the command again.');
    expect((await harness.deps.stores.quiz.deck(ALICE.id)).totalReviews).toBe(0);
  });

  it('shows the solution only to the clicker', async () => {
    const reply = await click(rateButton('查看题解'), BOB, later, harness.deps);
    expect(reply).toMatchObject({ kind: 'reply', ephemeral: true });
    expect(JSON.stringify(reply.embeds)).toContain('题解 1');
  });
});

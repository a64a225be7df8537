import fs from 'node:fs';
import { Rating } from 'ts-fsrs';
import { beforeEach, describe, expect, it } from 'vitest';
import { command as quizCommand } from '../../commands/quiz.ts';
import type { ComponentReply, Reply } from '../../src/interactions/types.ts';
import { cardToken, encodeButtonId } from '../../src/interactions/custom-ids.ts';
import { QuizSchedule, runDailyQuiz } from '../../src/quiz/daily-quiz.ts';
import { emptyDeck, recordReview } from '../../src/quiz/deck.ts';
import { previewIntervals, retrievability } from '../../src/quiz/fsrs.ts';
import { buildStudyQueue, NEW_CARDS_PER_DAY } from '../../src/quiz/study-queue.ts';
import {
  ALICE,
  articleId,
  BOB,
  buttonId,
  buttons,
  cardSpecs,
  CHANNEL,
  click,
  commandInput,
  FakeChannelPoster,
  GUILD,
  startHarness,
  writeCorpus,
  type Harness,
} from './harness.ts';

const specs = cardSpecs(12);
const ids = specs.map(articleId);
const DAY = 86_400_000;
// 10:00 in Shanghai (the guild's zone) on Dec 1.
const morning = new Date('2026-12-01T02:00:00Z');

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness({ dir: writeCorpus(specs), timezone: 'Asia/Shanghai' });
});

const quiz = (now: Date, user = ALICE) => quizCommand.run(commandInput(user, now), harness.deps);
const shownCard = (reply: Reply) =>
  buttons(reply)
    .find((b) => b.customId.startsWith('1:quiz-show:') || b.customId.startsWith('1:quiz-rate:'))
    ?.customId.split(':')[3];
const reveal = (reply: Reply, now: Date, user = ALICE) =>
  click(
    buttonId(reply, (_, id) => id.startsWith('1:quiz-show:')),
    user,
    now,
    harness.deps,
  );
const rate = (revealed: Reply, label: string, now: Date, user = ALICE) =>
  click(
    buttonId(revealed, (l) => l.startsWith(`${label} · `)),
    user,
    now,
    harness.deps,
  );

/** Reveals and rates whatever card the screen shows; returns the next screen. */
async function answer(screen: Reply, label: string, now: Date): Promise<ComponentReply> {
  return rate(await reveal(screen, now), label, now);
}

describe('/quiz', () => {
  it('shows the question first, then the solution with rating buttons labelled by their intervals', async () => {
    const first = await quiz(morning);
    expect(first.ephemeral).toBe(true);
    expect(first.content).toContain('New card');
    expect(first.embeds?.[0]?.description).toContain('题目 1');
    expect(JSON.stringify(first.embeds)).not.toContain('题解 1');
    expect(buttons(first).map((b) => b.label)).toEqual(['Show solution']);
    expect(shownCard(first)).toBe(cardToken(ids[0]!));

    const revealed = await reveal(first, morning);
    expect(revealed.kind).toBe('update');
    expect(JSON.stringify(revealed.embeds)).toContain('题解 1');
    const intervals = previewIntervals(null, morning);
    expect(buttons(revealed).map((b) => b.label)).toEqual([
      `Again · ${intervals[Rating.Again]}d`,
      `Hard · ${intervals[Rating.Hard]}d`,
      `Good · ${intervals[Rating.Good]}d`,
      `Easy · ${intervals[Rating.Easy]}d`,
    ]);
    for (const b of buttons(revealed)) expect(b.customId.length).toBeLessThanOrEqual(100);
  });

  it('shows the display formulas of a revealed solution as pictures', async () => {
    const dir = writeCorpus(specs.slice(0, 1));
    const file = `${dir}/leetcode/${ids[0]}.md`;
    fs.appendFileSync(file, '\n递推式\n\n$$\nf(i) = \\max(f(i-1) + a_i, a_i)\n$$\n');
    const withFormula = await startHarness({ dir, timezone: 'Asia/Shanghai' });
    const first = await quizCommand.run(commandInput(ALICE, morning), withFormula.deps);
    const revealed = await click(
      buttonId(first, (_, id) => id.startsWith('1:quiz-show:')),
      ALICE,
      morning,
      withFormula.deps,
    );
    expect(revealed.files?.map((f) => f.name)).toEqual(['formula-1.png']);
    expect(revealed.embeds?.some((embed) => embed.image?.url === 'attachment://formula-1.png')).toBe(true);
    expect(Buffer.from(revealed.files![0]!.data).subarray(1, 4).toString()).toBe('PNG');
  });

  it('walks the queue after each rating until all is done, with tomorrow’s count', async () => {
    let screen: Reply = await quiz(morning);
    const seen: string[] = [];
    for (let i = 0; i < NEW_CARDS_PER_DAY; i++) {
      seen.push(shownCard(screen)!);
      const next = await answer(screen, i === 0 ? 'Again' : 'Good', new Date(morning.getTime() + i * 60_000));
      expect(next.kind).toBe('update');
      screen = next;
      expect(screen.content).toMatch(i === 0 ? /^Recorded \*\*Again\*\* for 1\\\. problem-1: next review in 1 day, 2026-12-02\./ : /^Recorded \*\*Good\*\*/);
    }
    // Oldest articles first, each once; the new-card limit stops the walk before cards 11 and 12.
    expect(seen).toEqual(ids.slice(0, NEW_CARDS_PER_DAY).map(cardToken));
    expect(screen.content).toContain('All done for today!');
    expect(screen.content).toContain('Tomorrow: 1 due for review, 2 new.');
    expect(buttons(screen).map((b) => b.label)).toEqual(['Undo']);
    expect((await quiz(new Date(morning.getTime() + 3600_000))).content).toContain('All done for today!');

    // Next local day: the card answered Again comes first, as a review, then the last new cards.
    const tomorrow = await quiz(new Date(morning.getTime() + DAY));
    expect(tomorrow.content).toContain('Review');
    expect(shownCard(tomorrow)).toBe(cardToken(ids[0]!));
    const afterReview = await answer(tomorrow, 'Good', new Date(morning.getTime() + DAY));
    expect(shownCard(afterReview)).toBe(cardToken(ids[10]!));

    const deck = await harness.deps.stores.quiz.deck(ALICE.id);
    expect(deck.totalReviews).toBe(NEW_CARDS_PER_DAY + 1);
  });

  it('counts the new-card limit per local day of the guild zone', async () => {
    // 23:00 in Shanghai on Dec 1.
    const lateEvening = new Date('2026-12-01T15:00:00Z');
    let screen: Reply = await quiz(lateEvening);
    for (let i = 0; i < NEW_CARDS_PER_DAY; i++) screen = await answer(screen, 'Easy', lateEvening);
    expect(screen.content).toContain('All done for today!');
    // 00:30 there is a new day, though still Dec 1 in UTC: new cards are allowed again.
    const afterMidnight = await quiz(new Date('2026-12-01T16:30:00Z'));
    expect(afterMidnight.content).toContain('New card');
    expect(shownCard(afterMidnight)).toBe(cardToken(ids[10]!));
  });

  it('puts due reviews first, least likely remembered first', () => {
    const deck = emptyDeck();
    const start = new Date('2026-11-01T02:00:00Z');
    recordReview(deck, ids[2]!, Rating.Easy, start, null);
    recordReview(deck, ids[1]!, Rating.Again, start, null);
    recordReview(deck, ids[0]!, Rating.Good, start, null);
    const cards = specs.map((s) => harness.deps.corpus.library.byId.get(articleId(s))!);
    const now = new Date('2026-12-20T02:00:00Z');
    const queue = buildStudyQueue(deck, cards, now, 'Asia/Shanghai');
    const recall = (id: string) => retrievability(deck.cards[id]!.fsrs, now);
    expect(queue.due.map((a) => a.id)).toEqual([ids[1], ids[0], ids[2]].sort((a, b) => recall(a!) - recall(b!)));
    expect(recall(ids[1]!)).toBeLessThan(recall(ids[2]!));
    expect(queue.next?.id).toBe(queue.due[0]?.id);
    expect(queue.fresh.map((a) => a.id)).toEqual(ids.slice(3, 3 + NEW_CARDS_PER_DAY));
  });

  it('undoes the last rating once, restoring the card, the counts and the new-card allowance', async () => {
    const first = await quiz(morning);
    const afterRating = await answer(first, 'Good', morning);
    expect(shownCard(afterRating)).toBe(cardToken(ids[1]!));
    expect(await harness.deps.stores.quiz.dayTally(GUILD, '2026-12-01')).toEqual({ [ALICE.id]: 1 });

    const undoId = buttonId(afterRating, (label) => label === 'Undo');
    const undone = await click(undoId, ALICE, morning, harness.deps);
    expect(undone.kind).toBe('update');
    expect(undone.content).toMatch(/^Took back your \*\*Good\*\* on 1\\\. problem-1\./);
    expect(shownCard(undone)).toBe(cardToken(ids[0]!));
    expect(buttons(undone).map((b) => b.label)).toEqual(['Show solution']);

    const deck = await harness.deps.stores.quiz.deck(ALICE.id);
    expect(deck.cards[ids[0]!]?.fsrs).toBeNull();
    expect(deck.totalReviews).toBe(0);
    expect(deck.activity).toEqual([]);
    expect(deck.newCardsStartedAt).toEqual([]);
    expect(await harness.deps.stores.quiz.dayTally(GUILD, '2026-12-01')).toEqual({});
    expect(await harness.deps.stores.quiz.allTimeTally(GUILD)).toEqual({});

    const again = await click(undoId, ALICE, morning, harness.deps);
    expect(again.content).toContain('There is nothing to undo any more.');
    expect((await harness.deps.stores.quiz.deck(ALICE.id)).totalReviews).toBe(0);

    // The card can be answered again from the screen the undo showed.
    const redone = await answer(undone, 'Hard', morning);
    expect(redone.content).toMatch(/^Recorded \*\*Hard\*\*/);
    expect((await harness.deps.stores.quiz.deck(ALICE.id)).totalReviews).toBe(1);
  });

  it('refuses to undo once the card was reviewed elsewhere since', async () => {
    const poster = new FakeChannelPoster();
    await runDailyQuiz(new Date('2026-12-01T01:00:00Z'), harness.deps, poster, [{ guildId: GUILD, channelId: CHANNEL }], new QuizSchedule());
    const afterRating = await answer(await quiz(morning), 'Good', morning);
    // The daily post features the same first card; rating it there changes the card again.
    await click(
      buttonId(poster.messages[0]!.message, (l) => l === '简单'),
      ALICE,
      morning,
      harness.deps,
    );
    const undo = await click(
      buttonId(afterRating, (l) => l === 'Undo'),
      ALICE,
      morning,
      harness.deps,
    );
    expect(undo.content).toContain('There is nothing to undo any more.');
    expect((await harness.deps.stores.quiz.deck(ALICE.id)).totalReviews).toBe(2);
  });

  it('records a double click once', async () => {
    const revealed = await reveal(await quiz(morning), morning);
    const goodId = buttonId(revealed, (l) => l.startsWith('Good'));
    const [one, two] = await Promise.all([click(goodId, ALICE, morning, harness.deps), click(goodId, ALICE, morning, harness.deps)]);
    expect([one.content, two.content].filter((c) => c?.startsWith('That answer was already recorded.'))).toHaveLength(1);
    const late = await click(goodId, ALICE, new Date(morning.getTime() + 5000), harness.deps);
    expect(late.content).toMatch(/^That answer was already recorded\./);
    expect((await harness.deps.stores.quiz.deck(ALICE.id)).totalReviews).toBe(1);
    expect(await harness.deps.stores.quiz.dayTally(GUILD, '2026-12-01')).toEqual({ [ALICE.id]: 1 });
  });

  it('refuses other members and forged ids without effect', async () => {
    const revealed = await reveal(await quiz(morning), morning);
    const goodId = buttonId(revealed, (l) => l.startsWith('Good'));
    const notYours = await click(goodId, BOB, morning, harness.deps);
    expect(notYours).toMatchObject({ kind: 'reply', ephemeral: true, content: expect.stringContaining('belongs to the member who ran the command') });

    const token = cardToken(ids[0]!);
    const expired = [
      'quiz:rate',
      'quiz:rate:nobody:abc:0:3',
      `quiz:rate:${ALICE.id}:${token}:0:0`,
      `quiz:rate:${ALICE.id}:${token}:0:3:9`,
      `quiz:rate:${ALICE.id}:${token}:-1:3`,
      `quiz:rate:${ALICE.id}:${token}:01:3`,
      `quiz:show:${ALICE.id}:${token}`,
      `quiz:undo:${ALICE.id}:x`,
      `quiz:jump:${ALICE.id}:${token}:0`,
      `quiz:rate:${ALICE.id}:short:0:3`,
    ];
    for (const id of expired) {
      expect(await click(id, ALICE, morning, harness.deps), id).toMatchObject({
        kind: 'reply',
        ephemeral: true,
        content: 'This button no longer works. Run the command again.',
      });
    }
    const unknownCard = await click(
      encodeButtonId({ kind: 'quiz-rate', ownerId: ALICE.id, token: 'AAAAAAAAAAAA', version: 0, grade: Rating.Good }),
      ALICE,
      morning,
      harness.deps,
    );
    expect(unknownCard.content).toBe('That article is no longer available.');
    expect((await harness.deps.stores.quiz.deck(ALICE.id)).totalReviews).toBe(0);
    expect((await harness.deps.stores.quiz.deck(BOB.id)).totalReviews).toBe(0);
  });

  it('keeps one deck per member across servers and restarts, and its buttons keep working', async () => {
    const revealed = await reveal(await quiz(morning), morning);
    const restarted = await startHarness({ dir: harness.dir, timezone: 'Asia/Shanghai', kv: harness.kv });
    const afterRestart = await click(
      buttonId(revealed, (l) => l.startsWith('Good')),
      ALICE,
      morning,
      restarted.deps,
    );
    expect(afterRestart.content).toMatch(/^Recorded \*\*Good\*\*/);
    const elsewhere = await quizCommand.run(commandInput(ALICE, morning, { guildId: '100000000000000009' }), restarted.deps);
    expect(shownCard(elsewhere)).toBe(cardToken(ids[1]!));
    expect(elsewhere.content).toContain('New left today: 9');
  });

  it('answers in Chinese for Chinese clients', async () => {
    const reply = await quizCommand.run(commandInput(ALICE, morning, { lang: 'zh' }), harness.deps);
    expect(reply.content).toContain('新卡片');
    expect(buttons(reply).map((b) => b.label)).toEqual(['查看题解']);
  });
});

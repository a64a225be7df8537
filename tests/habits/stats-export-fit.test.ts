import { loadImage } from '@napi-rs/canvas';
import { afterEach, describe, expect, it } from 'vitest';
import { PICTURE_HEIGHT, PICTURE_WIDTH } from '../../src/habits/stats-picture/index.ts';
import { emptyDeck } from '../../src/quiz/deck.ts';
import { startDiscordDouble, type ApiMessage, type DiscordDouble, type InteractionHandle } from '../../discord-double/index.ts';
import { startBot, type BotRun } from '../../kit/bot-harness.ts';
import { MovableClock } from '../../kit/movable-clock.ts';
import { generateReviewHistory, syntheticCards } from '../../kit/review-history.ts';
import { ALICE_USER, BOB_USER, DAVE_USER } from '../../kit/members.ts';

let double: DiscordDouble | undefined;
const runs: BotRun[] = [];
afterEach(async () => {
  for (const run of runs.splice(0)) await run.app.stop();
  await double?.close();
  double = undefined;
});

const alice = ALICE_USER;
const bob = BOB_USER;
const START = new Date('2026-12-03T10:00:00Z');
const customIds = (message: { components: unknown[] }) =>
  JSON.stringify(message.components)
    .match(/"custom_id":"([^"]+)"/g)
    ?.map((m) => m.slice(13, -1)) ?? [];
const labels = (message: { components: unknown[] }) =>
  JSON.stringify(message.components)
    .match(/"label":"([^"]+)"/g)
    ?.map((m) => m.slice(9, -1)) ?? [];

/** A button's answer: the clicked message updated, a new reply, or (after a deferral) a follow-up. */
async function answerOf(click: InteractionHandle): Promise<ApiMessage> {
  const callback = await click.callback();
  if (callback.type === 6) return (await click.waitForFollowups(1, 20_000))[0]!;
  return click.reply();
}

async function quizUntilRevealed(d: DiscordDouble, user: typeof alice): Promise<ApiMessage> {
  const question = await (await d.sendCommand({ name: 'quiz', user, locale: 'en-US' })).reply();
  const show = customIds(question).find((id) => id.startsWith('1:quiz-show:'))!;
  const click = await d.clickButton({ message: question, customId: show, user, locale: 'en-US' });
  await click.callback();
  return d.message(question.id)!;
}

describe('/stats picture, /export and a fitted schedule through the Discord double', () => {
  it('/stats answers with a PNG of the stated size beside the text, cached until the next review, in the member’s language', async () => {
    double = await startDiscordDouble();
    const clock = new MovableClock(START);
    const run = await startBot(double, {}, { clock: clock.now });
    runs.push(run);
    const deck = emptyDeck();
    generateReviewHistory(deck, { cards: syntheticCards(80), start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-12-01T00:00:00Z') });
    await run.app.deps.stores.quiz.saveDeck(alice.id, deck);

    const stats = async (locale: string) => (await double!.sendCommand({ name: 'stats', user: alice, locale })).reply();
    const first = await stats('en-US');
    expect(first.flags & 64).toBe(64);
    expect(first.embeds[0]!.fields!.find((f) => f.name === 'Reviews in total')!.value).toBe(String(deck.totalReviews));
    expect(first.embeds[0]!.image).toEqual({ url: 'attachment://stats.png' });
    expect(first.attachments).toHaveLength(1);
    const attachment = first.attachments[0]!;
    expect(attachment.filename).toBe('stats.png');
    expect(attachment.description).toMatch(/reviews in the last year/);
    const bytes = double.attachmentData(attachment);
    const image = await loadImage(bytes);
    expect([image.width, image.height]).toEqual([PICTURE_WIDTH, PICTURE_HEIGHT]);
    expect([attachment.width, attachment.height]).toEqual([PICTURE_WIDTH, PICTURE_HEIGHT]);

    // Drawn once: the same member asking again gets the stored picture.
    const again = await stats('en-US');
    expect(double.attachmentData(again.attachments[0]!).equals(bytes)).toBe(true);
    // Chinese labels make another picture.
    const chinese = await stats('zh-CN');
    expect(chinese.attachments[0]!.description).toMatch(/近一年/);
    expect(double.attachmentData(chinese.attachments[0]!).equals(bytes)).toBe(false);

    // A review makes the picture stale.
    const revealed = await quizUntilRevealed(double, alice);
    const good = customIds(revealed).find((id) => id.startsWith('1:quiz-rate:') && id.endsWith(':3'))!;
    await (await double.clickButton({ message: revealed, customId: good, user: alice, locale: 'en-US' })).callback();
    const after = await stats('en-US');
    expect(after.embeds[0]!.fields!.find((f) => f.name === 'Reviews in total')!.value).toBe(String(deck.totalReviews + 1));
    expect(double.attachmentData(after.attachments[0]!).equals(bytes)).toBe(false);
  });

  it('/export sends exactly the member’s reviews as CSV, privately', async () => {
    double = await startDiscordDouble();
    runs.push(await startBot(double, {}));
    const d = double;
    for (const user of [alice, alice, bob]) {
      const revealed = await quizUntilRevealed(d, user);
      const grade = user === alice ? ':3' : ':1';
      const rate = customIds(revealed).find((id) => id.startsWith('1:quiz-rate:') && id.endsWith(grade))!;
      await (await d.clickButton({ message: revealed, customId: rate, user, locale: 'en-US' })).callback();
    }
    const reply = await (await d.sendCommand({ name: 'export', user: alice, locale: 'en-US' })).reply();
    expect(reply.flags & 64).toBe(64);
    expect(reply.content).toMatch(/2 reviews, times in UTC/);
    expect(reply.attachments).toHaveLength(1);
    expect(reply.attachments[0]!.filename).toMatch(/^studycards-reviews-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = d.attachmentData(reply.attachments[0]!).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('card_id,title,review_time,review_rating,interval_days,review_state');
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r[0]).sort()).toEqual(['0076-minimum-window-substring', '0128-longest-consecutive-sequence']);
    for (const row of rows) {
      expect(row[2]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(row[3]).toBe('3');
      expect(Number(row[4])).toBeGreaterThan(0);
      expect(row[5]).toBe('0');
    }
    expect(lines.join('\n')).toContain('128. 最长连续序列');

    const bobExport = await (await d.sendCommand({ name: 'export', user: bob, locale: 'en-US' })).reply();
    const bobRows = d.attachmentData(bobExport.attachments[0]!).toString('utf8').trimEnd().split('\r\n').slice(1);
    expect(bobRows).toHaveLength(1);
    expect(bobRows[0]!.split(',')[3]).toBe('1');
    const nobody = await (await d.sendCommand({ name: 'export', user: DAVE_USER, locale: 'en-US' })).reply();
    expect(nobody.content).toMatch(/no reviews to export/);
    expect(nobody.attachments).toHaveLength(0);
  });

  it('fits FSRS to a generated log of over 1,000 reviews, changes the next interval, and reverts', async () => {
    double = await startDiscordDouble();
    const clock = new MovableClock(START);
    const run = await startBot(double, {}, { clock: clock.now });
    runs.push(run);
    const d = double;

    // A history on cards no longer published, and one fixture card answered today: the other fixture card is new.
    const deck = emptyDeck();
    const reviews = generateReviewHistory(deck, { cards: syntheticCards(120), start: new Date('2026-02-01T00:00:00Z'), end: new Date('2026-12-02T00:00:00Z') });
    expect(reviews).toBeGreaterThanOrEqual(1000);
    await run.app.deps.stores.quiz.saveDeck(alice.id, deck);
    const first = await quizUntilRevealed(d, alice);
    const good = customIds(first).find((id) => id.startsWith('1:quiz-rate:') && id.endsWith(':3'))!;
    await (await d.clickButton({ message: first, customId: good, user: alice, locale: 'en-US' })).callback();

    const defaultIntervals = labels(await quizUntilRevealed(d, alice)).filter((l) => /\d+d$/.test(l));
    expect(defaultIntervals).toHaveLength(4);

    const stats = await (await d.sendCommand({ name: 'stats', user: alice, locale: 'en-US' })).reply();
    const fitId = customIds(stats).find((id) => id.startsWith('1:fit:run:'))!;
    expect(fitId).toBe(`1:fit:run:${alice.id}`);
    const fitted = await answerOf(await d.clickButton({ message: stats, customId: fitId, user: alice, locale: 'en-US' }));
    expect(fitted.flags & 64).toBe(64);
    expect(fitted.content).toMatch(new RegExp(`fitted to your ${reviews + 1} reviews`));
    expect(fitted.content).toMatch(/Predicted retention now:\*\* \d+\.\d% → \d+\.\d%/);
    expect(fitted.content).toMatch(/Reviews per day \(next 30 days\):\*\* \d+\.\d → \d+\.\d/);
    const weights = (await run.app.deps.stores.quiz.deck(alice.id)).weights;
    expect(weights).toHaveLength(21);

    const fittedIntervals = labels(await quizUntilRevealed(d, alice)).filter((l) => /\d+d$/.test(l));
    expect(fittedIntervals).not.toEqual(defaultIntervals);

    const revertId = customIds(fitted).find((id) => id.startsWith('1:fit:revert:'))!;
    const reverted = await answerOf(await d.clickButton({ message: fitted, customId: revertId, user: alice, locale: 'en-US' }));
    expect(reverted.content).toMatch(/Back to the default schedule/);
    expect((await run.app.deps.stores.quiz.deck(alice.id)).weights).toBeNull();
    expect(labels(await quizUntilRevealed(d, alice)).filter((l) => /\d+d$/.test(l))).toEqual(defaultIntervals);
  }, 60_000);
});

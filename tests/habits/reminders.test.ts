import { afterEach, describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { startBot, tempSqliteUrl, type BotRun } from '../../kit/bot-harness.ts';
import { recordReview } from '../../src/quiz/deck.ts';
import { MovableClock } from '../../kit/movable-clock.ts';
import { waitForLogs } from '../../kit/wait.ts';
import { tickDone } from '../../kit/announce.ts';
import { ALICE_USER, BOB_USER, CAROL_USER } from '../../kit/members.ts';

let double: DiscordDouble | undefined;
const runs: BotRun[] = [];
afterEach(async () => {
  for (const run of runs.splice(0)) await run.app.stop();
  await double?.close();
  double = undefined;
});

const alice = ALICE_USER;
const bob = BOB_USER;
const carol = CAROL_USER;
/** 18:00 in Shanghai: far from midnight, so "today" is one day throughout the test. */
const START = new Date('2026-12-03T10:00:00Z');
const MINUTE = 60_000;
/** DMs the bot posted itself, not its answers to clicks in the DM. */
const remindersTo = (user: { id: string }) => double!.directMessages(user.id).filter((m) => !m.interaction_metadata);

describe('due reminders through the Discord double', () => {
  it('DMs once at the time when cards are due, not when nothing is, not again after a restart; the button opens the quiz', async () => {
    double = await startDiscordDouble();
    const clock = new MovableClock(START);
    const env = { REMIND_CRON: '* * * * * *', STORE_URL: tempSqliteUrl() };
    const first = await startBot(double, env, { clock: clock.now });
    runs.push(first);

    // Bob has studied both fixture cards today: nothing is due for him.
    const cards = first.app.deps.corpus.library.leetcodeCards(clock.now());
    expect(cards).toHaveLength(2);
    const deck = await first.app.deps.stores.quiz.deck(bob.id);
    for (const card of cards) recordReview(deck, card.id, Rating.Good, clock.now(), null);
    await first.app.deps.stores.quiz.saveDeck(bob.id, deck);

    for (const user of [alice, bob]) {
      const on = await (await double.sendCommand({ name: 'remind', subcommand: 'on', options: { time: '18:02' }, user, locale: 'en-US' })).reply();
      expect(on.flags & 64).toBe(64);
      expect(on.content).toMatch(/Reminders on: every day at \*\*18:02\*\* \(Asia\/Shanghai\)/);
    }
    await waitForLogs(first, tickDone('remind'), 3);
    expect(remindersTo(alice)).toHaveLength(0); // not yet 18:02

    const bobChecked = waitForLogs(first, (l) => l.msg === 'nothing due; no reminder today' && l.userId === bob.id);
    clock.advance(3 * MINUTE);
    const dm = await double.waitForDirectMessage(alice.id);
    await bobChecked;
    expect(dm.content).toBe('⏰ 0 due, 2 new left today.');
    expect(dm.guild_id).toBeUndefined();
    expect(remindersTo(bob)).toHaveLength(0);
    const dmRequest = double.requests.find((r) => r.method === 'POST' && r.path === `/channels/${dm.channel_id}/messages`)!;
    expect((dmRequest.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });

    await waitForLogs(first, tickDone('remind'), 3);
    expect(remindersTo(alice)).toHaveLength(1);

    // The button in the DM opens Alice's quiz there.
    const opened = await (await double.clickButton({ message: dm, customId: '1:remind-quiz', user: alice, locale: 'en-US' })).reply();
    expect(opened.content).toMatch(/New card/);
    expect(JSON.stringify(opened.components)).toMatch(new RegExp(`1:quiz-show:${alice.id}`));

    runs.splice(runs.indexOf(first), 1);
    await first.app.stop();
    const second = await startBot(double, env, { clock: clock.now });
    runs.push(second);
    await waitForLogs(second, tickDone('remind'), 3);
    expect(remindersTo(alice)).toHaveLength(1);
    expect(remindersTo(bob)).toHaveLength(0);

    // The next day it comes again.
    clock.advance(24 * 60 * MINUTE);
    await double.waitForDirectMessage(alice.id, (m) => m.id !== dm.id && !m.interaction_metadata);
    expect(remindersTo(alice)).toHaveLength(2);
  });

  it('turns reminders off on error 50007 and says so privately at the next command', async () => {
    double = await startDiscordDouble();
    const clock = new MovableClock(START);
    const run = await startBot(double, { REMIND_CRON: '* * * * * *' }, { clock: clock.now });
    runs.push(run);
    double.setDmsClosed(carol.id);
    await (
      await double.sendCommand({ name: 'remind', subcommand: 'on', options: { time: '18:01', timezone: 'Asia/Shanghai' }, user: carol, locale: 'en-US' })
    ).reply();

    const turnedOff = waitForLogs(run, (l) => l.msg === 'member does not accept DMs; reminders turned off' && l.userId === carol.id);
    clock.advance(2 * MINUTE);
    await turnedOff;
    expect(double.requests.some((r) => r.status === 403 && /\/channels\/\d+\/messages$/.test(r.path))).toBe(true);
    expect((await run.app.deps.stores.reminders.get(carol.id))?.enabled).toBe(false);

    // Her next command answers as usual, then tells her privately, once.
    const stats = await double.sendCommand({ name: 'stats', user: carol, locale: 'en-US' });
    await stats.reply();
    const [notice] = await stats.waitForFollowups(1);
    expect(notice!.flags & 64).toBe(64);
    expect(notice!.content).toMatch(/direct messages are closed to me, so reminders are now off/);
    expect((await run.app.deps.stores.reminders.get(carol.id))?.turnedOff?.told).toBe(true);
    const later = await double.sendCommand({ name: 'tags', user: carol, locale: 'en-US' });
    await later.reply();
    await (await double.sendCommand({ name: 'help', user: carol, locale: 'en-US' })).reply();
    expect(later.followups).toHaveLength(0);

    // Nothing more is attempted for her.
    double.setDmsClosed(carol.id, false);
    await waitForLogs(run, tickDone('remind'), 3);
    expect(remindersTo(carol)).toHaveLength(0);
  });
});

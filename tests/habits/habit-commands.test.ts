import { describe, expect, it } from 'vitest';
import { command as exportCommand } from '../../commands/export.ts';
import { command as remind } from '../../commands/remind.ts';
import { loadConfig } from '../../src/config.ts';
import { reminderNonce, runReminders, type DirectMessenger } from '../../src/habits/reminders/reminder-job.ts';
import { createLeases } from '../../src/store/lease.ts';
import type { BotDeps } from '../../src/interactions/types.ts';
import { emptyDeck } from '../../src/quiz/deck.ts';
import { buildDeps, FIXED_NOW } from '../../kit/deps.ts';
import { click, commandInput } from '../../kit/invoke.ts';
import { ALICE as KIT_ALICE } from '../../kit/members.ts';
import { generateReviewHistory, syntheticCards } from '../../kit/review-history.ts';

const ALICE = KIT_ALICE.id;
/** A /stats "fit" button with these fields, clicked as the adapter would (an id that does not decode is "no longer works"). */
const clickFit = (args: string[], deps: BotDeps, userId = ALICE) =>
  click(`fit:${args.join(':')}`, deps, { user: { id: userId, name: 'alice' }, lang: 'en', now: FIXED_NOW });

describe('configuration of study habits', () => {
  it('validates REMIND_CRON and FSRS_FIT_MIN_REVIEWS with the rest, reporting both at once', () => {
    const bad = loadConfig({ REMIND_CRON: 'every minute', FSRS_FIT_MIN_REVIEWS: '0' }, { requireToken: false });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.variable).sort()).toEqual(['FSRS_FIT_MIN_REVIEWS', 'REMIND_CRON']);
    const good = loadConfig({}, { requireToken: false });
    expect(good.ok && [good.config.remindCron, good.config.fitMinReviews]).toEqual(['* * * * *', 200]);
  });
});

describe('/remind', () => {
  it('refuses a bad time or zone, normalises a good one, and turns off', async () => {
    const deps = await buildDeps();
    const on = (options: Record<string, string>) => remind.run(commandInput({ options, subcommand: 'on' }, { lang: 'en' }), deps);
    expect((await on({ time: '25:00' })).content).toMatch(/is not a time/);
    expect((await on({ time: '7:05', timezone: 'Mars/Olympus' })).content).toMatch(/is not a timezone/);
    expect((await on({ time: '7:05', timezone: 'europe/berlin' })).content).toMatch(/\*\*07:05\*\* \(Europe\/Berlin\)/);
    expect(await deps.stores.reminders.members()).toEqual([ALICE]);
    expect(await deps.stores.reminders.get(ALICE)).toMatchObject({
      enabled: true,
      time: '07:05',
      zone: 'Europe/Berlin',
      lang: 'en',
      activeFrom: FIXED_NOW.getTime(),
    });
    const off = () => remind.run(commandInput({ subcommand: 'off' }, { lang: 'en' }), deps);
    expect((await off()).content).toBe('Reminders are off.');
    expect((await off()).content).toBe('Reminders were already off.');
    expect(await deps.stores.reminders.members()).toEqual([]);
  });
});

describe('/export and fitting without enough reviews', () => {
  it('says so instead of sending an empty file', async () => {
    const deps = await buildDeps();
    const reply = await exportCommand.run(commandInput({}, { lang: 'en' }), deps);
    expect(reply.files ?? []).toEqual([]);
    expect(reply.content).toMatch(/no reviews to export/);
  });

  it('refuses other members’ buttons, short logs, and logs without repeated reviews; reverting the defaults is a no-op', async () => {
    const deps = await buildDeps();
    expect((await clickFit(['run', ALICE], deps, '100000000000000002')).content).toMatch(/belongs to the member who ran the command/);
    expect((await clickFit(['run', 'x'], deps)).content).toMatch(/no longer works/);
    expect((await clickFit(['run', ALICE], deps)).content).toBe('“Fit my schedule” opens at 200 reviews; you have 0.');
    expect((await clickFit(['revert', ALICE], deps)).content).toBe('You are already on the default schedule.');

    // Two new cards a day for 125 days, each reviewed on its first day only: a long log, but no card
    // was ever seen again a day or more later.
    const many = emptyDeck();
    for (let day = 0; day < 125; day++)
      generateReviewHistory(many, {
        cards: syntheticCards(2).map((id) => `${id}-${day}`),
        start: new Date(Date.UTC(2026, 0, 1 + day)),
        end: new Date(Date.UTC(2026, 0, 2 + day)),
      });
    await deps.stores.quiz.saveDeck(ALICE, many);
    expect(many.log.length).toBeGreaterThanOrEqual(200);
    expect((await clickFit(['run', ALICE], deps)).content).toMatch(/not yet have enough repeated reviews/);
    expect((await deps.stores.quiz.deck(ALICE)).weights).toBeNull();
  });
});

describe('a reminder interrupted by a crash mid-send', () => {
  const record = (sending: { day: string; at: number } | null) => ({
    enabled: true,
    time: '09:00',
    zone: 'Asia/Shanghai',
    lang: 'en' as const,
    activeFrom: 0,
    handledDay: null,
    lastSentAt: null,
    turnedOff: null,
    sending,
  });
  const now = new Date('2026-12-03T10:00:00Z'); // 18:00 in Shanghai

  it('is retried under the same nonce while Discord still remembers it, and given up after that', async () => {
    const deps = await buildDeps({ now });
    const sent: { userId: string; nonce: string }[] = [];
    const messenger: DirectMessenger = {
      async send(userId, _message, nonce) {
        sent.push({ userId, nonce });
        return 'sent';
      },
    };
    const recent = '100000000000000011';
    const old = '100000000000000012';
    await deps.stores.reminders.update(recent, () => record({ day: '2026-12-03', at: now.getTime() - 60_000 }));
    await deps.stores.reminders.update(old, () => record({ day: '2026-12-03', at: now.getTime() - 10 * 60_000 }));
    for (const id of [recent, old]) await deps.stores.reminders.addMember(id);

    const report = await runReminders(now, deps, messenger, createLeases(deps.stores.kv));
    expect(sent).toEqual([{ userId: recent, nonce: reminderNonce(recent, '2026-12-03') }]);
    expect(report.sent.map((s) => s.userId)).toEqual([recent]);
    for (const id of [recent, old]) expect(await deps.stores.reminders.get(id)).toMatchObject({ handledDay: '2026-12-03', sending: null });
  });
});

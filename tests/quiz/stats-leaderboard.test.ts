import { Rating, type Grade } from 'ts-fsrs';
import { beforeEach, describe, expect, it } from 'vitest';
import { command as leaderboardCommand } from '../../commands/leaderboard.ts';
import { command as statsCommand } from '../../commands/stats.ts';
import type { Member, Reply } from '../../src/interactions/types.ts';
import { currentStreak, recentCounts, type ActivityBucket } from '../../src/quiz/activity.ts';
import { cardOf } from '../../src/quiz/deck.ts';
import { review } from '../../src/quiz/fsrs.ts';
import { rateQuizCard } from '../../src/quiz/reviews.ts';
import { ALICE, articleId, BOB, cardSpecs, commandInput, GUILD, OTHER_GUILD, startHarness, writeCorpus, type Harness } from './harness.ts';

const ZONE = 'Asia/Shanghai';
const specs = cardSpecs(12);
const ids = specs.map(articleId);
const DAY = 86_400_000;

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness({ dir: writeCorpus(specs), timezone: ZONE });
});

/** One /quiz answer as the member would give it: against the card's current version. */
async function reviewAs(member: Member, guildId: string | null, card: number, grade: Grade, at: Date): Promise<void> {
  const store = harness.deps.stores.quiz;
  const version = cardOf(await store.deck(member.id), ids[card]!).version;
  const outcome = await rateQuizCard(store, { member, guildId, zone: ZONE }, ids[card]!, version, grade, at);
  expect(outcome.kind).toBe('recorded');
}

function fields(reply: Reply): Record<string, string> {
  return Object.fromEntries((reply.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));
}

describe('streaks', () => {
  const at = (iso: string) => new Date(iso).getTime();
  const activity = (instants: number[]): ActivityBucket[] => instants.map((t) => [Math.floor(t / 900_000), 1, 0]);

  it('counts local days across midnight in the asking zone', () => {
    // 23:50 on Dec 1 and 00:10 on Dec 2 in Shanghai: the same UTC day.
    const history = activity([at('2026-12-01T15:50:00Z'), at('2026-12-01T16:10:00Z')]);
    expect(currentStreak(history, new Date('2026-12-02T04:00:00Z'), ZONE)).toBe(2);
    expect(currentStreak(history, new Date('2026-12-02T04:00:00Z'), 'UTC')).toBe(1);
  });

  it('keeps yesterday’s streak until the day ends, then drops it', () => {
    const history = activity([at('2026-11-30T02:00:00Z'), at('2026-12-01T02:00:00Z'), at('2026-12-02T02:00:00Z')]);
    expect(currentStreak(history, new Date('2026-12-02T03:00:00Z'), ZONE)).toBe(3);
    expect(currentStreak(history, new Date('2026-12-03T15:59:00Z'), ZONE)).toBe(3); // 23:59 on Dec 3
    expect(currentStreak(history, new Date('2026-12-03T16:00:00Z'), ZONE)).toBe(0); // midnight: Dec 3 was missed
  });

  it('sums the last 30 days only', () => {
    const history: ActivityBucket[] = [
      [Math.floor(at('2026-10-01T00:00:00Z') / 900_000), 5, 5],
      [Math.floor(at('2026-11-20T00:00:00Z') / 900_000), 4, 1],
    ];
    expect(recentCounts(history, new Date('2026-12-01T00:00:00Z'), 30)).toEqual({ reviews: 4, again: 1 });
  });
});

describe('/stats', () => {
  it('reports studied, due, totals, streak and the 30-day share privately', async () => {
    const dec1 = new Date('2026-12-01T02:00:00Z');
    await reviewAs(ALICE, GUILD, 3, Rating.Again, new Date('2026-10-20T02:00:00Z')); // 42 days ago, still overdue
    await reviewAs(ALICE, GUILD, 0, Rating.Again, dec1);
    await reviewAs(ALICE, GUILD, 1, Rating.Good, dec1);
    await reviewAs(ALICE, OTHER_GUILD, 2, Rating.Easy, dec1);
    await reviewAs(ALICE, null, 0, Rating.Good, new Date('2026-12-02T02:00:00Z'));

    const now = new Date('2026-12-03T01:00:00Z'); // 09:00 on Dec 3: no review yet today
    const reply = await statsCommand.run(commandInput(ALICE, now), harness.deps);
    expect(reply.ephemeral).toBe(true);
    const dueDay = (grade: Grade, from: Date) => new Date(review(null, grade, from).due + 8 * 3600_000).toISOString().slice(0, 10);
    const card0Due = new Date(review(review(null, Rating.Again, dec1), Rating.Good, new Date('2026-12-02T02:00:00Z')).due + 8 * 3600_000)
      .toISOString()
      .slice(0, 10);
    const dueDays = ['2026-10-21', card0Due, dueDay(Rating.Good, dec1), dueDay(Rating.Easy, dec1)];
    expect(fields(reply)).toEqual({
      'Cards studied': '4',
      'Due today': String(dueDays.filter((d) => d <= '2026-12-03').length),
      'Due this week': String(dueDays.filter((d) => d <= '2026-12-09').length),
      'Reviews in total': '5',
      'Current streak': '🔥 2 days',
      'Not “Again”, last 30 days': '75% of 4',
    });
  });

  it('shows a dash for the share when there were no reviews', async () => {
    const reply = await statsCommand.run(commandInput(BOB, new Date('2026-12-03T01:00:00Z'), { lang: 'zh' }), harness.deps);
    expect(fields(reply)).toMatchObject({ 已学卡片: '0', 连续打卡: '🔥 0 天', '近 30 天非“重来”比例': '—' });
  });
});

describe('/leaderboard', () => {
  const member = (n: number, name = `Member ${n}`): Member => ({ id: `3000000000000001${String(n).padStart(2, '0')}`, name });
  const now = new Date('2026-12-20T04:00:00Z'); // noon on Dec 20 in Shanghai
  const board = async (period?: string, user = ALICE) =>
    (await leaderboardCommand.run(commandInput(user, now, { values: period ? { period } : {} }), harness.deps)).embeds?.[0]?.description ?? '';

  beforeEach(async () => {
    const counts = [1, 2, 3, 3, 5, 6, 7, 8, 9, 10, 11];
    for (const [index, count] of counts.entries()) {
      for (let i = 0; i < count; i++) await reviewAs(member(index + 1), GUILD, i, Rating.Good, new Date(now.getTime() - DAY + i * 60_000));
    }
    await reviewAs(ALICE, GUILD, 0, Rating.Good, now);
    for (let i = 0; i < 12; i++) await reviewAs(ALICE, OTHER_GUILD, i, Rating.Good, new Date(now.getTime() - DAY + i * 60_000));
    for (let i = 0; i < 12; i++) await reviewAs(BOB, GUILD, i, Rating.Good, new Date(now.getTime() - 15 * DAY + i * 60_000));
    const carol = member(50, 'Carol *the* <@123> @everyone');
    for (let i = 0; i < 12; i++) {
      await reviewAs(carol, GUILD, i, Rating.Good, new Date(now.getTime() - 50 * DAY));
      await reviewAs(carol, GUILD, i, Rating.Good, new Date(now.getTime() - 45 * DAY));
    }
  });

  it('ranks the top 10 of this server over the last 7 days, with streaks and the asker below', async () => {
    const text = await board();
    const lines = text.split('\n');
    expect(lines.slice(0, 10)).toEqual([
      '**1.** Member 11 — 11 reviews · 🔥 1',
      '**2.** Member 10 — 10 reviews · 🔥 1',
      '**3.** Member 9 — 9 reviews · 🔥 1',
      '**4.** Member 8 — 8 reviews · 🔥 1',
      '**5.** Member 7 — 7 reviews · 🔥 1',
      '**6.** Member 6 — 6 reviews · 🔥 1',
      '**7.** Member 5 — 5 reviews · 🔥 1',
      '**8.** Member 3 — 3 reviews · 🔥 1',
      '**8.** Member 4 — 3 reviews · 🔥 1',
      '**10.** Member 2 — 2 reviews · 🔥 1',
    ]);
    // Alice's 12 reviews from the other server do not count here (her one review ties for 11th),
    // but her streak is hers everywhere: yesterday there, today here.
    expect(lines.slice(10)).toEqual(['', 'You: **#11** with 1 review · 🔥 2']);
    expect(await board('week')).toBe(text);
  });

  it('counts the last 30 days and all time from the period option', async () => {
    const month = (await board('month')).split('\n');
    expect(month[0]).toBe('**1.** Bob — 12 reviews · 🔥 0');
    const all = (await board('all')).split('\n');
    expect(all[0]).toBe('**1.** Carol \\*the\\* \\<@123> @\u200beveryone — 24 reviews · 🔥 0');
    // Escaped, the name shows as text: no unescaped mention syntax is left to ping anyone.
    expect(all.join('\n')).not.toMatch(/(^|[^\\])<@\d/);
  });

  it('shows the asker only once when they are in the top 10, and tells a member with no reviews', async () => {
    const own = (await board('week', member(11))).split('\n');
    expect(own).toHaveLength(10);
    const stranger = await board('week', { id: '399999999999999999', name: 'New' });
    expect(stranger.split('\n').at(-1)).toBe('You have no reviews from this server in this period yet.');
  });

  it('only works inside a server', async () => {
    const reply = await leaderboardCommand.run(commandInput(ALICE, now, { guildId: null }), harness.deps);
    expect(reply).toMatchObject({ ephemeral: true, content: 'This command only works inside a server.' });
  });
});

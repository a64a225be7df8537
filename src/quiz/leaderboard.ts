import { localDay, nextDay } from '../time.ts';
import { currentStreak } from './activity.ts';
import type { QuizStore, ReviewTally } from './quiz-store.ts';

export const LEADERBOARD_PERIODS = ['week', 'month', 'all'] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

/** Local days each period covers, today included; `all` reads the all-time tally instead. */
const PERIOD_DAYS: Record<Exclude<LeaderboardPeriod, 'all'>, number> = { week: 7, month: 30 };
export const LEADERBOARD_SIZE = 10;

export interface LeaderboardEntry {
  userId: string;
  /** The display name stored with the member's latest review here; null if none was stored. */
  name: string | null;
  reviews: number;
  /** Competition ranking: equal counts share a rank. */
  rank: number;
  streak: number;
}

export interface Leaderboard {
  top: LeaderboardEntry[];
  /** The asking member when outside the top; null when inside it or without reviews in the period. */
  own: LeaderboardEntry | null;
  ownInTop: boolean;
}

async function periodTally(store: QuizStore, guildId: string, period: LeaderboardPeriod, now: Date, zone: string): Promise<ReviewTally> {
  if (period === 'all') return store.allTimeTally(guildId);
  const today = localDay(now, zone);
  const days = Array.from({ length: PERIOD_DAYS[period] }, (_, i) => nextDay(today, -i));
  const totals: ReviewTally = {};
  for (const tally of await Promise.all(days.map((day) => store.dayTally(guildId, day)))) {
    for (const [userId, count] of Object.entries(tally)) totals[userId] = (totals[userId] ?? 0) + count;
  }
  return totals;
}

/** The server's top reviewers over the period (reviews made from this server only), with streaks. */
export async function buildLeaderboard(
  store: QuizStore,
  guildId: string,
  period: LeaderboardPeriod,
  askingUserId: string,
  now: Date,
  zone: string,
): Promise<Leaderboard> {
  const tally = await periodTally(store, guildId, period, now, zone);
  const ordered = Object.entries(tally)
    .filter(([, reviews]) => reviews > 0)
    .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : idA > idB ? 1 : 0));
  const ranked: { userId: string; reviews: number; rank: number }[] = [];
  for (const [index, [userId, reviews]] of ordered.entries()) {
    const previous = ranked[index - 1];
    ranked.push({ userId, reviews, rank: previous && previous.reviews === reviews ? previous.rank : index + 1 });
  }
  const topRows = ranked.slice(0, LEADERBOARD_SIZE);
  const ownInTop = topRows.some((row) => row.userId === askingUserId);
  const ownRow = ownInTop ? undefined : ranked.find((row) => row.userId === askingUserId);
  const names = await store.memberNames(guildId);
  const withStreak = async (row: { userId: string; reviews: number; rank: number }): Promise<LeaderboardEntry> => ({
    ...row,
    name: names[row.userId] ?? null,
    streak: currentStreak((await store.deck(row.userId)).activity, now, zone),
  });
  return {
    top: await Promise.all(topRows.map(withStreak)),
    own: ownRow ? await withStreak(ownRow) : null,
    ownInTop,
  };
}

import crypto from 'node:crypto';
import type { Article } from '../../corpus/types.ts';
import { BUCKET_MS, type ActivityBucket } from '../../quiz/activity.ts';
import { cardOf, type MemberDeck } from '../../quiz/deck.ts';
import { localDay, nextDay, wallTimeIn } from '../../time.ts';

export interface DayCount {
  /** `YYYY-MM-DD`, local to the server's zone. */
  day: string;
  count: number;
}

export interface MonthShare {
  /** `YYYY-MM`. */
  month: string;
  reviews: number;
  notAgain: number;
}

/** Everything the /stats picture shows, counted in the server's zone. */
export interface StatsChartData {
  today: string;
  /** Whole weeks, Monday first, ending with the week that holds today: 53 × 7 days (days after today have count 0). */
  heatmap: DayCount[];
  /** Reviews in the year the heatmap shows, up to today. */
  yearTotal: number;
  last30: DayCount[];
  next30: DayCount[];
  /** The last twelve months, oldest first. */
  months: MonthShare[];
}

export const HEATMAP_WEEKS = 53;

/** Monday = 0 … Sunday = 6 of a `YYYY-MM-DD` (calendar arithmetic, no zone). */
export function weekdayIndex(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** Only this much history can show: a year of weeks, and twelve calendar months. */
const HISTORY_MS = 400 * 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Reviews per local day since `from`. The zone's offset is looked up once per UTC hour that has
 * reviews (offsets change only on the hour, at DST transitions), not once per 15-minute bucket:
 * Intl formatting is the slow part of the whole picture.
 */
function reviewsPerDay(activity: readonly ActivityBucket[], zone: string, from: number): Map<string, { reviews: number; again: number }> {
  const days = new Map<string, { reviews: number; again: number }>();
  const offsets = new Map<number, number>();
  for (const [bucket, reviews, again] of activity) {
    const instant = bucket * BUCKET_MS;
    if (instant < from) continue;
    const hour = Math.floor(instant / HOUR_MS);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const w = wallTimeIn(new Date(hour * HOUR_MS), zone);
      offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - hour * HOUR_MS;
      offsets.set(hour, offset);
    }
    const day = new Date(instant + offset).toISOString().slice(0, 10);
    const entry = days.get(day) ?? { reviews: 0, again: 0 };
    entry.reviews += reviews;
    entry.again += again;
    days.set(day, entry);
  }
  return days;
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function statsChartData(deck: MemberDeck, cards: readonly Article[], now: Date, zone: string): StatsChartData {
  const today = localDay(now, zone);
  const perDay = reviewsPerDay(deck.activity, zone, now.getTime() - HISTORY_MS);
  const count = (day: string) => (day <= today ? (perDay.get(day)?.reviews ?? 0) : 0);

  const firstDay = nextDay(today, -(weekdayIndex(today) + 7 * (HEATMAP_WEEKS - 1)));
  const heatmap: DayCount[] = [];
  for (let i = 0; i < HEATMAP_WEEKS * 7; i++) {
    const day = nextDay(firstDay, i);
    heatmap.push({ day, count: count(day) });
  }
  const yearTotal = heatmap.reduce((sum, d) => sum + d.count, 0);

  const last30: DayCount[] = [];
  for (let i = 29; i >= 0; i--) {
    const day = nextDay(today, -i);
    last30.push({ day, count: count(day) });
  }

  // Cards overdue from earlier days are due today: that is when they will be shown.
  const dueByDay = new Map<string, number>();
  for (const article of cards) {
    const state = cardOf(deck, article.id).fsrs;
    if (state === null) continue;
    const dueDay = localDay(new Date(state.due), zone);
    const day = dueDay < today ? today : dueDay;
    dueByDay.set(day, (dueByDay.get(day) ?? 0) + 1);
  }
  const next30: DayCount[] = [];
  for (let i = 0; i < 30; i++) {
    const day = nextDay(today, i);
    next30.push({ day, count: dueByDay.get(day) ?? 0 });
  }

  const monthKeys: string[] = [today.slice(0, 7)];
  while (monthKeys.length < 12) monthKeys.unshift(previousMonth(monthKeys[0]!));
  const byMonth = new Map(monthKeys.map((month) => [month, { month, reviews: 0, notAgain: 0 }]));
  for (const [day, entry] of perDay) {
    const month = byMonth.get(day.slice(0, 7));
    if (!month || day > today) continue;
    month.reviews += entry.reviews;
    month.notAgain += entry.reviews - entry.again;
  }
  return { today, heatmap, yearTotal, last30, next30, months: [...byMonth.values()] };
}

/**
 * A stamp that changes whenever the picture would: a review or undo, fitted or reverted weights
 * (they move due dates), a new day, language, zone or corpus.
 */
export function pictureStamp(deck: MemberDeck, cards: readonly Article[], today: string, lang: string, zone: string): string {
  const weights = deck.weights ? crypto.createHash('sha256').update(deck.weights.join(',')).digest('hex').slice(0, 12) : 'default';
  return [deck.nextReviewId, deck.totalReviews, weights, today, lang, zone, cards.length].join('|');
}

import { localDay, nextDay } from '../time.ts';

/**
 * Reviews are counted in quarter-hour buckets: every time zone in use today is offset from UTC by
 * a multiple of 15 minutes, so a bucket never straddles a local midnight and one history answers
 * "which local days had a review" in whichever zone the asking server uses.
 */
export const BUCKET_MS = 15 * 60 * 1000;

/** `[bucket index since the epoch, reviews, of which Again]`, ascending by bucket. */
export type ActivityBucket = [number, number, number];

export function bucketOf(instant: number): number {
  return Math.floor(instant / BUCKET_MS);
}

/** Adds (or with negative counts, removes) reviews at an instant; empty buckets disappear. */
export function addActivity(activity: ActivityBucket[], instant: number, reviews: number, again: number): void {
  const bucket = bucketOf(instant);
  let index = activity.length;
  while (index > 0 && activity[index - 1]![0] > bucket) index--;
  const existing = index > 0 ? activity[index - 1] : undefined;
  if (existing && existing[0] === bucket) {
    existing[1] += reviews;
    existing[2] += again;
    if (existing[1] <= 0) activity.splice(index - 1, 1);
    return;
  }
  if (reviews > 0) activity.splice(index, 0, [bucket, reviews, Math.max(0, again)]);
}

/** Local days (in `zone`) with at least one review. */
export function activeDays(activity: readonly ActivityBucket[], zone: string): Set<string> {
  const days = new Set<string>();
  for (const [bucket, reviews] of activity) if (reviews > 0) days.add(localDay(new Date(bucket * BUCKET_MS), zone));
  return days;
}

/**
 * Consecutive local days with a review, ending today, or yesterday when today has none yet: a
 * streak is not lost in the morning before the day's first review.
 */
export function currentStreak(activity: readonly ActivityBucket[], now: Date, zone: string): number {
  const days = activeDays(activity, zone);
  let day = localDay(now, zone);
  if (!days.has(day)) day = nextDay(day, -1);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = nextDay(day, -1);
  }
  return streak;
}

/** Reviews and Again answers in the `days` × 24 hours before `now`. */
export function recentCounts(activity: readonly ActivityBucket[], now: Date, days: number): { reviews: number; again: number } {
  const from = bucketOf(now.getTime() - days * 24 * 60 * 60 * 1000);
  let reviews = 0;
  let again = 0;
  for (const [bucket, count, againCount] of activity) {
    if (bucket < from) continue;
    reviews += count;
    again += againCount;
  }
  return { reviews, again };
}

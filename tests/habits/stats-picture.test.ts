import { loadImage } from '@napi-rs/canvas';
import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.ts';
import { statsChartData, weekdayIndex } from '../../src/habits/stats-picture/chart-data.ts';
import { drawStatsPicture, heatLevel, PICTURE_HEIGHT, PICTURE_WIDTH } from '../../src/habits/stats-picture/draw.ts';
import { emptyDeck, recordReview } from '../../src/quiz/deck.ts';

const ZONE = 'Asia/Shanghai';
const cards = (...ids: string[]) => ids.map((id) => ({ id })) as unknown as Article[];

describe('the /stats picture data', () => {
  it('lays a year out in whole Monday-first weeks ending with today’s week, counted in the server’s zone', () => {
    const deck = emptyDeck();
    // 23:30 on Dec 1 and 00:30 on Dec 2 in Shanghai; both Dec 1 in UTC.
    recordReview(deck, 'a', Rating.Good, new Date('2026-12-01T15:30:00Z'), null);
    recordReview(deck, 'b', Rating.Again, new Date('2026-12-01T16:30:00Z'), null);
    const now = new Date('2026-12-03T04:00:00Z'); // a Thursday
    const data = statsChartData(deck, cards('a', 'b'), now, ZONE);
    expect(data.heatmap).toHaveLength(53 * 7);
    expect(weekdayIndex(data.heatmap[0]!.day)).toBe(0);
    expect(data.heatmap.at(-1)!.day).toBe('2026-12-06');
    const count = (day: string) => data.heatmap.find((d) => d.day === day)!.count;
    expect([count('2026-12-01'), count('2026-12-02')]).toEqual([1, 1]);
    expect(statsChartData(deck, cards('a', 'b'), now, 'UTC').heatmap.find((d) => d.day === '2026-12-01')!.count).toBe(2);
    expect(data.yearTotal).toBe(2);
    expect(data.last30.at(-1)!.day).toBe('2026-12-03');
    expect(data.months.map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(data.months.at(-1)).toEqual({ month: '2026-12', reviews: 2, notAgain: 1 });
  });

  it('counts overdue cards as due today and leaves unstudied and unpublished cards out', () => {
    const deck = emptyDeck();
    recordReview(deck, 'a', Rating.Again, new Date('2026-11-01T02:00:00Z'), null); // long overdue
    recordReview(deck, 'b', Rating.Good, new Date('2026-12-03T02:00:00Z'), null);
    recordReview(deck, 'removed', Rating.Again, new Date('2026-11-01T02:00:00Z'), null);
    const data = statsChartData(deck, cards('a', 'b', 'new'), new Date('2026-12-03T04:00:00Z'), ZONE);
    expect(data.next30[0]).toEqual({ day: '2026-12-03', count: 1 });
    expect(data.next30.reduce((sum, d) => sum + d.count, 0)).toBe(2);
  });

  it('shades days in five levels relative to the busiest day', () => {
    expect([0, 1, 5, 10, 15, 20].map((n) => heatLevel(n, 20))).toEqual([0, 1, 1, 2, 3, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });

  it('draws a PNG of the stated size, with labels in the member’s language', async () => {
    const deck = emptyDeck();
    recordReview(deck, 'a', Rating.Good, new Date('2026-11-20T02:00:00Z'), null);
    const data = statsChartData(deck, cards('a'), new Date('2026-12-03T04:00:00Z'), ZONE);
    const [zh, en, empty] = await Promise.all([
      drawStatsPicture(data, 'zh'),
      drawStatsPicture(data, 'en'),
      drawStatsPicture(statsChartData(emptyDeck(), [], new Date('2026-12-03T04:00:00Z'), ZONE), 'en'),
    ]);
    for (const picture of [zh, en, empty]) {
      const image = await loadImage(picture.png);
      expect([image.width, image.height]).toEqual([PICTURE_WIDTH, PICTURE_HEIGHT]);
    }
    expect(zh.png.equals(en.png)).toBe(false);
    expect(en.png.equals(empty.png)).toBe(false);
  });
});

import { createTask, parse } from 'node-cron';
import { describe, expect, it } from 'vitest';
import { quizDayAt, quizMomentOn, quizTimingFor, type QuizTiming } from '../../src/quiz/daily-timing.ts';
import type { Config } from '../../src/config.ts';
import { nextDay } from '../../src/time.ts';

const config = { timezone: 'UTC', quizCron: '0 9 * * *' } as Config;

describe('quiz timing', () => {
  it('uses the guild time in the guild zone, else the cron in the bot zone', () => {
    expect(quizTimingFor({ quizTime: '21:30', timezone: 'Asia/Shanghai' }, config)).toEqual({ zone: 'Asia/Shanghai', quizTime: '21:30', cron: '0 9 * * *' });
    expect(quizTimingFor({}, config)).toEqual({ zone: 'UTC', quizTime: null, cron: '0 9 * * *' });
    // Values that /config should never have stored fall back instead of breaking the job.
    expect(quizTimingFor({ quizTime: '25:00', timezone: 'Mars/Olympus' }, config)).toEqual({ zone: 'UTC', quizTime: null, cron: '0 9 * * *' });
  });

  it('places HH:MM on the local day of the zone', () => {
    const timing: QuizTiming = { zone: 'Asia/Shanghai', quizTime: '08:15', cron: '0 9 * * *' };
    expect(quizMomentOn('2026-12-01', timing)?.toISOString()).toBe('2026-12-01T00:15:00.000Z');
    // 07:00 UTC on Dec 1 is 15:00 in Shanghai: the quiz of Dec 1 is due.
    expect(quizDayAt(new Date('2026-12-01T07:00:00Z'), timing)).toMatchObject({ day: '2026-12-01', due: true });
    // 16:30 UTC on Dec 1 is 00:30 on Dec 2 there: a new day whose quiz is not yet due.
    expect(quizDayAt(new Date('2026-12-01T16:30:00Z'), timing)).toMatchObject({ day: '2026-12-02', due: false });
  });

  it('reads the cron in the zone and skips days it does not fire on', () => {
    const timing: QuizTiming = { zone: 'America/New_York', quizTime: null, cron: '30 7 * * 1-5' };
    expect(quizMomentOn('2026-12-04', timing)?.toISOString()).toBe('2026-12-04T12:30:00.000Z'); // Friday, EST
    expect(quizMomentOn('2026-12-05', timing)).toBeNull(); // Saturday
    expect(quizMomentOn('2026-07-03', timing)?.toISOString()).toBe('2026-07-03T11:30:00.000Z'); // Friday, EDT
  });

  it('takes the first firing of a day for crons that fire often, with seconds', () => {
    expect(quizMomentOn('2026-12-01', { zone: 'UTC', quizTime: null, cron: '15 */20 6-18 * * *' })?.toISOString()).toBe('2026-12-01T06:00:15.000Z');
  });

  const patterns = [
    '0 9 * * *',
    '30 7 * * 1-5',
    '0 20 L * *',
    '0 8 15W * *',
    '0 8 1W * *',
    '0 8 LW * *',
    '0 12 * * 5#2',
    '0 12 * * 0L',
    '45 6 1,15 * 3',
    '0 9 L-2 2 *',
    '0 0 * * 7',
  ];
  it.each(patterns)('agrees with node-cron on every day of two years about whether and when %s first fires', async (pattern) => {
    const zone = 'Asia/Shanghai'; // no daylight saving: local midnight is always 16:00 UTC the day before
    const fields = parse(pattern);
    const firstSecondOfDay = (Math.min(...fields.hour) * 60 + Math.min(...fields.minute)) * 60 + Math.min(...fields.second);
    const task = createTask(pattern, () => undefined, { timezone: zone });
    let firing = 0;
    try {
      for (let day = '2026-01-01'; day < '2028-01-01'; day = nextDay(day)) {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        const candidate = new Date(Date.UTC(y, m - 1, d) - 8 * 3600_000 + firstSecondOfDay * 1000);
        // node-cron ANDs all fields, so a day fires iff it fires at the earliest time its time fields allow.
        const expected = task.match(candidate) ? candidate.getTime() : null;
        expect(quizMomentOn(day, { zone, quizTime: null, cron: pattern })?.getTime() ?? null, `${pattern} on ${day}`).toBe(expected);
        if (expected !== null) firing++;
      }
    } finally {
      await task.destroy();
    }
    expect(firing).toBeGreaterThan(1);
  });

  it('finds no earlier minute than the first moment (checked minute by minute on one day)', async () => {
    const pattern = '10,40 7-9 * * *';
    const task = createTask(pattern, () => undefined, { timezone: 'Asia/Shanghai' });
    try {
      const moment = quizMomentOn('2026-12-01', { zone: 'Asia/Shanghai', quizTime: null, cron: pattern })!;
      const midnight = Date.UTC(2026, 11, 1) - 8 * 3600_000;
      const minutes = Array.from({ length: 24 * 60 }, (_, i) => midnight + i * 60_000);
      expect(minutes.find((t) => task.match(new Date(t)))).toBe(moment.getTime());
    } finally {
      await task.destroy();
    }
  });
});

import { parse, type ParsedFields } from 'node-cron';
import type { Config } from '../config.ts';
import type { GuildSettings } from '../guilds/guild-settings.ts';
import { instantOfWallTime, isValidTimeZone, localDay } from '../time.ts';

/** When a guild's daily quiz is due: its own HH:MM, else QUIZ_CRON, read in the guild's zone. */
export interface QuizTiming {
  zone: string;
  quizTime: string | null;
  cron: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function quizTimingFor(settings: GuildSettings, config: Config): QuizTiming {
  const zone = settings.timezone && isValidTimeZone(settings.timezone) ? settings.timezone : config.timezone;
  const quizTime = settings.quizTime && HH_MM.test(settings.quizTime) ? settings.quizTime : null;
  return { zone, quizTime, cron: config.quizCron };
}

/**
 * The first moment of local `day` at which the quiz fires, or null when the schedule skips that day
 * (a weekday-only cron on a Sunday). Catching up after downtime only needs this first moment.
 */
export function quizMomentOn(day: string, timing: QuizTiming): Date | null {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const time = timing.quizTime ? HH_MM.exec(timing.quizTime) : null;
  if (time) return instantOfWallTime({ year, month, day: date, hour: Number(time[1]), minute: Number(time[2]), second: 0 }, timing.zone);

  // node-cron's own field sets, so the day rules here are the ones its scheduler fires on.
  const fields = parse(timing.cron);
  if (!fields.month.includes(month) || !matchesDayOfMonth(fields, year, month, date) || !matchesDayOfWeek(fields, year, month, date)) return null;
  const first = (values: number[]) => Math.min(...values);
  return instantOfWallTime({ year, month, day: date, hour: first(fields.hour), minute: first(fields.minute), second: first(fields.second) }, timing.zone);
}

/** Today's quiz in the guild's zone: the local day, and whether its moment has come. */
export function quizDayAt(now: Date, timing: QuizTiming): { day: string; moment: Date | null; due: boolean } {
  const day = localDay(now, timing.zone);
  const moment = quizMomentOn(day, timing);
  return { day, moment, due: moment !== null && moment.getTime() <= now.getTime() };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The weekday nearest to `target` inside the month (Quartz `W`), as node-cron reads it. */
function nearestWeekday(year: number, month: number, target: number): number {
  const last = daysInMonth(year, month);
  if (target < 1 || target > last) return -1;
  const weekday = weekdayOf(year, month, target);
  if (weekday === 6) return target === 1 ? target + 2 : target - 1;
  if (weekday === 0) return target === last ? target - 2 : target + 1;
  return target;
}

/** node-cron's day-of-month entries: numbers, `L`, `L-n`, `nW` and `LW`. Day fields are ANDed. */
function matchesDayOfMonth(fields: ParsedFields, year: number, month: number, day: number): boolean {
  const last = daysInMonth(year, month);
  return fields.dayOfMonth.some((entry) => {
    if (typeof entry === 'number') return entry === day;
    if (entry === 'L') return day === last;
    const weekday = /^(\d{1,2}|L)W$/.exec(entry);
    if (weekday) return nearestWeekday(year, month, weekday[1] === 'L' ? last : Number(weekday[1])) === day;
    const offset = /^L-(\d{1,2})$/.exec(entry);
    return offset !== null && last - Number(offset[1]) === day;
  });
}

/** node-cron's day-of-week entries: numbers (0 = Sunday), `n#k` (k-th in the month) and `nL` (last). */
function matchesDayOfWeek(fields: ParsedFields, year: number, month: number, day: number): boolean {
  const weekday = weekdayOf(year, month, day);
  return fields.dayOfWeek.some((entry) => {
    if (typeof entry === 'number') return entry % 7 === weekday;
    const nth = /^([0-7])#([1-5])$/.exec(entry);
    if (nth) return Number(nth[1]) % 7 === weekday && Math.floor((day - 1) / 7) + 1 === Number(nth[2]);
    const lastOne = /^([0-7])L$/i.exec(entry);
    return lastOne !== null && Number(lastOne[1]) % 7 === weekday && day + 7 > daysInMonth(year, month);
  });
}

/** Time-zone arithmetic with Intl only: the zone database ships with Node, so no extra dependency. */

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallTimeIn(instant: Date, zone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The instant at which the clock in `zone` shows `wall`. In a DST gap the later offset wins. */
export function instantOfWallTime(wall: WallTime, zone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Two passes converge for every real zone: the first guess is off by the zone's offset at most.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const shown = wallTimeIn(new Date(guess), zone);
    const shownAsUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second);
    guess += asUtc - shownAsUtc;
  }
  return new Date(guess);
}

/** `YYYY-MM-DD` of the instant in the zone: the key of "today" for daily jobs and streaks. */
export function localDay(instant: Date, zone: string): string {
  const w = wallTimeIn(instant, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The day after a `YYYY-MM-DD` key (calendar arithmetic, no zone involved). */
export function nextDay(day: string, delta = 1): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + delta));
  return date.toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * ISO 8601 publication time. A date or a time without an offset is read in `zone`, so that an author
 * writing `2026-11-20` means midnight where the community lives, not midnight in UTC.
 */
export function parseIsoInZone(text: string, zone: string): Date | null {
  const value = text.trim();
  const dateOnly = ISO_DATE.exec(value);
  const local = dateOnly ? null : ISO_LOCAL.exec(value);
  const match = dateOnly ?? local;
  if (match) {
    const wall: WallTime = {
      year: Number(match[1]),
      month: Number(match[2]),
      day: Number(match[3]),
      hour: Number(match[4] ?? 0),
      minute: Number(match[5] ?? 0),
      second: Number(match[6] ?? 0),
    };
    if (!isRealWallTime(wall)) return null;
    return instantOfWallTime(wall, zone);
  }
  if (ISO_WITH_OFFSET.test(value)) {
    const date = new Date(value.replace(' ', 'T'));
    if (Number.isNaN(date.getTime())) return null;
    const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
    return isRealWallTime({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0 }) ? date : null;
  }
  return null;
}

function isRealWallTime(w: WallTime): boolean {
  const probe = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
  return (
    probe.getUTCFullYear() === w.year &&
    probe.getUTCMonth() === w.month - 1 &&
    probe.getUTCDate() === w.day &&
    probe.getUTCHours() === w.hour &&
    probe.getUTCMinutes() === w.minute &&
    w.second < 60
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

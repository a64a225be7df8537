import fs from 'node:fs';
import path from 'node:path';
import { validateDetailed } from 'node-cron';
import { isValidTimeZone } from './time.ts';

export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'redis'; url: string } | { kind: 'postgres'; url: string } | { kind: 'memory' };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Config {
  discordToken: string | null;
  discordApiBase: string | null;
  discordGuildId: string | null;
  contentDir: string;
  store: StoreLocation;
  /** STORE_URL with any password masked, safe to log. */
  storeUrlForLogs: string;
  siteUrl: string | null;
  timezone: string;
  announceChannelId: string | null;
  announceCron: string;
  announceBackfill: number;
  quizChannelId: string | null;
  quizCron: string;
  /** When due reminders are checked (each member's own time is read in their zone). */
  remindCron: string;
  /** Reviews a member needs before /stats offers to fit FSRS to their own log. */
  fitMinReviews: number;
  logLevel: LogLevel;
  healthPort: number | null;
  shardCount: number | null;
  /** The shards this process group runs (SHARD_IDS); null: all of 0 … SHARD_COUNT-1. */
  shardIds: number[] | null;
  /** Folder of the search index's warm-start cache; null: none. */
  indexCacheDir: string | null;
  /** Folder for rendered formula pictures (FORMULA_CACHE_DIR); null: memory only. */
  formulaCacheDir: string | null;
}

export interface ConfigError {
  variable: string;
  reason: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: ConfigError[] };

export interface ConfigOptions {
  /** The bot needs a token; `npm run check` and the preview do not. */
  requireToken: boolean;
  /** Base for relative paths (CONTENT_DIR, sqlite://relative). */
  cwd?: string;
}

const SNOWFLAKE = /^\d{17,20}$/;

/**
 * Reads every variable and collects every problem, so an admin fixes them all in one go instead of
 * discovering them one restart at a time.
 */
export function loadConfig(env: NodeJS.ProcessEnv, options: ConfigOptions): ConfigResult {
  const cwd = options.cwd ?? process.cwd();
  const errors: ConfigError[] = [];
  const fail = (variable: string, reason: string): null => {
    errors.push({ variable, reason });
    return null;
  };
  const read = (name: string): string | null => {
    const value = env[name]?.trim();
    return value ? value : null;
  };

  const discordToken = read('DISCORD_TOKEN');
  if (options.requireToken && !discordToken) {
    fail('DISCORD_TOKEN', 'is required to run the bot: set it to your bot token (see README, "Run the bot")');
  }

  const apiBaseRaw = read('DISCORD_API_BASE');
  let discordApiBase: string | null = null;
  if (apiBaseRaw) {
    const url = parseHttpUrl(apiBaseRaw);
    if (!url) fail('DISCORD_API_BASE', `"${apiBaseRaw}" is not an http(s) URL`);
    else if (/\/v\d+\/?$/.test(url.pathname)) {
      fail('DISCORD_API_BASE', `"${apiBaseRaw}" must not end with the API version (drop "${url.pathname.match(/\/v\d+\/?$/)![0]}")`);
    } else discordApiBase = apiBaseRaw.replace(/\/+$/, '');
  }

  const snowflake = (name: string): string | null => {
    const value = read(name);
    if (value === null) return null;
    return SNOWFLAKE.test(value) ? value : fail(name, `"${value}" is not a Discord id (17 to 20 digits)`);
  };
  const discordGuildId = snowflake('DISCORD_GUILD_ID');
  const announceChannelId = snowflake('ANNOUNCE_CHANNEL_ID');
  const quizChannelId = snowflake('QUIZ_CHANNEL_ID');

  const contentDir = path.resolve(cwd, read('CONTENT_DIR') ?? 'content');
  if (!isDirectory(contentDir)) fail('CONTENT_DIR', `"${contentDir}" is not a readable folder`);

  const storeRaw = read('STORE_URL') ?? 'sqlite://data/studycards.sqlite';
  const store = parseStoreUrl(storeRaw, cwd);
  if (typeof store === 'string') fail('STORE_URL', store);

  const siteRaw = read('SITE_URL');
  let siteUrl: string | null = null;
  if (siteRaw) {
    if (parseHttpUrl(siteRaw)) siteUrl = siteRaw.replace(/\/+$/, '');
    else fail('SITE_URL', `"${siteRaw}" is not an http(s) URL`);
  }

  const timezone = read('TIMEZONE') ?? 'UTC';
  if (!isValidTimeZone(timezone)) fail('TIMEZONE', `"${timezone}" is not an IANA time zone (for example Asia/Shanghai)`);

  const cron = (name: string, fallback: string): string => {
    const expression = read(name) ?? fallback;
    const result = validateDetailed(expression);
    if (!result.valid) {
      const detail = result.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      fail(name, `"${expression}" is not a cron expression${detail ? ` (${detail})` : ''}`);
    }
    return expression;
  };
  const announceCron = cron('ANNOUNCE_CRON', '*/10 * * * *');
  const quizCron = cron('QUIZ_CRON', '0 9 * * *');
  const remindCron = cron('REMIND_CRON', '* * * * *');

  const integer = (name: string, fallback: number | null, min: number, max = Number.MAX_SAFE_INTEGER): number | null => {
    const value = read(name);
    if (value === null) return fallback;
    if (!/^-?\d+$/.test(value)) return fail(name, `"${value}" is not a whole number`);
    const n = Number(value);
    if (n < min || n > max) {
      return fail(name, n < 0 && min >= 0 ? `${n} is negative` : `${n} is outside ${min}–${max}`);
    }
    return n;
  };
  const announceBackfill = integer('ANNOUNCE_BACKFILL', 0, 0) ?? 0;
  const healthPort = integer('HEALTH_PORT', null, 0, 65535);
  const shardCount = integer('SHARD_COUNT', null, 1, 10_000);
  const fitMinReviews = integer('FSRS_FIT_MIN_REVIEWS', 200, 1) ?? 200;

  // "none" keeps rendered formulas in memory only (a read-only disk, tests).
  const formulaCacheRaw = read('FORMULA_CACHE_DIR') ?? 'data/formulas';
  const formulaCacheDir = formulaCacheRaw === 'none' ? null : path.resolve(cwd, formulaCacheRaw);

  const shardIds = parseShardIds(read('SHARD_IDS'), read('SHARD_COUNT') === null ? 'absent' : shardCount, fail);
  // The data folder by default: beside the SQLite store; other stores have none, so no cache unless asked.
  const cacheRaw = read('INDEX_CACHE_DIR');
  let indexCacheDir: string | null = null;
  if (cacheRaw !== null && cacheRaw.toLowerCase() !== 'off') {
    indexCacheDir = path.resolve(cwd, cacheRaw);
    if (fs.existsSync(indexCacheDir) && !isDirectory(indexCacheDir)) fail('INDEX_CACHE_DIR', `"${indexCacheDir}" is not a folder`);
  } else if (cacheRaw === null && typeof store !== 'string' && store.kind === 'sqlite') {
    indexCacheDir = path.dirname(store.path);
  }

  const levelRaw = (read('LOG_LEVEL') ?? 'info').toLowerCase();
  const logLevel = LOG_LEVELS.includes(levelRaw as LogLevel) ? (levelRaw as LogLevel) : null;
  if (!logLevel) fail('LOG_LEVEL', `"${levelRaw}" is not one of ${LOG_LEVELS.join(', ')}`);

  if (shardCount !== null && shardCount > 1 && typeof store !== 'string' && (store.kind === 'sqlite' || store.kind === 'memory')) {
    fail('SHARD_COUNT', `${shardCount} shard processes need a shared store: set STORE_URL to redis://… or postgres://… (${store.kind} belongs to one process)`);
  }

  if (errors.length > 0 || typeof store === 'string' || !logLevel) return { ok: false, errors };
  return {
    ok: true,
    config: {
      discordToken,
      discordApiBase,
      discordGuildId,
      contentDir,
      store,
      storeUrlForLogs: maskPassword(storeRaw),
      siteUrl,
      timezone,
      announceChannelId,
      announceCron,
      announceBackfill,
      quizChannelId,
      quizCron,
      remindCron,
      fitMinReviews,
      logLevel,
      healthPort,
      shardCount,
      shardIds,
      indexCacheDir,
      formulaCacheDir,
    },
  };
}

/**
 * `SHARD_IDS=0,1` with `SHARD_COUNT=4`: this process group runs shards 0 and 1, another host the
 * rest. Every id must exist in SHARD_COUNT and appear once, or two hosts would fight over a shard.
 */
function parseShardIds(raw: string | null, shardCount: number | null | 'absent', fail: (variable: string, reason: string) => null): number[] | null {
  if (raw === null) return null;
  const parts = raw.split(',').map((part) => part.trim());
  const bad = parts.filter((part) => !/^\d+$/.test(part));
  if (bad.length > 0) return fail('SHARD_IDS', `"${raw}" must be shard numbers separated by commas, for example 0,1`);
  const ids = parts.map(Number);
  if (shardCount === 'absent') return fail('SHARD_IDS', 'needs SHARD_COUNT, the total number of shards across every host');
  if (shardCount === null) return null; // SHARD_COUNT itself is reported
  const outside = ids.filter((id) => id >= shardCount);
  if (outside.length > 0)
    return fail(
      'SHARD_IDS',
      `${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not below SHARD_COUNT (${shardCount}): shards are numbered 0 to ${shardCount - 1}`,
    );
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) return fail('SHARD_IDS', `${[...new Set(repeated)].join(', ')} listed more than once`);
  return ids.sort((a, b) => a - b);
}

export function formatConfigErrors(errors: readonly ConfigError[]): string {
  const lines = errors.map((e) => `  - ${e.variable}: ${e.reason}`);
  return `Invalid configuration (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/**
 * For entry points: reads `.env` and the environment, and on any bad value prints every problem and
 * exits 1 before anything connects.
 */
export function loadConfigOrExit(options: ConfigOptions, overrides: Record<string, string> = {}): Config {
  loadDotEnv(options.cwd);
  const result = loadConfig({ ...process.env, ...overrides }, options);
  if (!result.ok) {
    console.error(formatConfigErrors(result.errors));
    process.exit(1);
  }
  return result.config;
}

/** Loads `.env` from the working folder when there is one; real environment variables win. */
export function loadDotEnv(cwd = process.cwd()): void {
  const file = path.join(cwd, '.env');
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

function parseStoreUrl(raw: string, cwd: string): StoreLocation | string {
  const scheme = /^([a-z]+):\/\//i.exec(raw)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'sqlite': {
      const file = raw.slice('sqlite://'.length);
      if (!file) return `"${raw}" names no file: use sqlite://data/studycards.sqlite`;
      return { kind: 'sqlite', path: path.resolve(cwd, file) };
    }
    case 'memory':
      return { kind: 'memory' };
    case 'redis':
    case 'rediss':
    case 'postgres':
    case 'postgresql': {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return `"${maskPassword(raw)}" is not a valid URL`;
      }
      if (!url.hostname) return `"${maskPassword(raw)}" names no host`;
      return scheme.startsWith('redis') ? { kind: 'redis', url: raw } : { kind: 'postgres', url: raw };
    }
    default:
      return `"${maskPassword(raw)}" must start with sqlite://, redis://, postgres://, postgresql:// or memory://`;
  }
}

export function maskPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}

function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

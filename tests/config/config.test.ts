import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatConfigErrors, loadConfig } from '../../src/config.ts';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-config-'));
fs.mkdirSync(path.join(cwd, 'content'));

function load(env: Record<string, string>, requireToken = true) {
  return loadConfig(env, { requireToken, cwd });
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const result = load({ DISCORD_TOKEN: 'token-value' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      discordToken: 'token-value',
      discordApiBase: null,
      discordGuildId: null,
      contentDir: path.join(cwd, 'content'),
      store: { kind: 'sqlite', path: path.join(cwd, 'data/studycards.sqlite') },
      siteUrl: null,
      timezone: 'UTC',
      announceCron: '*/10 * * * *',
      announceBackfill: 0,
      quizCron: '0 9 * * *',
      logLevel: 'info',
      healthPort: null,
      shardCount: null,
      indexCacheDir: path.join(cwd, 'data'),
      formulaCacheDir: path.join(cwd, 'data/formulas'),
    });
  });

  it('keeps the index cache beside the SQLite store unless INDEX_CACHE_DIR says otherwise', () => {
    const cacheDir = (env: Record<string, string>) => {
      const result = load(env, false);
      return result.ok ? result.config.indexCacheDir : 'invalid';
    };
    expect(cacheDir({ STORE_URL: 'sqlite:///var/lib/bot/x.sqlite' })).toBe('/var/lib/bot');
    expect(cacheDir({ STORE_URL: 'memory://' })).toBeNull();
    expect(cacheDir({ STORE_URL: 'memory://', INDEX_CACHE_DIR: 'cache' })).toBe(path.join(cwd, 'cache'));
    expect(cacheDir({ INDEX_CACHE_DIR: 'off' })).toBeNull();
    fs.writeFileSync(path.join(cwd, 'content', 'a.md'), '');
    expect(cacheDir({ INDEX_CACHE_DIR: 'content/a.md' })).toBe('invalid');
  });

  it('reads every variable', () => {
    const result = load({
      DISCORD_TOKEN: 't0ken',
      DISCORD_API_BASE: 'http://127.0.0.1:9999/api/',
      DISCORD_GUILD_ID: '123456789012345678',
      STORE_URL: 'postgresql://user:secret@127.0.0.1:5432/test',
      SITE_URL: 'https://notes.example/',
      TIMEZONE: 'Asia/Shanghai',
      ANNOUNCE_CHANNEL_ID: '223456789012345678',
      ANNOUNCE_CRON: '*/5 * * * * *',
      ANNOUNCE_BACKFILL: '3',
      QUIZ_CHANNEL_ID: '323456789012345678',
      QUIZ_CRON: '30 8 * * 1-5',
      LOG_LEVEL: 'DEBUG',
      HEALTH_PORT: '8080',
      SHARD_COUNT: '2',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      discordApiBase: 'http://127.0.0.1:9999/api',
      store: { kind: 'postgres' },
      storeUrlForLogs: 'postgresql://user:***@127.0.0.1:5432/test',
      siteUrl: 'https://notes.example',
      timezone: 'Asia/Shanghai',
      announceBackfill: 3,
      logLevel: 'debug',
      healthPort: 8080,
      shardCount: 2,
    });
  });

  it.each([
    ['sqlite:///var/lib/x.sqlite', { kind: 'sqlite', path: '/var/lib/x.sqlite' }],
    ['redis://127.0.0.1:6379', { kind: 'redis' }],
    ['postgres://127.0.0.1/test', { kind: 'postgres' }],
    ['memory://', { kind: 'memory' }],
  ])('accepts STORE_URL %s', (url, expected) => {
    const result = load({ STORE_URL: url }, false);
    expect(result.ok && result.config.store).toMatchObject(expected);
  });

  it('reports every bad value at once, by name and reason', () => {
    const result = load({
      DISCORD_API_BASE: 'not a url',
      DISCORD_GUILD_ID: '12ab',
      CONTENT_DIR: 'no-such-folder',
      STORE_URL: 'mongodb://localhost',
      SITE_URL: 'ftp://example.com',
      TIMEZONE: 'Mars/Olympus',
      ANNOUNCE_CHANNEL_ID: '1',
      ANNOUNCE_CRON: '61 * * * *',
      ANNOUNCE_BACKFILL: '-2',
      QUIZ_CHANNEL_ID: 'channel',
      QUIZ_CRON: 'every day',
      LOG_LEVEL: 'loud',
      HEALTH_PORT: '70000',
      SHARD_COUNT: '0',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byName = Object.fromEntries(result.errors.map((e) => [e.variable, e.reason]));
    expect(Object.keys(byName).sort()).toEqual(
      [
        'DISCORD_TOKEN',
        'DISCORD_API_BASE',
        'DISCORD_GUILD_ID',
        'CONTENT_DIR',
        'STORE_URL',
        'SITE_URL',
        'TIMEZONE',
        'ANNOUNCE_CHANNEL_ID',
        'ANNOUNCE_CRON',
        'ANNOUNCE_BACKFILL',
        'QUIZ_CHANNEL_ID',
        'QUIZ_CRON',
        'LOG_LEVEL',
        'HEALTH_PORT',
        'SHARD_COUNT',
      ].sort(),
    );
    expect(byName.DISCORD_TOKEN).toMatch(/required.*README/);
    expect(byName.TIMEZONE).toMatch(/Mars\/Olympus.*IANA/);
    expect(byName.ANNOUNCE_BACKFILL).toMatch(/negative/);
    expect(byName.ANNOUNCE_CRON).toMatch(/61/);
    const text = formatConfigErrors(result.errors);
    expect(text).toMatch(/15 problems/);
    expect(text).toContain('- QUIZ_CRON:');
  });

  it('refuses an API base that includes the version', () => {
    const result = load({ DISCORD_TOKEN: 'x', DISCORD_API_BASE: 'https://discord.com/api/v10' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.reason).toMatch(/\/v10/);
  });

  it('never echoes a store password in an error', () => {
    const result = load({ DISCORD_TOKEN: 'x', STORE_URL: 'postgres://u:hunter22@:5432/db' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.errors)).not.toContain('hunter22');
  });

  it('reads SHARD_IDS as the shards this process group runs', () => {
    const result = load({ DISCORD_TOKEN: 'x', STORE_URL: 'redis://127.0.0.1:6379', SHARD_COUNT: '4', SHARD_IDS: ' 3, 1' });
    expect(result.ok && result.config).toMatchObject({ shardCount: 4, shardIds: [1, 3] });
    const all = load({ DISCORD_TOKEN: 'x', STORE_URL: 'redis://127.0.0.1:6379', SHARD_COUNT: '4' });
    expect(all.ok && all.config.shardIds).toBeNull();
  });

  it.each([
    [{ SHARD_IDS: '0,1' }, /needs SHARD_COUNT/],
    [{ SHARD_IDS: '0,4', SHARD_COUNT: '4' }, /4 is not below SHARD_COUNT \(4\)/],
    [{ SHARD_IDS: '1,1', SHARD_COUNT: '4' }, /1 listed more than once/],
    [{ SHARD_IDS: 'first', SHARD_COUNT: '4' }, /separated by commas/],
    [{ SHARD_IDS: '0,', SHARD_COUNT: '4' }, /separated by commas/],
  ])('refuses SHARD_IDS with %j', (env, reason) => {
    const result = load({ DISCORD_TOKEN: 'x', STORE_URL: 'redis://127.0.0.1:6379', ...env });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ variable: 'SHARD_IDS', reason: expect.stringMatching(reason) }]);
  });

  it('refuses SHARD_IDS with a one-process store, along with every other problem', () => {
    const result = load({ DISCORD_TOKEN: 'x', STORE_URL: 'sqlite://x.sqlite', SHARD_COUNT: '4', SHARD_IDS: '0,9', TIMEZONE: 'Nowhere' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.variable).sort()).toEqual(['SHARD_COUNT', 'SHARD_IDS', 'TIMEZONE']);
  });

  it('does not require the token for content checks', () => {
    expect(load({}, false).ok).toBe(true);
  });
});

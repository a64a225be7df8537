import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BotProcess } from '../../kit/bot-process.ts';

describe('start-up', () => {
  it('exits 1 naming DISCORD_TOKEN and the README when the token is missing', async () => {
    const bot = new BotProcess({ STORE_URL: 'memory://' });
    expect((await bot.exited).code).toBe(1);
    const stderr = bot.plainOutput.join('\n');
    expect(stderr).toMatch(/DISCORD_TOKEN/);
    expect(stderr).toMatch(/README/);
  });

  it('reports every bad value at once and connects to nothing', async () => {
    const bot = new BotProcess({
      DISCORD_TOKEN: 'x'.repeat(30),
      TIMEZONE: 'Nowhere/Land',
      ANNOUNCE_CRON: 'soon',
      ANNOUNCE_BACKFILL: '-1',
      DISCORD_API_BASE: 'http://127.0.0.1:9/api',
    });
    expect((await bot.exited).code).toBe(1);
    const stderr = bot.plainOutput.join('\n');
    for (const name of ['TIMEZONE', 'ANNOUNCE_CRON', 'ANNOUNCE_BACKFILL']) expect(stderr).toContain(name);
    expect(bot.logs.filter((l) => l.msg === 'logged in to Discord')).toEqual([]);
  });

  it('fails at start-up with a clear message when the SQLite path cannot be written', async () => {
    // A folder that cannot be created: its parent is a file.
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-blocked-')), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const bot = new BotProcess({ DISCORD_TOKEN: 'x'.repeat(30), STORE_URL: `sqlite://${blocker}/data/store.sqlite` });
    expect((await bot.exited).code).toBe(1);
    expect(JSON.stringify(bot.logs)).toMatch(/cannot be created or written/);
  });
});

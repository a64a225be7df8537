import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logging.ts';
import type { DiscordDouble, RequestRecord } from '../discord-double/index.ts';
import { FIXTURE_CORPUS } from './deps.ts';

export interface BotRun {
  app: App;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  rawLogs: string[];
}

/** A copy of the fixture corpus the test may change while the bot runs. */
export function copyFixtureCorpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-e2e-content-'));
  fs.cpSync(FIXTURE_CORPUS, dir, { recursive: true });
  return dir;
}

export function tempSqliteUrl(): string {
  return `sqlite://${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-e2e-store-')), 'store.sqlite')}`;
}

/** Starts the real bot (startApp, as main.ts does) against the double. */
export async function startBot(
  double: DiscordDouble,
  env: Record<string, string> = {},
  options: { clock?: () => Date; probeIntervalMs?: number } = {},
): Promise<BotRun> {
  const result = loadConfig(
    {
      DISCORD_TOKEN: double.token,
      DISCORD_API_BASE: double.apiBase,
      CONTENT_DIR: env.CONTENT_DIR ?? copyFixtureCorpus(),
      STORE_URL: 'memory://',
      TIMEZONE: 'Asia/Shanghai',
      SITE_URL: 'https://notes.example',
      // Far-off schedules unless a test wants ticks: nothing fires behind a test's back.
      ANNOUNCE_CRON: '0 0 1 1 *',
      QUIZ_CRON: '0 0 1 1 *',
      LOG_LEVEL: 'debug',
      // Formula pictures stay in memory: a test leaves nothing in the repository's data/ folder.
      FORMULA_CACHE_DIR: 'none',
      ...env,
    },
    { requireToken: true },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const rawLogs: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        rawLogs.push(line);
        logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const logger = createLogger({ level: 'debug', secrets: [double.token], destination, pretty: false });
  const app = await startApp({ config: result.config, logger, clock: options.clock, random: () => 0, probeIntervalMs: options.probeIntervalMs });
  return { app, logs, rawLogs };
}

/** Requests that carry message content, with the allowed_mentions each one sent. */
export function messageRequests(requests: readonly RequestRecord[]): { path: string; allowedMentions: unknown }[] {
  return requests.flatMap((request) => {
    if (request.method !== 'POST' && request.method !== 'PATCH') return [];
    const body = request.body as Record<string, unknown> | null;
    if (!body) return [];
    const isCallback = /\/interactions\/\d+\/[^/]+\/callback$/.test(request.path);
    const data = (isCallback ? body.data : body) as Record<string, unknown> | null | undefined;
    const carriesMessage = data && ('content' in data || 'embeds' in data || 'components' in data);
    const isMessageRoute = isCallback || /\/messages(\/|$)|^\/webhooks\//.test(request.path);
    if (!carriesMessage || !isMessageRoute) return [];
    return [{ path: request.path, allowedMentions: data.allowed_mentions }];
  });
}

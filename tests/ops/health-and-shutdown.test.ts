import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../../kit/wait.ts';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { startBot, tempSqliteUrl, type BotRun } from '../../kit/bot-harness.ts';
import { BotProcess } from '../../kit/bot-process.ts';
import { RedisServer } from '../../kit/redis-server.ts';

let double: DiscordDouble | undefined;
let run: BotRun | undefined;
let redis: RedisServer | undefined;
let bot: BotProcess | undefined;
afterEach(async () => {
  await run?.app.stop();
  await bot?.kill();
  await redis?.stop();
  await double?.close();
  run = undefined;
  redis = undefined;
  bot = undefined;
  double = undefined;
});

async function healthz(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /healthz', () => {
  it('answers 200 while healthy and 503 while the store is down, then recovers', async () => {
    double = await startDiscordDouble();
    redis = await RedisServer.start();
    run = await startBot(double, { HEALTH_PORT: '0', STORE_URL: redis.url });
    const port = run.app.healthPort!;
    const healthy = await healthz(port);
    expect(healthy.status).toBe(200);
    expect(healthy.body).toMatchObject({ status: 'ok', gateway: 'ready', store: 'reachable', articles: expect.any(Number) });
    expect(healthy.body.jobs).toHaveProperty('announce');

    await redis.kill();
    const down = await healthz(port);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ store: 'unreachable' });

    await redis.restart();
    const recovered = await waitUntil(async () => {
      const answer = await healthz(port);
      return answer.status === 200 && answer;
    }, '/healthz to answer 200 again');
    expect(recovered.status).toBe(200);
  });

  it('answers 503 while the gateway is down', async () => {
    double = await startDiscordDouble();
    run = await startBot(double, { HEALTH_PORT: '0' });
    const port = run.app.healthPort!;
    expect((await healthz(port)).status).toBe(200);
    await run.app.bot.client.destroy();
    const down = await healthz(port);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ gateway: 'down' });
  });
});

describe('graceful shutdown', () => {
  it('stops within 5 s of SIGTERM even when the gateway never acknowledges the close', async () => {
    double = await startDiscordDouble();
    bot = new BotProcess({ DISCORD_TOKEN: double.token, DISCORD_API_BASE: double.apiBase, STORE_URL: 'memory://', CONTENT_DIR: 'tests/fixtures/corpus' });
    await bot.waitForLog((l) => /slash commands/.test(String(l.msg)));
    // Without a bound, ws waits 30 s for the peer to close its side: the container's "30 s shutdown".
    double.gateway.stall(0);
    const signalledAt = Date.now();
    bot.signal('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(5000);
    expect(bot.logs.some((l) => l.msg === 'the gateway did not acknowledge the close in time; leaving without it')).toBe(true);
    expect(bot.logs.find((l) => l.msg === 'stopped')).toMatchObject({ gatewayMs: expect.any(Number), storeMs: expect.any(Number) });
  });

  it('on SIGTERM during a burst: every interaction answered or refused, exit 0, nothing saved is lost', async () => {
    double = await startDiscordDouble();
    const store = tempSqliteUrl();
    const env = {
      DISCORD_TOKEN: double.token,
      DISCORD_API_BASE: double.apiBase,
      STORE_URL: store,
      CONTENT_DIR: 'tests/fixtures/corpus',
      ANNOUNCE_CRON: '* * * * * *',
      QUIZ_CRON: '0 0 1 1 *',
    };
    bot = new BotProcess(env);
    await bot.waitForLog((l) => l.msg === 'logged in to Discord');
    await bot.waitForLog((l) => /slash commands/.test(String(l.msg)));
    const admin = { permissions: 1n << 5n, locale: 'en-US' };
    const handles = [];
    for (let i = 0; i < 30; i++) {
      const minute = String(i).padStart(2, '0');
      handles.push(await double.sendCommand({ name: 'config', subcommand: 'quiz-time', options: { time: `08:${minute}` }, ...admin }));
      if (i === 15) bot.signal('SIGTERM');
    }
    expect((await bot.exited).code).toBe(0);
    const replies = await Promise.all(handles.map((h) => h.reply().catch(() => null)));
    const saved = replies.filter((r) => r && /^Saved/.test(r.content));
    const refused = replies.filter((r) => r && /restarting/.test(r.content));
    expect(saved.length + refused.length, 'every interaction got an answer').toBe(30);
    expect(saved.length).toBeGreaterThan(0);
    expect(double.interactionFailures).toEqual([]);
    expect(bot.logs.some((l) => l.msg === 'stopped')).toBe(true);

    // The last setting the bot said it saved is there after a restart.
    const lastSaved = saved.at(-1)!.content.match(/08:\d\d/)![0];
    bot = new BotProcess(env);
    await bot.waitForLog((l) => l.msg === 'logged in to Discord');
    const shown = await (await double.sendCommand({ name: 'config', subcommand: 'show', ...admin })).reply();
    expect(JSON.stringify(shown.embeds)).toContain(lastSaved);
    bot.signal('SIGTERM');
    expect((await bot.exited).code).toBe(0);
  });
});

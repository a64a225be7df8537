/**
 * The bot as `npm start` runs it (src/main.ts in a child process), with a store that needs a
 * password, through a session that also hits the error paths (a refused post, a failed callback),
 * and at start-up failures. Every line it writes is searched for the token and the password.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { copyFixtureCorpus } from '../../kit/bot-harness.ts';
import { BotProcess } from '../../kit/bot-process.ts';
import { RedisServer } from '../../kit/redis-server.ts';
import { MANAGE_GUILD } from '../../kit/double.ts';

let double: DiscordDouble | undefined;
let redis: RedisServer | undefined;
let bot: BotProcess | undefined;

afterEach(async () => {
  await bot?.kill();
  bot = undefined;
  await redis?.stop();
  redis = undefined;
  await double?.close();
  double = undefined;
});

/** The forms a secret could leak in: as is, percent-encoded, and a token's signature part alone. */
function secretForms(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret)]);
  const signature = secret.split('.')[2];
  if (signature && signature.length >= 12) forms.add(signature);
  return [...forms];
}

function everythingWritten(process: BotProcess): string[] {
  return process.output().split('\n');
}

function expectNoSecrets(lines: readonly string[], secrets: readonly string[]): void {
  const leaks = lines.flatMap((line) =>
    secrets.flatMap((secret) =>
      secretForms(secret)
        .filter((form) => line.includes(form))
        .map((form) => `${form} in: ${line.slice(0, 300)}`),
    ),
  );
  expect(leaks).toEqual([]);
}

const baseEnv = (d: DiscordDouble) => ({
  DISCORD_TOKEN: d.token,
  DISCORD_API_BASE: d.apiBase,
  CONTENT_DIR: copyFixtureCorpus(),
  TIMEZONE: 'Asia/Shanghai',
  SITE_URL: 'https://notes.example',
  ANNOUNCE_CRON: '0 0 1 1 *',
  LOG_LEVEL: 'trace',
});

describe('secrets never reach the logs', () => {
  it('a whole session on a password-protected store, including failures, logs neither the token nor the password', async () => {
    const password = `pw-${randomBytes(8).toString('hex')}/S3cr@t!`;
    double = await startDiscordDouble();
    redis = await RedisServer.start({ password });
    const quizChannel = double.guilds[0]!.channels[1]!.id;
    // The first daily post is refused: the warning carries Discord's error, request and all. Missing
    // Permissions pauses the quiz channel until a probe finds it fixed (minutes away), so no post follows.
    double.failNext({
      method: 'POST',
      path: new RegExp(`^/channels/${quizChannel}/messages$`),
      status: 403,
      body: { code: 50013, message: 'Missing Permissions' },
    });
    bot = new BotProcess({ ...baseEnv(double), STORE_URL: redis.url, QUIZ_CHANNEL_ID: quizChannel, QUIZ_CRON: '* * * * * *' });
    await bot.waitForLog((line) => line.msg === 'logged in to Discord');
    await bot.waitForLog('posts to this channel are paused until the problem is fixed', 15_000);
    await bot.waitForLog(
      (line) => line.msg === 'daily quiz not posted; retrying on a later tick' && JSON.stringify(line.err).includes('Missing Permissions'),
      15_000,
    );

    const d = double;
    const commands: Parameters<DiscordDouble['sendCommand']>[0][] = [
      { name: 'search', options: { query: '滑动窗口' } },
      { name: 'card', options: { query: '最长连续序列' } },
      { name: 'config', subcommand: 'quiz-time', options: { time: '08:30' }, permissions: MANAGE_GUILD },
      { name: 'config', subcommand: 'show', permissions: MANAGE_GUILD },
      { name: 'quiz' },
      { name: 'stats' },
    ];
    for (const command of commands) expect((await (await d.sendCommand(command)).reply()).content ?? '').not.toMatch(/went wrong/);
    await d.sendAutocomplete({ name: 'card', focused: { name: 'query', value: '连续' } });
    // A callback Discord refuses: the bot logs the failure and apologises in a follow-up.
    d.failNext({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 500, times: 10 });
    await d.sendCommand({ name: 'help' });
    await bot.waitForLog((line) => Number(line.level) >= 50, 20_000);

    bot.signal('SIGTERM');
    expect((await bot.exited).code).toBe(0);

    const lines = everythingWritten(bot);
    expect(lines.length).toBeGreaterThanOrEqual(15);
    // The session did go through the store and the failure paths the secrets could hide in.
    expect(bot.logs.some((line) => JSON.stringify(line).includes('***@127.0.0.1'))).toBe(true);
    expect(bot.logs.some((line) => Number(line.level) === 40)).toBe(true);
    expect(bot.logs.some((line) => Number(line.level) >= 50)).toBe(true);
    expectNoSecrets(lines, [d.token, password]);
  }, 60_000);

  it('a refused store password and a refused token at start-up are reported without either', async () => {
    const password = `right-${randomBytes(8).toString('hex')}`;
    const wrong = `wrong-${randomBytes(8).toString('hex')}/p@ss`;
    double = await startDiscordDouble();
    redis = await RedisServer.start({ password });

    bot = new BotProcess({ ...baseEnv(double), STORE_URL: redis.urlWithPassword(wrong) });
    expect((await bot.exited).code).toBe(1);
    const storeFailure = everythingWritten(bot);
    expect(storeFailure.join('\n')).toMatch(/could not start/);
    expectNoSecrets(storeFailure, [wrong, password, double.token]);

    const badToken = `${Buffer.from('123456789012345678').toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
    bot = new BotProcess({ ...baseEnv(double), DISCORD_TOKEN: badToken, STORE_URL: redis.url });
    expect((await bot.exited).code).toBe(1);
    const loginFailure = everythingWritten(bot);
    expect(loginFailure.join('\n')).toMatch(/could not start/);
    expectNoSecrets(loginFailure, [badToken, password, double.token]);
  }, 60_000);
});

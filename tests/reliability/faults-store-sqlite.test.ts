/**
 * The embedded SQLite store under faults, with the bot run as `npm start` runs it: a path it cannot
 * use stops it at start-up with exit code 1 and a message naming the file; a SIGKILL in the middle
 * of a burst of ratings loses none that a member was told was recorded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiscordDouble, InteractionHandle } from '../../discord-double/index.ts';
import { tempSqliteUrl } from '../../kit/bot-harness.ts';
import type { BotProcess } from '../../kit/bot-process.ts';
import { acceptedCallback, customIds, EN, member, totalReviews } from '../../kit/double.ts';
import { useFaultLab } from './support/lab.ts';
import { sleep, waitUntil } from '../../kit/wait.ts';

const lab = useFaultLab();

function baseEnv(double: DiscordDouble, extra: Record<string, string>): Record<string, string> {
  return {
    DISCORD_TOKEN: double.token,
    DISCORD_API_BASE: double.apiBase,
    CONTENT_DIR: lab.corpus(),
    TIMEZONE: 'Asia/Shanghai',
    ANNOUNCE_CRON: '0 0 1 1 *',
    QUIZ_CRON: '0 0 1 1 *',
    LOG_LEVEL: 'debug',
    ...extra,
  };
}

function fatalMessage(bot: BotProcess): string {
  const fatal = bot.logs.find((line) => line.msg === 'could not start');
  if (!fatal) throw new Error(`no "could not start" line in:\n${bot.output()}`);
  expect(fatal.level).toBe(60);
  return String((fatal.err as { message?: unknown } | undefined)?.message);
}

/** What the member was shown: the immediate reply, or the follow-up after a deferral. */
function confirmationOf(handle: InteractionHandle): string | null {
  const texts = [acceptedCallback(handle)?.data?.content, ...handle.followups.map((message) => message.content)];
  return texts.find((text): text is string => typeof text === 'string' && /Recorded \*\*/.test(text)) ?? null;
}

describe('SQLite store faults', () => {
  it('exits with code 1 naming the file when the SQLite path is a folder or not a database', async () => {
    const double = await lab.discord();
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-unusable-'));
    lab.onCleanup(() => fs.rmSync(scratch, { recursive: true, force: true }));
    // Tests run as root, where permission bits stop no write; these paths fail for root too. (A
    // parent folder that cannot be created is covered by tests/ops/startup-errors.test.ts.)
    const folder = path.join(scratch, 'a-folder.sqlite');
    const notADatabase = path.join(scratch, 'notes.sqlite');
    fs.mkdirSync(folder);
    fs.writeFileSync(notADatabase, '这不是数据库文件。'.repeat(100));
    const onFolder = lab.botProcess(baseEnv(double, { STORE_URL: `sqlite://${folder}` }));
    const onText = lab.botProcess(baseEnv(double, { STORE_URL: `sqlite://${notADatabase}` }));

    expect(await onFolder.exited).toEqual({ code: 1, signal: null });
    expect(await onText.exited).toEqual({ code: 1, signal: null });
    expect(fatalMessage(onFolder)).toContain(`store unavailable during opening ${folder}: SQLITE_CANTOPEN: unable to open database file`);
    expect(fatalMessage(onText)).toContain(`store unavailable during opening ${notADatabase}: SQLITE_NOTADB: file is not a database`);
    expect(fs.readFileSync(notADatabase, 'utf8')).toBe('这不是数据库文件。'.repeat(100)); // left as it was
    expect(double.gateway.identifies).toEqual([]); // neither got as far as Discord
  });

  // Two bot processes boot here (tsx, corpus, login), each 1.3-5.9 s measured on this 2-core machine
  // under load, and the rest 1-5 s (15.8 s in all at worst, nothing waiting): 20 s was too tight a bound.
  it('keeps every rating a member was told was recorded when killed with SIGKILL mid-burst', async () => {
    const double = await lab.discord();
    const quizChannel = double.guilds[0]!.channels[1]!.id;
    const env = baseEnv(double, { STORE_URL: tempSqliteUrl(), QUIZ_CHANNEL_ID: quizChannel, QUIZ_CRON: '* * * * * *' });
    const first = lab.botProcess(env);
    await first.waitForLog('logged in to Discord');
    const post = await double.waitForMessage(quizChannel, (message) => !message.webhook_id, 20_000);
    const ratingButtons = customIds(post).filter((id) => id.startsWith('1:daily:'));
    expect(ratingButtons).toHaveLength(4);

    const members = Array.from({ length: 40 }, (_, index) => member(index + 1));
    const clicks: { user: { id: string; username: string }; handle: InteractionHandle }[] = [];
    const burst = (async () => {
      for (const [index, user] of members.entries()) {
        const handle = await double.clickButton({ message: post, customId: ratingButtons[index % 4]!, user, locale: EN });
        clicks.push({ user, handle });
        await sleep(10);
      }
    })();
    await waitUntil(() => clicks.filter((click) => confirmationOf(click.handle)).length >= 10, 'ten confirmed ratings');
    expect(await first.kill()).toEqual({ code: null, signal: 'SIGKILL' });
    await burst;
    // A request the bot finished sending before it died is still answered by Discord: let those land.
    await waitUntil(() => double.requests.every((request) => request.status !== 0), 'requests in flight to be answered');
    const confirmed = clicks.filter((click) => confirmationOf(click.handle)).map((click) => click.user.id);
    expect(confirmed.length).toBeGreaterThanOrEqual(10);
    expect(confirmed.length, 'the kill should land mid-burst').toBeLessThan(members.length);

    const second = lab.botProcess(env);
    await second.waitForLog('logged in to Discord');
    const reviews = new Map<string, string>();
    for (let start = 0; start < members.length; start += 10) {
      await Promise.all(members.slice(start, start + 10).map(async (user) => reviews.set(user.id, await totalReviews(double, user))));
    }
    for (const id of confirmed) expect(reviews.get(id), `member ${id} was told the rating was recorded`).toBe('1');
    // Unconfirmed clicks may or may not have been saved before the kill, but never twice.
    for (const user of members) expect(['0', '1']).toContain(reviews.get(user.id));

    await waitUntil(() => second.logs.some((line) => line.job === 'quiz' && line.msg === 'tick done'), 'a quiz tick after the restart');
    expect(double.channelMessages(quizChannel).filter((message) => !message.webhook_id)).toHaveLength(1);
  }, 60_000);
});

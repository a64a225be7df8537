import { afterEach, describe, expect, it } from 'vitest';
import { customIds } from '../../kit/buttons.ts';
import { waitForJobRuns } from '../../kit/wait.ts';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { startBot, tempSqliteUrl, type BotRun } from '../../kit/bot-harness.ts';
import { ALICE_USER, BOB_USER } from '../../kit/members.ts';

let double: DiscordDouble | undefined;
const runs: BotRun[] = [];
afterEach(async () => {
  for (const run of runs.splice(0)) await run.app.stop();
  await double?.close();
  double = undefined;
});

/** Posts the bot made in a channel, not interaction replies that Discord shows there too. */
const postsIn = (d: DiscordDouble, channelId: string) => d.channelMessages(channelId).filter((m) => !m.webhook_id);
const alice = ALICE_USER;
const bob = BOB_USER;

describe('quizzes through the Discord double', () => {
  it('posts the daily quiz once; two members rate it into their own schedules, which survive a restart', async () => {
    double = await startDiscordDouble();
    const quizChannel = double.guilds[0]!.channels[1]!.id;
    const env = { QUIZ_CHANNEL_ID: quizChannel, QUIZ_CRON: '* * * * * *', STORE_URL: tempSqliteUrl() };
    const first = await startBot(double, env);
    runs.push(first);

    const post = await double.waitForMessage(quizChannel, undefined, 10_000);
    await waitForJobRuns(first.app, 'quiz', 3); // more ticks post nothing more
    expect(postsIn(double, quizChannel)).toHaveLength(1);
    expect(JSON.stringify(post.embeds)).toMatch(/leetcode\.cn\/problems/);
    const ids = customIds(post);
    expect(ids.some((id) => id.startsWith('1:solution:'))).toBe(true);
    const good = ids.find((id) => id.startsWith('1:daily:') && id.endsWith(':3'))!;
    const again = ids.find((id) => id.startsWith('1:daily:') && id.endsWith(':1'))!;

    const aliceReply = await (await double.clickButton({ message: post, customId: good, user: alice, locale: 'en-US' })).reply();
    const bobReply = await (await double.clickButton({ message: post, customId: again, user: bob, locale: 'en-US' })).reply();
    expect(aliceReply.flags & 64).toBe(64);
    expect(aliceReply.content).toMatch(/Recorded \*\*Good\*\*.*next review in \d+ days?, \d{4}-\d{2}-\d{2}/);
    expect(bobReply.content).toMatch(/Recorded \*\*Again\*\*/);
    const days = (text: string) => Number(/in (\d+) day/.exec(text)![1]);
    expect(days(aliceReply.content)).toBeGreaterThan(days(bobReply.content));

    // A second click by Alice replaces her rating instead of adding a review.
    const again2 = await (await double.clickButton({ message: post, customId: good, user: alice, locale: 'en-US' })).reply();
    expect(again2.content).toMatch(/already rated/);

    const stats = async () => (await (await double!.sendCommand({ name: 'stats', user: alice, locale: 'en-US' })).reply()).embeds[0]!;
    const reviewsField = (embed: { fields?: { name: string; value: string }[] }) => embed.fields!.find((f) => f.name === 'Reviews in total')!.value;
    expect(reviewsField(await stats())).toBe('1');

    runs.splice(runs.indexOf(first), 1);
    await first.app.stop();
    const second = await startBot(double, env);
    runs.push(second);
    await waitForJobRuns(second.app, 'quiz', 1);
    expect(postsIn(double, quizChannel)).toHaveLength(1); // not posted again after the restart
    expect(reviewsField(await stats())).toBe('1');
    const board = await (await double.sendCommand({ name: 'leaderboard', options: { period: 'week' }, user: bob, locale: 'en-US' })).reply();
    expect(board.embeds[0]!.description).toMatch(/alice/);
    expect(board.embeds[0]!.description).toMatch(/bob/);
  });

  it('walks /quiz to "all done for today"', async () => {
    double = await startDiscordDouble();
    runs.push(await startBot(double, {}));
    const d = double;
    let message = await (await d.sendCommand({ name: 'quiz', user: alice, locale: 'en-US' })).reply();
    expect(message.flags & 64).toBe(64);
    let ratings = 0;
    for (let step = 0; step < 12 && !/All done for today/.test(JSON.stringify(message)); step++) {
      const ids = customIds(message);
      const show = ids.find((id) => id.startsWith('1:quiz-show:'));
      const rate = ids.find((id) => id.startsWith('1:quiz-rate:') && id.endsWith(':3'));
      const click = await d.clickButton({ message, customId: (rate ?? show)!, user: alice, locale: 'en-US' });
      await click.callback();
      if (rate) ratings++;
      message = d.message(message.id) ?? (await click.reply());
    }
    expect(JSON.stringify(message)).toMatch(/All done for today/);
    expect(ratings).toBe(2); // the fixture corpus has two LeetCode cards
    const stats = await (await d.sendCommand({ name: 'stats', user: alice, locale: 'en-US' })).reply();
    expect(stats.embeds[0]!.fields!.find((f) => f.name === 'Reviews in total')!.value).toBe('2');
  });
});

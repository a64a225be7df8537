/**
 * Discord failing the bot's answers: 5xx and 429 on interaction callbacks and on the interaction
 * webhooks (the edit that finishes a deferral, follow-ups). Slow work is real: the bot's private
 * Redis is frozen, so a command waits on its store past the 1.5 s deferral point, and thawed once
 * the fault is in place.
 */
import { describe, expect, it } from 'vitest';
import { answeredStatuses, customIdLike, EN, MANAGE_GUILD, member, ROUTES, textOf, totalReviews } from '../../kit/double.ts';
import { useFaultLab } from './support/lab.ts';

const lab = useFaultLab();
const alice = member(1);

async function bootWithRedis(env: Record<string, string> = {}) {
  const double = await lab.discord();
  const { run, redis } = await lab.botOnRedis(env);
  return { double, run, redis, commandChannel: double.guilds[0]!.channels[0]!.id };
}

/** Boots with the daily quiz on and returns its post, which carries the rating buttons. */
async function bootWithDailyPost() {
  const double = await lab.discord();
  const quizChannel = double.guilds[0]!.channels[1]!.id;
  const { run, redis } = await lab.botOnRedis({ QUIZ_CHANNEL_ID: quizChannel, QUIZ_CRON: '* * * * * *' });
  const post = await double.waitForMessage(quizChannel, (message) => !message.webhook_id, 10_000);
  return { double, run, redis, quizChannel, post, commandChannel: double.guilds[0]!.channels[0]!.id };
}

describe('Discord failing interaction callbacks', () => {
  it('retries a callback answered with 500 and 502: one reply, sent once', async () => {
    const double = await lab.discord();
    await lab.bot();
    const channel = double.guilds[0]!.channels[0]!.id;
    double.failNext({ method: 'POST', path: ROUTES.callback, status: 500 });
    double.failNext({ method: 'POST', path: ROUTES.callback, status: 502 });

    const help = await double.sendCommand({ name: 'help', locale: EN });
    const reply = await help.reply();
    expect(textOf(reply)).toMatch(/\/search/);
    expect((await help.callback()).elapsedMs).toBeLessThan(3000);
    expect(await answeredStatuses(double, 'POST', ROUTES.callback)).toEqual([500, 502, 204]);
    expect(double.channelMessages(channel)).toHaveLength(1);
    expect(double.interactionFailures).toEqual([]);
  });

  it('waits out a 429 on a callback and still answers inside the 3 s window', async () => {
    const double = await lab.discord();
    await lab.bot();
    const channel = double.guilds[0]!.channels[0]!.id;
    double.failNext({ method: 'POST', path: ROUTES.callback, status: 429, retryAfter: 0.6 });

    const card = await double.sendCommand({ name: 'card', options: { query: '最长连续序列' }, locale: EN });
    const callback = await card.callback();
    expect(callback.elapsedMs).toBeGreaterThanOrEqual(600);
    expect(callback.elapsedMs).toBeLessThan(3000);
    expect(textOf(await card.reply())).toMatch(/最长连续序列/);
    expect(await answeredStatuses(double, 'POST', ROUTES.callback)).toEqual([429, 204]);
    expect(double.channelMessages(channel)).toHaveLength(1);
  });
});

describe('Discord failing the interaction webhooks', () => {
  it('finishes a deferred /config show through a 500 on the deferral and 500s and a 429 on the edit', async () => {
    const { double, redis, commandChannel } = await bootWithRedis();
    redis.freeze();
    double.failNext({ method: 'POST', path: ROUTES.callback, status: 500 });

    const show = await double.sendCommand({ name: 'config', subcommand: 'show', permissions: MANAGE_GUILD, locale: EN });
    const deferral = await show.callback();
    expect(deferral.type).toBe(5);
    expect(deferral.elapsedMs).toBeLessThan(3000);
    double.failNext({ method: 'PATCH', path: ROUTES.editOriginal, status: 500, times: 2 });
    double.failNext({ method: 'PATCH', path: ROUTES.editOriginal, status: 429, retryAfter: 0.3 });
    redis.thaw();

    const reply = await show.reply();
    expect(reply.embeds[0]!.title).toBe('Server settings');
    expect(reply.flags & 64).toBe(64);
    expect(await answeredStatuses(double, 'POST', ROUTES.callback)).toEqual([500, 204]);
    expect(await answeredStatuses(double, 'PATCH', ROUTES.editOriginal)).toEqual([500, 500, 429, 200]);
    expect(show.followups).toEqual([]);
    expect(double.channelMessages(commandChannel)).toHaveLength(1);
    expect(double.interactionFailures).toEqual([]);
  });

  it('delivers a deferred /quiz rating through 500s on the edit, recording it once', async () => {
    const { double, redis, commandChannel } = await bootWithRedis();
    const question = await (await double.sendCommand({ name: 'quiz', user: alice, locale: EN })).reply();
    const show = await double.clickButton({ message: question, customId: customIdLike(question, /^1:quiz-show:/), user: alice, locale: EN });
    await show.callback();
    const revealed = double.message(question.id)!;

    redis.freeze();
    const rate = await double.clickButton({ message: revealed, customId: customIdLike(revealed, /^1:quiz-rate:.*:3$/), user: alice, locale: EN });
    expect((await rate.callback()).type).toBe(6);
    double.failNext({ method: 'PATCH', path: ROUTES.editOriginal, status: 500, times: 2 });
    redis.thaw();

    const updated = await rate.reply();
    expect(updated.id).toBe(question.id);
    expect(updated.content).toMatch(/Recorded \*\*Good\*\*/);
    expect(await answeredStatuses(double, 'PATCH', ROUTES.editOriginal)).toEqual([500, 500, 200]);
    expect(rate.followups).toEqual([]);
    expect(await totalReviews(double, alice)).toBe('1');
    // The /quiz message and the /stats reply; nothing else reached the channel.
    expect(double.channelMessages(commandChannel)).toHaveLength(2);
  });

  it('confirms a deferred daily-quiz rating once through a 503 and a 429 on its follow-up', async () => {
    const { double, redis, post, quizChannel, commandChannel } = await bootWithDailyPost();
    redis.freeze();
    const click = await double.clickButton({ message: post, customId: customIdLike(post, /^1:daily:.*:3$/), user: alice, locale: EN });
    expect((await click.callback()).type).toBe(6);
    double.failNext({ method: 'POST', path: ROUTES.followUp, status: 503 });
    double.failNext({ method: 'POST', path: ROUTES.followUp, status: 429, retryAfter: 0.3 });
    redis.thaw();

    const [confirmation] = await click.waitForFollowups(1);
    expect(confirmation!.content).toMatch(/Recorded \*\*Good\*\*/);
    expect(confirmation!.flags & 64).toBe(64);
    expect(await answeredStatuses(double, 'POST', ROUTES.followUp)).toEqual([503, 429, 200]);
    expect(await totalReviews(double, alice)).toBe('1');
    expect(click.followups).toHaveLength(1);
    expect(double.channelMessages(quizChannel)).toHaveLength(2); // the post and the one confirmation
    expect(double.channelMessages(commandChannel)).toHaveLength(1); // the /stats reply
  });

  it('tells the member when the follow-up fails past every retry, and a second click does not count twice', async () => {
    const { double, redis, post } = await bootWithDailyPost();
    const good = customIdLike(post, /^1:daily:.*:3$/);
    redis.freeze();
    const click = await double.clickButton({ message: post, customId: good, user: alice, locale: EN });
    expect((await click.callback()).type).toBe(6);
    // discord.js makes one attempt and three retries on a 5xx; all four fail.
    double.failNext({ method: 'POST', path: ROUTES.followUp, status: 500, times: 4 });
    redis.thaw();

    const [apology] = await click.waitForFollowups(1);
    expect(apology!.content).toMatch(/went wrong on our side/);
    expect(double.pendingFaults()).toBe(0);

    const retry = await double.clickButton({ message: post, customId: good, user: alice, locale: EN });
    expect((await retry.reply()).content).toMatch(/already rated this \*\*Good\*\*/);
    expect(await totalReviews(double, alice)).toBe('1');
  });
});

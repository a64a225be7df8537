/**
 * Discord failing the bot's own channel posts (announcements, the daily quiz) with 5xx and 429:
 * what fails is posted on a later tick, in order, and nothing is posted twice.
 */
import { describe, expect, it } from 'vitest';
import { finishedTicks, moreTicks, writeNewNotes } from '../../kit/announce.ts';
import { answeredStatuses, botPosts, EN, requestsTo, ROUTES, textOf } from '../../kit/double.ts';
import { useFaultLab } from './support/lab.ts';
import { waitUntil } from '../../kit/wait.ts';

const lab = useFaultLab();

async function bootAnnouncer() {
  const double = await lab.discord();
  const contentDir = lab.corpus();
  const channel = double.guilds[0]!.channels[1]!.id;
  const run = await lab.bot({ CONTENT_DIR: contentDir, ANNOUNCE_CHANNEL_ID: channel, ANNOUNCE_CRON: '* * * * * *' });
  await waitUntil(() => finishedTicks(run, 'announce') >= 1, 'the channel baseline tick');
  const titlesPosted = () => botPosts(double, channel).map((message) => message.embeds[0]!.title);
  return { double, contentDir, channel, run, titlesPosted };
}

describe('channel posts failing', () => {
  it('keeps the order when a post fails past every retry mid-tick: the rest follow on later ticks, once each', async () => {
    const { double, contentDir, run, titlesPosted } = await bootAnnouncer();
    // While the first post's answer is held back, the next post is set to fail four times: one
    // attempt and discord.js's three retries.
    double.setLatency(150);
    const titles = writeNewNotes(contentDir, 7);
    await waitUntil(() => requestsTo(double, 'POST', ROUTES.channelPost).length >= 1, 'the first announcement request');
    double.failNext({ method: 'POST', path: ROUTES.channelPost, status: 500, times: 4 });
    await waitUntil(() => double.pendingFaults() === 0, 'the injected 500s to be used');
    double.setLatency(0);

    await waitUntil(() => titlesPosted().length >= titles.length, 'all seven announcements', 20_000);
    await moreTicks(run, 'announce', 1);
    expect(titlesPosted()).toEqual(titles);
    const statuses = await answeredStatuses(double, 'POST', ROUTES.channelPost);
    expect(statuses.filter((status) => status === 500)).toHaveLength(4);
    expect(statuses.filter((status) => status === 200)).toHaveLength(titles.length);
    const retryWarnings = run.logs.filter((line) => line.msg === 'announcement not posted; will retry on a later tick');
    expect(retryWarnings).toHaveLength(1);
    expect(retryWarnings[0]!.articleId).toBe('fresh-02');
  });

  it('waits out a global 429 mid-tick without losing a post, and keeps answering members meanwhile', async () => {
    const { double, contentDir, run, titlesPosted } = await bootAnnouncer();
    double.setLatency(150);
    const titles = writeNewNotes(contentDir, 4);
    await waitUntil(() => requestsTo(double, 'POST', ROUTES.channelPost).length >= 1, 'the first announcement request');
    double.failNext({ method: 'POST', path: ROUTES.channelPost, status: 429, retryAfter: 1, global: true });
    await waitUntil(() => double.pendingFaults() === 0, 'the injected 429 to be used');
    double.setLatency(0);

    // Interaction callbacks are not under the global limit: a member is answered while the tick waits.
    const help = await double.sendCommand({ name: 'help', locale: EN });
    expect((await help.callback()).elapsedMs).toBeLessThan(3000);
    expect(textOf(await help.reply())).toMatch(/\/search/);

    await waitUntil(() => titlesPosted().length >= titles.length, 'all four announcements', 20_000);
    await moreTicks(run, 'announce', 1);
    expect(titlesPosted()).toEqual(titles);
    expect(await answeredStatuses(double, 'POST', ROUTES.channelPost)).toEqual([200, 429, 200, 200, 200]);
    expect(run.logs.filter((line) => line.msg === 'announcement not posted; will retry on a later tick')).toEqual([]);
  });

  it('posts the daily quiz exactly once after 503s and a 429', async () => {
    const double = await lab.discord();
    const channel = double.guilds[0]!.channels[1]!.id;
    double.failNext({ method: 'POST', path: ROUTES.channelPost, status: 503, times: 4 });
    double.failNext({ method: 'POST', path: ROUTES.channelPost, status: 429, retryAfter: 0.3 });
    const run = await lab.bot({ QUIZ_CHANNEL_ID: channel, QUIZ_CRON: '* * * * * *' });

    await double.waitForMessage(channel, (message) => !message.webhook_id, 15_000);
    await moreTicks(run, 'quiz', 1);
    expect(botPosts(double, channel)).toHaveLength(1);
    expect(await answeredStatuses(double, 'POST', ROUTES.channelPost)).toEqual([503, 503, 503, 503, 429, 200]);
    // The failed tick is logged once, not on every retry of the same failure.
    expect(run.logs.filter((line) => line.msg === 'daily quiz not posted; retrying on a later tick')).toHaveLength(1);
  });
});

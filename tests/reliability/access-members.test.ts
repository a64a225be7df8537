import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customIds as ids } from '../../kit/buttons.ts';
import type { ApiMessage, DiscordDouble } from '../../discord-double/index.ts';
import { startDiscordDouble } from '../../discord-double/index.ts';
import { startBot, type BotRun } from '../../kit/bot-harness.ts';
import { ALICE_USER, BOB_USER } from '../../kit/members.ts';

const alice = ALICE_USER;
const bob = BOB_USER;

let double: DiscordDouble;
let bot: BotRun;
beforeAll(async () => {
  double = await startDiscordDouble({
    guilds: [
      { name: 'Guild A', channels: [{ name: 'general' }, { name: 'quiz' }] },
      { name: 'Guild B', channels: [{ name: 'general' }] },
    ],
  });
  bot = await startBot(double, { QUIZ_CHANNEL_ID: double.guilds[0]!.channels[1]!.id, QUIZ_CRON: '* * * * * *' });
});
afterAll(async () => {
  await bot?.app.stop();
  await double?.close();
});

const idStarting = (message: ApiMessage, prefix: string, suffix = '') => {
  const found = ids(message).find((id) => id.startsWith(prefix) && id.endsWith(suffix));
  if (!found) throw new Error(`no ${prefix}…${suffix} button among ${ids(message).join(', ')}`);
  return found;
};

async function reviewsOf(user: { id: string; username: string }, guildId: string): Promise<string> {
  const reply = await (await double.sendCommand({ name: 'stats', user, guildId, locale: 'en-US' })).reply();
  return reply.embeds[0]!.fields!.find((field) => field.name === 'Reviews in total')!.value;
}

async function board(user: { id: string; username: string }, guildId: string): Promise<string> {
  const reply = await (await double.sendCommand({ name: 'leaderboard', options: { period: 'all' }, user, guildId, locale: 'en-US' })).reply();
  return reply.embeds[0]!.description ?? '';
}

describe('each member’s reviews are their own, and each guild counts its own', () => {
  it('refuses Bob on Alice’s /quiz, lets each rate the daily post into their own deck, and keeps guild B’s board empty', async () => {
    const [A, B] = [double.guilds[0]!, double.guilds[1]!];
    const quizChannel = A.channels[1]!.id;
    const post = await double.waitForMessage(quizChannel, (m) => ids(m).some((id) => id.startsWith('1:daily:')), 10_000);

    const question = await (await double.sendCommand({ name: 'quiz', user: alice, guildId: A.id, locale: 'en-US' })).reply();
    const show = idStarting(question, '1:quiz-show:');
    const stolenShow = await (await double.clickButton({ message: question, customId: show, user: bob, locale: 'en-US' })).reply();
    expect(stolenShow.flags & 64).toBe(64);
    expect(stolenShow.content).toMatch(/belongs to the member who ran the command/);
    expect(double.message(question.id)!.components).toEqual(question.components);

    const reveal = await double.clickButton({ message: question, customId: show, user: alice, locale: 'en-US' });
    await reveal.callback();
    const revealed = double.message(question.id)!;
    for (const grade of ['1', '2', '3', '4']) {
      const stolen = await (
        await double.clickButton({ message: revealed, customId: idStarting(revealed, '1:quiz-rate:', `:${grade}`), user: bob, locale: 'en-US' })
      ).reply();
      expect(stolen.content).toMatch(/belongs to the member who ran the command/);
    }
    expect(await reviewsOf(alice, A.id)).toBe('0');
    expect(await reviewsOf(bob, A.id)).toBe('0');

    // The same rating in Alice's own hands counts for Alice only.
    const rated = await double.clickButton({ message: revealed, customId: idStarting(revealed, '1:quiz-rate:', ':3'), user: alice, locale: 'en-US' });
    await rated.callback();
    expect(JSON.stringify(double.message(question.id))).toMatch(/Recorded \*\*Good\*\*/);
    expect(await reviewsOf(alice, A.id)).toBe('1');
    expect(await reviewsOf(bob, A.id)).toBe('0');

    // Rating the shared daily post writes into the clicker's deck, never the other member's.
    const bobDaily = await (await double.clickButton({ message: post, customId: idStarting(post, '1:daily:', ':1'), user: bob, locale: 'en-US' })).reply();
    expect(bobDaily.flags & 64).toBe(64);
    expect(bobDaily.content).toMatch(/Recorded \*\*Again\*\*/);
    expect(await reviewsOf(bob, A.id)).toBe('1');
    expect(await reviewsOf(alice, A.id)).toBe('1');

    // Bob cannot take back Alice's rating with her undo button.
    const afterRating = double.message(question.id)!;
    const stolenUndo = await (
      await double.clickButton({ message: afterRating, customId: idStarting(afterRating, '1:quiz-undo:'), user: bob, locale: 'en-US' })
    ).reply();
    expect(stolenUndo.content).toMatch(/belongs to the member who ran the command/);
    expect(await reviewsOf(alice, A.id)).toBe('1');

    const boardA = await board(alice, A.id);
    expect(boardA).toMatch(/alice — 1 review/);
    expect(boardA).toMatch(/bob — 1 review/);
    const boardB = await board(alice, B.id);
    expect(boardB).toMatch(/Nobody has reviewed from this server/);
    expect(boardB).not.toMatch(/alice|bob/);
  });
});

import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BotDeps, ComponentReply, Reply } from '../../src/interactions/types.ts';
import { cardToken } from '../../src/interactions/custom-ids.ts';
import { QuizSchedule, runDailyQuiz } from '../../src/quiz/daily-quiz.ts';
import type { ChannelPoster } from '../../src/scheduling/types.ts';
import { assertWithinDiscordLimits } from '../../kit/discord-limits.ts';
import { hostileText } from './support-hostile/hostile-values.ts';
import { buildDeps } from '../../kit/deps.ts';
import { click, customIds, invoke, isRouted, type Actor } from '../../kit/invoke.ts';
import { ALICE, BOB, CHANNEL_A, GUILD_A, GUILD_B } from '../../kit/members.ts';
import { recordWrites, type WriteLog } from '../../kit/store-writes.ts';

const aliceInA: Actor = { user: ALICE, guildId: GUILD_A, lang: 'en' };
const bobInA: Actor = { user: BOB, guildId: GUILD_A, lang: 'en' };
const bobInB: Actor = { user: BOB, guildId: GUILD_B, lang: 'en' };

/** The buttons a real session leaves behind: Alice's /quiz, search, random and card buttons, and guild A's daily post. */
interface Session {
  deps: BotDeps;
  writes: WriteLog;
  quizShow: string;
  quizRates: string[];
  quizUndo: string;
  searchNext: string;
  searchStashed: string;
  randomAnother: string;
  solution: string;
  daily: string[];
  dailyDay: string;
  dailyToken: string;
}

const find = (ids: string[], prefix: string) => {
  const found = ids.find((id) => id.startsWith(prefix));
  if (!found) throw new Error(`no button starting with ${prefix} among ${ids.join(', ')}`);
  return found;
};

async function ownAnswer(pending: Promise<ComponentReply>): Promise<ComponentReply> {
  return pending;
}

async function startSession(): Promise<Session> {
  const deps = await buildDeps();
  const posted: Reply[] = [];
  const poster: ChannelPoster = {
    async post(_channelId, message) {
      posted.push(message);
      return { messageId: String(600000000000000001n + BigInt(posted.length)) };
    },
  };
  const report = await runDailyQuiz(deps.clock(), deps, poster, [{ guildId: GUILD_A, channelId: CHANNEL_A }], new QuizSchedule());
  const post = report.posted[0];
  if (!post || !posted[0]) throw new Error(`the daily quiz was not posted: ${JSON.stringify(report)}`);

  const question = await invoke('quiz', deps, {}, aliceInA);
  const quizShow = find(customIds(question), '1:quiz-show:');
  const revealed = await ownAnswer(click(quizShow, deps, aliceInA));
  const quizRates = customIds(revealed).filter((id) => id.startsWith('1:quiz-rate:'));
  const rated = await ownAnswer(click(find(quizRates, '1:quiz-rate:'), deps, aliceInA));
  const quizUndo = find(customIds(rated), '1:quiz-undo:');
  const searchNext = find(customIds(await invoke('search', deps, { options: { query: '注意力' } }, aliceInA)), '1:search:');
  const searchStashed = find(customIds(await invoke('search', deps, { options: { query: '注意力 '.repeat(40).trim() } }, aliceInA)), '1:search:');
  const randomAnother = find(customIds(await invoke('random', deps, { options: { tag: 'leetcode' } }, aliceInA)), '1:random:');
  const solution = find(customIds(await invoke('card', deps, { options: { query: '最长连续序列' } }, aliceInA)), '1:solution:');
  // Bob has a history too, so "unchanged" is checked against something.
  const bobQuestion = await invoke('quiz', deps, {}, bobInA);
  const bobRevealed = await ownAnswer(click(find(customIds(bobQuestion), '1:quiz-show:'), deps, bobInA));
  await ownAnswer(click(find(customIds(bobRevealed), '1:quiz-rate:'), deps, bobInA));

  expect(searchStashed).toMatch(/^1:search:\d+:5:h:/);
  return {
    deps,
    writes: recordWrites(deps.stores.kv),
    quizShow,
    quizRates,
    quizUndo,
    searchNext,
    searchStashed,
    randomAnother,
    solution,
    daily: customIds(posted[0]).filter((id) => id.startsWith('1:daily:')),
    dailyDay: post.day,
    dailyToken: cardToken(post.articleId),
  };
}

/** What each member and guild has on record, as the members themselves would see it. */
async function observable(deps: BotDeps): Promise<string> {
  const views: unknown[] = [];
  for (const actor of [aliceInA, bobInA, { ...aliceInA, guildId: GUILD_B }, bobInB]) {
    views.push(await invoke('stats', deps, {}, actor), await invoke('leaderboard', deps, { options: { period: 'all' } }, actor));
  }
  views.push(
    await deps.stores.quiz.deck(ALICE.id),
    await deps.stores.quiz.deck(BOB.id),
    await deps.stores.guildSettings.get(GUILD_A),
    await deps.stores.guildSettings.get(GUILD_B),
  );
  return JSON.stringify(views);
}

describe('forged and tampered button custom_ids', () => {
  let session: Session;
  beforeEach(async () => {
    session = await startSession();
  });

  /** Clicks `customId` and requires a private refusal that wrote nothing. */
  async function expectRefused(customId: string, actor: Actor, expected: RegExp): Promise<void> {
    session.writes.reset();
    // An id that does not decode is answered "expired" by the router itself, without a handler.
    if (!isRouted(customId)) expect(expected, customId).toBe(expired);
    const reply = await click(customId, session.deps, actor);
    assertWithinDiscordLimits(reply);
    expect(reply, customId).toMatchObject({ kind: 'reply', ephemeral: true });
    expect(reply.content, customId).toMatch(expected);
    expect(session.writes.keys, `${customId} wrote to the store`).toEqual([]);
  }

  const notYours = /belongs to the member who ran the command/;
  const expired = /no longer works/;
  const unknown = /no longer available/;

  it('refuses another member’s /quiz buttons, and the store stays as it was', async () => {
    const before = await observable(session.deps);
    for (const id of [session.quizShow, ...session.quizRates, session.quizUndo]) {
      await expectRefused(id, bobInA, notYours);
      await expectRefused(id, bobInB, notYours);
    }
    expect(await observable(session.deps)).toBe(before);
  });

  it('refuses another guild’s daily post, a post that does not exist and a card that post did not feature', async () => {
    const before = await observable(session.deps);
    const { dailyDay: day, dailyToken: token } = session;
    const otherToken =
      cardToken('0076-minimum-window-substring') === token ? cardToken('0128-longest-consecutive-sequence') : cardToken('0076-minimum-window-substring');
    for (const id of session.daily) await expectRefused(id, bobInB, expired);
    for (const id of [
      `quizday:${GUILD_B}:${day}:${token}:3`,
      `quizday:${GUILD_A}:2020-01-01:${token}:3`,
      `quizday:${GUILD_A}:${day}:${otherToken}:3`,
      `quizday:${GUILD_A}:${day}:AAAAAAAAAAAA:3`,
    ]) {
      await expectRefused(id, bobInA, expired);
    }
    expect(await observable(session.deps)).toBe(before);
  });

  it('refuses unknown card tokens, garbage, wrong arity, over-long ids and out-of-range numbers', async () => {
    const before = await observable(session.deps);
    const alice = ALICE.id;
    const { dailyDay: day, dailyToken: token } = session;
    const liveToken = session.quizRates[0]!.split(':')[3]!;
    const cases: [string, RegExp][] = [
      [`quiz:rate:${alice}:AAAAAAAAAAAA:0:3`, unknown],
      [`quiz:show:${alice}:${cardToken('lora')}:0`, unknown],
      [`quiz:show:${alice}:${cardToken('draft-note')}:0`, unknown],
      [`quiz:show:${alice}:${cardToken('future-note')}:0`, unknown],
      [`quiz:rate:${alice}:${liveToken}:0`, expired],
      [`quiz:rate:${alice}:${liveToken}:0:3:3`, expired],
      [`quiz:rate:${alice}:${liveToken}:-1:3`, expired],
      [`quiz:rate:${alice}:${liveToken}:99999999999:3`, expired],
      [`quiz:rate:${alice}:${liveToken}:1e3:3`, expired],
      [`quiz:rate:${alice}:${liveToken}:0x1:3`, expired],
      [`quiz:rate:${alice}:${liveToken}: 0:3`, expired],
      [`quiz:rate:${alice}:${liveToken}:0:0`, expired],
      [`quiz:rate:${alice}:${liveToken}:0:5`, expired],
      [`quiz:rate:${alice}:${liveToken}:0:-1`, expired],
      [`quiz:rate:${alice}:${liveToken}:0:٣`, expired],
      [`quiz:undo:${alice}:-1`, expired],
      [`quiz:undo:${alice}:1:2`, expired],
      [`quiz:undo:${alice}`, expired],
      [`quiz:undo:${alice}:${'9'.repeat(400)}`, expired],
      [`quiz:delete:${alice}:${liveToken}:0`, expired],
      [`quiz:show:${alice}:${'A'.repeat(5000)}:0`, expired],
      [`quiz:show:1:${liveToken}:0`, expired],
      [`quiz:show:<@${alice}>:${liveToken}:0`, expired],
      ['quiz', expired],
      ['quiz:', expired],
      [`quizday:${GUILD_A}:${day}:${token}`, expired],
      [`quizday:${GUILD_A}:${day}:${token}:3:extra`, expired],
      [`quizday:${GUILD_A}:${day}:${token}:9`, expired],
      [`quizday:${GUILD_A}:26-11-29:${token}:3`, expired],
      [`quizday:-${GUILD_A}:${day}:${token}:3`, expired],
      [`search:${alice}:-5:i::注意力`, expired],
      [`search:${alice}:NaN:i::注意力`, expired],
      [`search:${alice}:1.5:i::注意力`, expired],
      [`search:${alice}:${Number.MAX_SAFE_INTEGER}:i::注意力`, expired],
      [`search:${alice}:5:h:doesnotexist0000`, expired],
      [`search:${alice}:5:h:`, expired],
      [`search:${alice}:5:i:%E4:注意力`, expired],
      [`search:${alice}:5:i:`, expired],
      [`search:${alice}:5:x:注意力`, expired],
      [`search::5:i::注意力`, expired],
      [`random:${alice}:x:%`, expired],
      [`random:${alice}:x:%E4%B`, expired],
      [`random:${alice}:x:#AAAAAAAAAAAA`, expired],
      // No article id, or one longer than any id can be: the codec refuses it before any lookup.
      ['solution:', expired],
      ['solution:no-such-article', unknown],
      ['solution:draft-note', unknown],
      ['solution:future-note', unknown],
      ['solution:lora', unknown],
      [`solution:${'a'.repeat(5000)}`, expired],
      ['', expired],
      [':::', expired],
      ['QUIZ:show:x', expired],
      ['unknown-prefix:1:2', expired],
      [`${'x'.repeat(100)}:${'y'.repeat(5000)}`, expired],
      ['\u0000:\u202e:😀', expired],
    ];
    for (const [id, expected] of cases) await expectRefused(id, aliceInA, expected);
    expect(await observable(session.deps)).toBe(before);
  });

  it('refuses a stranger’s paging of someone else’s search, and the stashed query stays put', async () => {
    for (const id of [session.searchNext, session.searchStashed]) {
      await expectRefused(id, bobInA, notYours);
      await expectRefused(id, bobInB, notYours);
    }
    // The same buttons do work for their owner: the refusals above were not for want of a working button.
    for (const id of [session.searchNext, session.searchStashed]) {
      const page = await ownAnswer(click(id, session.deps, aliceInA));
      expect(page.kind).toBe('update');
      expect(page.content).toMatch(/Results 6–/);
    }
  });

  it('the refused buttons do act in the right hands, so the refusals are not for want of a working button', async () => {
    session.writes.reset();
    const ownRating = await ownAnswer(click(session.quizUndo, session.deps, aliceInA));
    expect(ownRating.kind).toBe('update');
    expect(ownRating.content).toMatch(/Took back/i);
    expect(session.writes.keys.some((key) => key.includes(ALICE.id))).toBe(true);

    session.writes.reset();
    const daily = await ownAnswer(click(session.daily[2]!, session.deps, bobInA));
    expect(daily.content).toMatch(/Recorded/);
    expect(session.writes.keys.some((key) => key.includes(BOB.id))).toBe(true);
  });
});

describe('generated tampering with real custom_ids', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });

  const segment = fc.oneof(
    fc.constantFrom(
      '',
      '-1',
      '0',
      '00',
      '1',
      '3',
      '5',
      '1e3',
      'NaN',
      'Infinity',
      '99999999999',
      '9'.repeat(30),
      ALICE.id,
      BOB.id,
      GUILD_A,
      GUILD_B,
      'AAAAAAAAAAAA',
      '2026-11-29',
      'i',
      'h',
      '%',
      '#',
    ),
    hostileText(120),
  );
  type Mutation = { kind: 'replace' | 'insert'; at: number; value: string } | { kind: 'delete'; at: number };
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: segment }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: segment }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  );

  function tamper(customId: string, mutations: Mutation[]): string {
    const parts = customId.split(':');
    for (const change of mutations) {
      const at = change.at % (parts.length + 1);
      if (change.kind === 'replace') parts[Math.min(at, parts.length - 1)] = change.value;
      else if (change.kind === 'insert') parts.splice(at, 0, change.value);
      else if (parts.length > 1) parts.splice(Math.min(at, parts.length - 1), 1);
    }
    return parts.join(':');
  }

  it('never lets another member or another guild change Alice’s records or guild A’s', async () => {
    const originals = () => [
      session.quizShow,
      ...session.quizRates,
      session.quizUndo,
      session.searchNext,
      session.searchStashed,
      session.randomAnother,
      session.solution,
      ...session.daily,
    ];
    const aliceBefore = JSON.stringify(await session.deps.stores.quiz.deck(ALICE.id));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...originals()),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(bobInA, bobInB),
        async (original, mutations, clicker) => {
          const customId = tamper(original, mutations);
          session.writes.reset();
          const reply = await click(customId, session.deps, clicker);
          assertWithinDiscordLimits(reply);
          expect(JSON.stringify(await session.deps.stores.quiz.deck(ALICE.id)), customId).toBe(aliceBefore);
          expect(
            session.writes.keys.filter((key) => key.includes(ALICE.id)),
            customId,
          ).toEqual([]);
          if (clicker === bobInB)
            expect(
              session.writes.keys.filter((key) => key.includes(GUILD_A)),
              customId,
            ).toEqual([]);
        },
      ),
      { numRuns: 400, seed: 20261129 },
    );
  });
});

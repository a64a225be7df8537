import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyQuizNonce, pickDailyCard, QuizSchedule, runDailyQuiz, type QuizTickReport } from '../../src/quiz/daily-quiz.ts';
import { JobScheduler, type Job } from '../../src/scheduling/job-scheduler.ts';
import type { Article } from '../../src/corpus/types.ts';
import type { Reply } from '../../src/interactions/types.ts';
import type { ChannelPoster, ChannelTarget } from '../../src/scheduling/types.ts';
import { KeyValueStore } from '../../src/store/key-value-store.ts';
import { articleId, buttons, cardSpecs, CHANNEL, FakeChannelPoster, GUILD, logger, OTHER_GUILD, startHarness, writeCorpus, type Harness } from './harness.ts';

const target: ChannelTarget = { guildId: GUILD, channelId: CHANNEL };
const specs = cardSpecs(3);
const ids = specs.map(articleId);

/** Shanghai is UTC+8 all year: 09:00 there is 01:00 UTC. */
async function shanghaiHarness(kv?: Harness['kv']): Promise<Harness> {
  return startHarness({ dir: writeCorpus(specs), timezone: 'Asia/Shanghai', quizCron: '0 9 * * *', kv });
}

function postedCard(poster: FakeChannelPoster, index: number): string | undefined {
  const custom = buttons(poster.messages[index]!.message).find((b) => b.customId.startsWith('1:solution:'));
  return custom?.customId.slice('1:solution:'.length);
}

describe('daily quiz job', () => {
  it('posts once the local quiz time has passed, once per local day, in the guild zone', async () => {
    const { deps } = await shanghaiHarness();
    const poster = new FakeChannelPoster();
    const schedule = new QuizSchedule();
    const tick = (iso: string) => runDailyQuiz(new Date(iso), deps, poster, [target], schedule);

    expect((await tick('2026-12-01T00:59:00Z')).waiting).toEqual([{ guildId: GUILD, day: '2026-12-01', reason: 'not-yet' }]);
    const first = await tick('2026-12-01T01:00:00Z');
    expect(first.posted).toMatchObject([{ guildId: GUILD, channelId: CHANNEL, day: '2026-12-01', articleId: ids[0] }]);
    expect((await tick('2026-12-01T15:59:00Z')).waiting[0]?.reason).toBe('already-posted');
    // 16:00 UTC is midnight in Shanghai: a new local day, whose 09:00 has not come yet.
    expect((await tick('2026-12-01T16:00:00Z')).waiting).toEqual([{ guildId: GUILD, day: '2026-12-02', reason: 'not-yet' }]);
    expect((await tick('2026-12-02T01:00:00Z')).posted).toMatchObject([{ day: '2026-12-02', articleId: ids[1] }]);
    expect(poster.messages).toHaveLength(2);
  });

  it('counts days in the guild zone chosen with /config, not in UTC', async () => {
    const { deps } = await startHarness({ dir: writeCorpus(specs), timezone: 'UTC' });
    await deps.stores.guildSettings.update(GUILD, { timezone: 'Asia/Shanghai', quizTime: '07:00' });
    const poster = new FakeChannelPoster();
    const schedule = new QuizSchedule();
    // 23:00 UTC on Nov 30 is 07:00 on Dec 1 in Shanghai.
    expect((await runDailyQuiz(new Date('2026-11-30T23:00:00Z'), deps, poster, [target], schedule)).posted[0]?.day).toBe('2026-12-01');
    // Later the same UTC date is still Dec 1 there: nothing more.
    expect((await runDailyQuiz(new Date('2026-12-01T10:00:00Z'), deps, poster, [target], schedule)).waiting[0]?.reason).toBe('already-posted');
    expect(poster.messages).toHaveLength(1);
  });

  it('goes through every card before repeating one, least recently featured first', async () => {
    const { deps } = await shanghaiHarness();
    const poster = new FakeChannelPoster();
    const schedule = new QuizSchedule();
    const featured: string[] = [];
    for (let day = 1; day <= 7; day++) {
      const report = await runDailyQuiz(new Date(`2026-12-0${day}T02:00:00Z`), deps, poster, [target], schedule);
      featured.push(report.posted[0]!.articleId);
    }
    expect(featured).toEqual([ids[0], ids[1], ids[2], ids[0], ids[1], ids[2], ids[0]]);
    expect(poster.messages.map((_, i) => postedCard(poster, i))).toEqual(featured);
  });

  it('picks a card added later before any repeat, and keeps a pending pick for its day', () => {
    const card = (id: string) => ({ id }) as Article;
    const cards = ['b', 'a', 'c', 'new'].map(card);
    const rotation = { lastFeatured: { a: '2026-12-01', b: '2026-12-02', c: '2026-12-03' }, pending: null };
    expect(pickDailyCard(cards, rotation, '2026-12-04')?.id).toBe('new');
    expect(pickDailyCard(cards.slice(0, 3), rotation, '2026-12-04')?.id).toBe('a');
    expect(pickDailyCard(cards, { ...rotation, pending: { day: '2026-12-04', articleId: 'c' } }, '2026-12-04')?.id).toBe('c');
    // A pick left over from an earlier day does not bind today.
    expect(pickDailyCard(cards, { ...rotation, pending: { day: '2026-12-03', articleId: 'c' } }, '2026-12-04')?.id).toBe('new');
  });

  it('never posts twice for a day across a restart (new objects, same store)', async () => {
    const before = await shanghaiHarness();
    const poster = new FakeChannelPoster();
    expect((await runDailyQuiz(new Date('2026-12-01T01:05:00Z'), before.deps, poster, [target], new QuizSchedule())).posted).toHaveLength(1);

    const after = await shanghaiHarness(before.kv);
    const report = await runDailyQuiz(new Date('2026-12-01T01:06:00Z'), after.deps, poster, [target], new QuizSchedule());
    expect(report.posted).toEqual([]);
    expect(report.waiting[0]?.reason).toBe('already-posted');
    expect(poster.attempts).toHaveLength(1);
    // The rotation survived too: the next day features the next card.
    expect((await runDailyQuiz(new Date('2026-12-02T01:05:00Z'), after.deps, poster, [target], new QuizSchedule())).posted[0]?.articleId).toBe(ids[1]);
  });

  it('never posts twice for a day across a restart of a file-backed store', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-quiz-store-')), 'store.sqlite');
    const dir = writeCorpus(specs);
    const poster = new FakeChannelPoster();
    const open = () => KeyValueStore.open({ kind: 'sqlite', path: file }, logger);
    const firstKv = await open();
    const first = await startHarness({ dir, timezone: 'Asia/Shanghai', kv: firstKv });
    await runDailyQuiz(new Date('2026-12-01T01:05:00Z'), first.deps, poster, [target], new QuizSchedule());
    await firstKv.close();

    const secondKv = await open();
    try {
      const second = await startHarness({ dir, timezone: 'Asia/Shanghai', kv: secondKv });
      const report = await runDailyQuiz(new Date('2026-12-01T02:00:00Z'), second.deps, poster, [target], new QuizSchedule());
      expect(report.waiting[0]?.reason).toBe('already-posted');
      expect(poster.attempts).toHaveLength(1);
    } finally {
      await secondKv.close();
    }
  });

  it('catches up after downtime: one post on the day it comes back, none for the missed days', async () => {
    const { deps } = await shanghaiHarness();
    const poster = new FakeChannelPoster();
    const schedule = new QuizSchedule();
    await runDailyQuiz(new Date('2026-12-01T01:00:00Z'), deps, poster, [target], schedule);
    // Down from Dec 1 to the afternoon of Dec 4 (local): the first tick back posts Dec 4's quiz.
    const report = await runDailyQuiz(new Date('2026-12-04T07:00:00Z'), deps, poster, [target], schedule);
    expect(report.posted).toMatchObject([{ day: '2026-12-04', articleId: ids[1] }]);
    expect(poster.messages).toHaveLength(2);
  });

  it('retries a failed post on a later tick, with the same card and nonce, without a duplicate', async () => {
    const { deps } = await shanghaiHarness();
    const poster = new FakeChannelPoster();
    const schedule = new QuizSchedule();
    poster.script.push('reject', 'accept-then-throw');

    const failed = await runDailyQuiz(new Date('2026-12-01T01:00:00Z'), deps, poster, [target], schedule);
    expect(failed.posted).toEqual([]);
    expect(failed.failed).toMatchObject([{ guildId: GUILD, day: '2026-12-01', retryable: true }]);
    expect(poster.messages).toHaveLength(0);

    // Discord takes this one but the answer is lost: nothing is recorded, so the next tick retries.
    const lost = await runDailyQuiz(new Date('2026-12-01T01:01:00Z'), deps, poster, [target], schedule);
    expect(lost.failed).toHaveLength(1);
    expect(poster.messages).toHaveLength(1);

    const retried = await runDailyQuiz(new Date('2026-12-01T01:02:00Z'), deps, poster, [target], schedule);
    expect(retried.posted).toMatchObject([{ articleId: ids[0], messageId: poster.messages[0]!.id }]);
    expect(poster.messages).toHaveLength(1);
    expect(new Set(poster.attempts)).toEqual(new Set([dailyQuizNonce(GUILD, '2026-12-01')]));
    expect(poster.attempts).toHaveLength(3);
    expect((await deps.stores.quiz.dailyPost(GUILD, '2026-12-01'))?.messageId).toBe(poster.messages[0]!.id);

    expect((await runDailyQuiz(new Date('2026-12-01T01:03:00Z'), deps, poster, [target], schedule)).waiting[0]?.reason).toBe('already-posted');
    expect(poster.attempts).toHaveLength(3);
  });

  it('retries with the card picked for that day even if the deck changed in between', async () => {
    const { deps, dir } = await shanghaiHarness();
    const poster = new FakeChannelPoster();
    const schedule = new QuizSchedule();
    poster.script.push('accept-then-throw');
    await runDailyQuiz(new Date('2026-12-01T01:00:00Z'), deps, poster, [target], schedule);
    // A card that would now sort first appears; Discord already holds the first card under the nonce.
    fs.writeFileSync(
      path.join(dir, 'leetcode', '0000-aaa.md'),
      '---\ntitle: "0. aaa"\ndate: "2026-01-01"\nleetcode: { id: 9999, slug: aaa, difficulty: easy }\n---\n题目。\n\n## 题解\n\n解。\n',
    );
    await deps.corpus.reload();
    expect(deps.corpus.library.byId.has('0000-aaa')).toBe(true);
    const retried = await runDailyQuiz(new Date('2026-12-01T01:01:00Z'), deps, poster, [target], schedule);
    expect(retried.posted).toMatchObject([{ articleId: ids[0], messageId: poster.messages[0]!.id }]);
    expect((await runDailyQuiz(new Date('2026-12-02T01:00:00Z'), deps, poster, [target], schedule)).posted[0]?.articleId).toBe('0000-aaa');
  });

  it('skips days the cron does not fire on, and guilds with no cards', async () => {
    const weekdays = await startHarness({ dir: writeCorpus(specs), timezone: 'Asia/Shanghai', quizCron: '0 9 * * 1-5' });
    const poster = new FakeChannelPoster();
    // 2026-12-05 is a Saturday.
    expect((await runDailyQuiz(new Date('2026-12-05T05:00:00Z'), weekdays.deps, poster, [target], new QuizSchedule())).waiting[0]?.reason).toBe(
      'no-quiz-today',
    );
    const empty = await startHarness({ dir: writeCorpus([]), timezone: 'Asia/Shanghai' });
    expect((await runDailyQuiz(new Date('2026-12-01T05:00:00Z'), empty.deps, poster, [target], new QuizSchedule())).waiting[0]?.reason).toBe('no-cards');
    expect(poster.attempts).toHaveLength(0);
  });

  it('does not let ticks overlap: the scheduler keeps a second tick from starting while one runs', async () => {
    const { deps } = await shanghaiHarness();
    let release!: () => void;
    let posting!: () => void;
    const postStarted = new Promise<void>((resolve) => (posting = resolve));
    const posted: Reply[] = [];
    const slowPoster: ChannelPoster = {
      async post(_channelId, message) {
        posting();
        await new Promise<void>((resolve) => (release = resolve));
        posted.push(message);
        return { messageId: '500000000000000009' };
      },
    };
    const schedule = new QuizSchedule();
    const ticks = [new Date('2026-12-01T01:00:00Z'), new Date('2026-12-01T01:00:30Z')];
    const reports: QuizTickReport[] = [];
    const job: Job = {
      name: 'quiz',
      crons: [],
      timezone: 'UTC',
      run: async () => void reports.push(await runDailyQuiz(ticks[reports.length]!, deps, slowPoster, [target], schedule)),
    };
    const scheduler = new JobScheduler([job], logger, () => ticks[0]!);
    const first = scheduler.runNow('quiz');
    await postStarted;
    const second = scheduler.runNow('quiz');
    expect(scheduler.status().quiz?.running).toBe(true);
    release();
    await Promise.all([first, second]);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.posted).toHaveLength(1);
    expect(posted).toHaveLength(1);
    expect(scheduler.status().quiz?.running).toBe(false);
  });

  it('keeps going with the other guilds when one fails', async () => {
    const { deps } = await shanghaiHarness();
    const poster = new FakeChannelPoster();
    poster.script.push('reject');
    const other: ChannelTarget = { guildId: OTHER_GUILD, channelId: '200000000000000002' };
    const report = await runDailyQuiz(new Date('2026-12-01T01:00:00Z'), deps, poster, [target, other], new QuizSchedule());
    expect(report.failed.map((f) => f.guildId)).toEqual([GUILD]);
    expect(report.posted.map((p) => p.guildId)).toEqual([OTHER_GUILD]);
  });

  it('derives a nonce of at most 25 characters from guild and day', () => {
    const nonce = dailyQuizNonce(GUILD, '2026-12-01');
    expect(nonce.length).toBeLessThanOrEqual(25);
    expect(dailyQuizNonce(GUILD, '2026-12-01')).toBe(nonce);
    expect(dailyQuizNonce(GUILD, '2026-12-02')).not.toBe(nonce);
    expect(dailyQuizNonce(OTHER_GUILD, '2026-12-01')).not.toBe(nonce);
  });

  it('posts the question with difficulty and links, a solution button and four rating buttons', async () => {
    const { deps } = await shanghaiHarness();
    const poster = new FakeChannelPoster();
    await runDailyQuiz(new Date('2026-12-01T01:00:00Z'), deps, poster, [target], new QuizSchedule());
    const message = poster.messages[0]!.message;
    expect(message.content).toContain('2026-12-01');
    const embed = message.embeds![0]!;
    expect(embed.description).toContain('题目 1');
    expect(embed.description).not.toContain('题解 1');
    expect(JSON.stringify(embed.fields)).toContain('leetcode.cn/problems/problem-1');
    expect(JSON.stringify(embed.fields)).toContain('中等');
    const all = buttons(message);
    expect(all.map((b) => b.label)).toEqual(['查看题解', '重来', '困难', '良好', '简单']);
    expect(all[0]!.customId).toBe(`1:solution:${ids[0]}`);
    for (const b of all) expect(b.customId.length).toBeLessThanOrEqual(100);
  });
});

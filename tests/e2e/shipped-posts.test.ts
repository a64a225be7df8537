import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordDouble, type ApiMessage, type DiscordDouble } from '../../discord-double/index.ts';
import { startBot, tempSqliteUrl, type BotRun } from '../../kit/bot-harness.ts';
import { waitUntil } from '../../kit/wait.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { SHOWN_AS_CODE } from '../content/shown-as-code.ts';
import { MovableClock } from '../../kit/movable-clock.ts';

/**
 * Every announcement of the shipped content, and daily quiz posts of its LeetCode cards, as members
 * see them through the Discord double: formulas in Unicode (never a LaTeX command or a `$`), and a
 * card's solution never in a post that shows the question.
 */

const SHIPPED_CONTENT = path.resolve(import.meta.dirname, '..', '..', 'content');
const DAY = 24 * 60 * 60 * 1000;
/** Newest articles a channel backfills; a bot can post at most 5 per tick, so each bot takes a window. */
const WINDOW = 40;
/** Windows end here (oldest-first positions); they overlap a little, so equal dates never leave a gap. */
const WINDOW_STEP = 37;
const QUIZ_DAYS = 5;
const ALLOWED_CODE = new Set(SHOWN_AS_CODE);

const doubles: DiscordDouble[] = [];
const runs: BotRun[] = [];
afterEach(async () => {
  for (const run of runs.splice(0)) await run.app.stop();
  for (const double of doubles.splice(0)) await double.close();
});

/** Posts the bot made itself, not interaction replies. */
const postsIn = (double: DiscordDouble, channelId: string) => double.channelMessages(channelId).filter((m) => !m.webhook_id);

/** Inline code spans and code blocks of a piece of Markdown. */
function codeSpans(markdown: string): string[] {
  return [...markdown.matchAll(/```[\s\S]*?```|(`+)[\s\S]*?\1/g)].map((m) => m[0]);
}
const withoutCode = (markdown: string) => markdown.replace(/```[\s\S]*?```|(`+)[\s\S]*?\1/g, ' ');
const codeText = (span: string) => span.replace(/^`+|`+$/g, '').trim();

/** Every piece of text a member reads in a message. */
function textsOf(message: ApiMessage): string[] {
  const texts = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    texts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', embed.author?.name ?? '');
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  }
  return texts.filter(Boolean);
}

/**
 * Problems a post shows for `article`: a LaTeX command or `$` outside code, code holding a LaTeX
 * command the author did not write as code (a formula left as TeX), and for a LeetCode card any
 * line of its solution.
 */
function problemsIn(message: ApiMessage, article: Article): string[] {
  const problems: string[] = [];
  const authoredCode = new Set(codeSpans(`${article.body}\n${article.summary ?? ''}`).map(codeText));
  for (const text of textsOf(message)) {
    const prose = withoutCode(text);
    const command = /\\[a-zA-Z]+/.exec(prose);
    if (command) problems.push(`LaTeX command ${command[0]} in «${prose.slice(Math.max(0, command.index - 30), command.index + 30)}»`);
    if (prose.includes('$')) problems.push(`$ in «${prose.slice(Math.max(0, prose.indexOf('$') - 30), prose.indexOf('$') + 30)}»`);
    for (const span of codeSpans(text)) {
      // Code with a command is the author's own code, or one of the formulas Unicode cannot write
      // (shown as code; tests/content/shipped-formulas.test.ts pins that list).
      if (/\\[a-zA-Z]+/.test(span) && !authoredCode.has(codeText(span)) && !ALLOWED_CODE.has(codeText(span))) problems.push(`LaTeX in code ${span}`);
    }
  }
  if (article.leetcode) {
    const shown = JSON.stringify(message.embeds) + (message.content ?? '');
    const question = article.leetcode.question;
    const solutionLines = article.leetcode.answer
      .split('\n')
      .slice(1) // the heading
      .map((line) => line.trim())
      .filter((line) => line.length >= 12 && !question.includes(line));
    expect(solutionLines.length, `${article.id} has a solution to look for`).toBeGreaterThan(0);
    for (const line of solutionLines) {
      // The line's longest stretch free of Markdown and TeX marks, which rendering keeps as it is.
      const stretch = line.split(/[*_`$\\[\]()]/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
      if (stretch.length < 10 || question.includes(stretch)) continue;
      if (shown.includes(JSON.stringify(stretch).slice(1, -1))) problems.push(`solution line «${line}»`);
    }
  }
  return problems;
}

describe('shipped content through the Discord double', () => {
  it('announces every shipped article and posts daily LeetCode quizzes without TeX, $ or solutions', async () => {
    const { articles } = await loadCorpus(SHIPPED_CONTENT, { timezone: 'Asia/Shanghai', siteUrl: 'https://notes.example' });
    const published = articles.filter((a) => !a.draft).sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
    expect(published.length).toBeGreaterThan(50);
    const ends: number[] = [];
    for (let end = WINDOW_STEP; end < published.length; end += WINDOW_STEP) ends.push(end);
    ends.push(published.length);

    // One bot per window, each with its own double and clock set just after its window's newest
    // article: the channel's first tick backfills exactly that window.
    const bots = await Promise.all(
      ends.map(async (end, index) => {
        const double = await startDiscordDouble();
        doubles.push(double);
        const last = index === ends.length - 1;
        const clock = new MovableClock(new Date(published[end - 1]!.date.getTime() + 1000));
        const announceChannel = double.guilds[0]!.channels[1]!.id;
        const quizChannel = double.guilds[0]!.channels[0]!.id;
        const env: Record<string, string> = {
          CONTENT_DIR: SHIPPED_CONTENT,
          STORE_URL: tempSqliteUrl(),
          ANNOUNCE_CHANNEL_ID: announceChannel,
          ANNOUNCE_CRON: '* * * * * *',
          ANNOUNCE_BACKFILL: String(WINDOW),
          // The last bot also posts the daily quiz; its clock then moves a day at a time.
          ...(last ? { QUIZ_CHANNEL_ID: quizChannel, QUIZ_CRON: '* * * * * *' } : {}),
        };
        const run = await startBot(double, env, { clock: clock.now });
        runs.push(run);
        const expected = published.filter((a) => a.date.getTime() <= clock.now().getTime()).slice(-WINDOW);
        return { double, run, clock, announceChannel, quizChannel, expected, last };
      }),
    );

    const byUrl = new Map(published.map((a) => [a.url!, a]));
    const announced = new Map<string, ApiMessage>();
    const quizzes: { article: Article; message: ApiMessage }[] = [];

    const quizBot = bots.find((b) => b.last)!;
    const quizRun = async () => {
      const { double, run, clock, quizChannel } = quizBot;
      const guildId = double.guilds[0]!.id;
      for (let day = 0; day < QUIZ_DAYS; day++) {
        if (day > 0) clock.advance(DAY);
        const message = await waitUntil(() => postsIn(double, quizChannel)[day], `daily quiz post ${day + 1}`, 15_000);
        const dayKey = /\*\*[^*]*?(\d{4}-\d{2}-\d{2})[^*]*\*\*/.exec(message.content ?? '')?.[1];
        expect(dayKey, `day of daily post «${message.content}»`).toBeDefined();
        // The bot records the day's post after Discord accepted it.
        const stored = await waitUntil(() => run.app.deps.stores.quiz.dailyPost(guildId, dayKey!), `record of the ${dayKey} post`);
        const article = published.find((a) => a.id === stored.articleId);
        expect(article, `article of daily post «${message.content}»`).toBeDefined();
        quizzes.push({ article: article!, message });
      }
    };

    await Promise.all([
      ...bots.map(({ double, announceChannel, expected }) =>
        waitUntil(() => postsIn(double, announceChannel).length >= expected.length, `${expected.length} announcements`, 18_000),
      ),
      quizRun(),
    ]);

    for (const { double, announceChannel, expected } of bots) {
      const posts = postsIn(double, announceChannel);
      expect(posts.map((m) => m.embeds[0]!.url)).toEqual(expected.map((a) => a.url));
      for (const post of posts) announced.set(post.embeds[0]!.url!, post);
    }
    expect([...announced.keys()].sort()).toEqual(published.map((a) => a.url!).sort());

    const problems: string[] = [];
    for (const [url, post] of announced) for (const problem of problemsIn(post, byUrl.get(url)!)) problems.push(`announcement of ${url}: ${problem}`);
    for (const { article, message } of quizzes) {
      expect(article.leetcode, article.id).not.toBeNull();
      for (const problem of problemsIn(message, article)) problems.push(`daily quiz of ${article.id}: ${problem}`);
    }
    expect(problems).toEqual([]);
    expect(new Set(quizzes.map((q) => q.article.id)).size).toBeGreaterThan(1);
  }, 40_000);
});

import crypto from 'node:crypto';
import type { Logger } from 'pino';
import type { Article } from '../corpus/types.ts';
import type { BotDeps } from '../interactions/types.ts';
import { PostFailure, type ChannelPoster, type ChannelTarget } from '../scheduling/types.ts';
import { quizDayAt, quizTimingFor } from './daily-timing.ts';
import { DAILY_POST_LANG, dailyPostMessage } from './daily-post.ts';
import { previousThread, previousThreadLine, ThreadRefused, threadName, type DailyThreads } from './daily-thread.ts';
import type { DailyPostRecord, RotationRecord } from './quiz-store.ts';
import type { Reply } from '../interactions/types.ts';

/**
 * In-process state of the daily-quiz job, created once and passed to every tick: the failures
 * already logged (a retry every minute would otherwise repeat the same warning all day). Ticks do
 * not overlap: the JobScheduler runs one at a time.
 */
export class QuizSchedule {
  readonly loggedFailures = new Map<string, string>();
}

export type QuizWaitReason = 'not-yet' | 'no-quiz-today' | 'already-posted' | 'no-cards';

export interface QuizTickReport {
  posted: { guildId: string; channelId: string; day: string; articleId: string; messageId: string }[];
  waiting: { guildId: string; day: string; reason: QuizWaitReason }[];
  failed: { guildId: string; channelId: string; day: string | null; error: string; retryable: boolean }[];
}

/** Enforce_nonce allows 25 characters; the same guild and day always give the same nonce. */
export function dailyQuizNonce(guildId: string, day: string): string {
  return `q${crypto.createHash('sha256').update(`${guildId}:${day}`).digest('hex').slice(0, 24)}`;
}

/**
 * The card a guild's day features: the one picked for that day already if a post is being
 * retried, else the least recently featured (never featured first), ties by article id, so the
 * server goes through the whole deck before any card repeats.
 */
export function pickDailyCard(cards: readonly Article[], rotation: RotationRecord, day: string): Article | undefined {
  if (rotation.pending?.day === day) {
    const pending = cards.find((a) => a.id === rotation.pending?.articleId);
    if (pending) return pending;
  }
  return [...cards].sort((a, b) => {
    const lastA = rotation.lastFeatured[a.id] ?? '';
    const lastB = rotation.lastFeatured[b.id] ?? '';
    return lastA < lastB ? -1 : lastA > lastB ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  })[0];
}

/**
 * One tick of the daily quiz, safe to run as often as wanted (on QUIZ_CRON, every minute, at
 * start-up): each guild gets one post per local day once that day's quiz moment has passed, so a
 * tick after downtime catches up the same day and never posts twice.
 */
export async function runDailyQuiz(
  now: Date,
  deps: BotDeps,
  poster: ChannelPoster,
  targets: readonly ChannelTarget[],
  schedule: QuizSchedule,
  threads: DailyThreads | null = null,
): Promise<QuizTickReport> {
  const report: QuizTickReport = { posted: [], waiting: [], failed: [] };
  for (const target of targets) {
    const logger = deps.logger.child({ job: 'quiz', guildId: target.guildId, channelId: target.channelId });
    const attempt: GuildAttempt = { day: null };
    try {
      await quizGuild(target, now, deps, { poster, threads }, report, logger, attempt);
      schedule.loggedFailures.delete(failureKey(target));
    } catch (error) {
      const retryable = !(error instanceof PostFailure) || error.retryable;
      report.failed.push({ guildId: target.guildId, channelId: target.channelId, day: attempt.day, error: (error as Error).message, retryable });
      noteFailure(schedule, target, error, logger);
    }
  }
  return report;
}

/** How far a guild's turn got, so a failure can still be reported against its day. */
interface GuildAttempt {
  day: string | null;
}

async function quizGuild(
  target: ChannelTarget,
  now: Date,
  deps: BotDeps,
  discord: { poster: ChannelPoster; threads: DailyThreads | null },
  report: QuizTickReport,
  logger: Logger,
  attempt: GuildAttempt,
): Promise<void> {
  const quiz = deps.stores.quiz;
  const settings = await deps.stores.guildSettings.get(target.guildId);
  const timing = quizTimingFor(settings, deps.config);
  const { day, moment, due } = quizDayAt(now, timing);
  attempt.day = day;
  if (!due) {
    report.waiting.push({ guildId: target.guildId, day, reason: moment === null ? 'no-quiz-today' : 'not-yet' });
    return;
  }
  const rotation = await quiz.rotation(target.guildId);
  const existing = await quiz.dailyPost(target.guildId, day);
  if (existing) {
    // A crash between recording the post and updating the rotation is finished here.
    if (rotation.pending?.day === day) await quiz.saveRotation(target.guildId, featured(rotation, existing.articleId, day));
    // A thread that failed for a passing reason (5xx, network) is tried again on later ticks.
    const article = deps.corpus.library.visibleById(existing.articleId, now);
    if (existing.threadPending && discord.threads && article) await openThread(discord.threads, target, day, existing, article, deps, logger);
    report.waiting.push({ guildId: target.guildId, day, reason: 'already-posted' });
    return;
  }
  const article = pickDailyCard(deps.corpus.library.leetcodeCards(now), rotation, day);
  if (!article) {
    report.waiting.push({ guildId: target.guildId, day, reason: 'no-cards' });
    return;
  }
  if (rotation.pending?.day !== day || rotation.pending.articleId !== article.id) {
    rotation.pending = { day, articleId: article.id };
    await quiz.saveRotation(target.guildId, rotation);
  }

  const previousLine = previousThreadLine(await previousThread(quiz, target.guildId, day));
  const message = dailyPostMessage(article, target.guildId, day, deps, DAILY_POST_LANG, previousLine);
  const { threads } = discord;
  const wantsThread = threads !== null && settings.quizThread !== false;
  let record: DailyPostRecord;
  if (threads && (await threads.isForum(target.channelId))) {
    // A forum only takes posts: the daily problem is one, and its thread is the discussion.
    const posted = await postInForumOrExplain(threads, target, day, article, message, deps);
    record = { articleId: article.id, channelId: posted.threadId, messageId: posted.messageId, postedAt: now.getTime(), threadId: posted.threadId };
    await quiz.saveDailyPost(target.guildId, day, record);
  } else {
    const { messageId } = await discord.poster.post(target.channelId, message, dailyQuizNonce(target.guildId, day));
    // Recorded only now: a post that failed is retried by a later tick under the same nonce.
    record = { articleId: article.id, channelId: target.channelId, messageId, postedAt: now.getTime(), threadId: null, threadPending: wantsThread };
    await quiz.saveDailyPost(target.guildId, day, record);
    if (wantsThread) await openThread(threads, target, day, record, article, deps, logger);
  }
  const messageId = record.messageId;
  await quiz.saveRotation(target.guildId, featured(rotation, article.id, day));
  report.posted.push({ guildId: target.guildId, channelId: target.channelId, day, articleId: article.id, messageId });
  logger.info({ day, articleId: article.id, messageId }, 'daily quiz posted');
}

/**
 * Opens the discussion thread on a posted daily problem and records it. A refusal for good (no
 * permission) is kept for /config show and not retried today; anything else is retried next tick.
 */
async function openThread(
  threads: DailyThreads,
  target: ChannelTarget,
  day: string,
  record: DailyPostRecord,
  article: Article,
  deps: BotDeps,
  logger: Logger,
): Promise<void> {
  const quiz = deps.stores.quiz;
  try {
    const { threadId } = await threads.startThread(target.channelId, record.messageId, threadName(article));
    await quiz.saveDailyPost(target.guildId, day, { ...record, threadId, threadPending: false });
    await quiz.setThreadProblem(target.guildId, null);
    logger.info({ day, threadId }, 'daily quiz thread opened');
  } catch (error) {
    if (!(error instanceof ThreadRefused)) {
      logger.warn({ err: error, day }, 'daily quiz thread not opened; retrying on a later tick');
      return;
    }
    await quiz.saveDailyPost(target.guildId, day, { ...record, threadId: null, threadPending: false });
    await quiz.setThreadProblem(target.guildId, { day, channelId: target.channelId, reason: error.reason, detail: error.message });
    logger.warn({ err: error, day }, 'daily quiz posted without a thread');
  }
}

async function postInForumOrExplain(threads: DailyThreads, target: ChannelTarget, day: string, article: Article, message: Reply, deps: BotDeps) {
  try {
    const posted = await threads.postInForum(target.channelId, threadName(article), message);
    await deps.stores.quiz.setThreadProblem(target.guildId, null);
    return posted;
  } catch (error) {
    if (error instanceof ThreadRefused) {
      await deps.stores.quiz.setThreadProblem(target.guildId, { day, channelId: target.channelId, reason: error.reason, detail: error.message });
      throw new PostFailure(error.message, true, 403, { cause: error });
    }
    throw error;
  }
}

function featured(rotation: RotationRecord, articleId: string, day: string): RotationRecord {
  return { lastFeatured: { ...rotation.lastFeatured, [articleId]: day }, pending: null };
}

function failureKey(target: ChannelTarget): string {
  return `${target.guildId}:${target.channelId}`;
}

function noteFailure(schedule: QuizSchedule, target: ChannelTarget, error: unknown, logger: Logger): void {
  const message = (error as Error).message ?? String(error);
  const key = failureKey(target);
  const repeated = schedule.loggedFailures.get(key) === message;
  schedule.loggedFailures.set(key, message);
  if (repeated) logger.debug({ err: error }, 'daily quiz still failing; retrying on a later tick');
  else if (error instanceof PostFailure)
    logger.warn({ err: error, status: error.status, retryable: error.retryable }, 'daily quiz not posted; retrying on a later tick');
  else logger.error({ err: error }, 'daily quiz failed; retrying on a later tick');
}

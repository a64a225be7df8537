import type { Article } from '../corpus/types.ts';
import { t } from '../i18n.ts';
import type { Reply } from '../interactions/types.ts';
import { truncate } from '../render/index.ts';
import { nextDay } from '../time.ts';
import { DAILY_POST_LANG } from './daily-post.ts';
import type { DailyPostRecord, QuizStore } from './quiz-store.ts';

/** Discussion threads archive after a day: the next problem has its own by then. */
export const THREAD_ARCHIVE_MINUTES = 1440;

/** Threads through Discord; implemented over REST in src/discord. */
export interface DailyThreads {
  /** Forum channels take posts (each its own thread); text and announcement channels take messages. */
  isForum(channelId: string): Promise<boolean>;
  /** Opens a public thread on a message. Rejects with ThreadRefused when Discord says no for good. */
  startThread(channelId: string, messageId: string, name: string): Promise<{ threadId: string }>;
  /** A forum post: a new thread whose first message is `message`. */
  postInForum(channelId: string, name: string, message: Reply): Promise<{ threadId: string; messageId: string }>;
}

/** Discord refused the thread for a reason a retry does not fix (a missing permission). */
export class ThreadRefused extends Error {
  constructor(
    readonly reason: 'permission' | 'other',
    message: string,
  ) {
    super(message);
  }
}

/** Why a guild's latest daily post has no thread, for /config show; cleared by the next thread made. */
export interface ThreadProblem {
  day: string;
  channelId: string;
  reason: 'permission' | 'other';
  detail: string;
}

/** "讨论 · 128. 最长连续序列", within Discord's 100 characters for a thread name. */
export function threadName(article: Article): string {
  return truncate(t(DAILY_POST_LANG, 'thread.name', { title: article.title }), 100);
}

/** The most recent earlier daily post of the guild that has a thread, looking back a week (quizzes can skip days). */
export async function previousThread(store: QuizStore, guildId: string, day: string): Promise<DailyPostRecord | null> {
  for (let back = 1; back <= 7; back++) {
    const post = await store.dailyPost(guildId, nextDay(day, -back));
    if (post) return post.threadId ? post : null;
  }
  return null;
}

/** The line under a daily post's heading that links yesterday's discussion. */
export function previousThreadLine(post: DailyPostRecord | null): string | null {
  return post?.threadId ? t(DAILY_POST_LANG, 'thread.previous', { link: `<#${post.threadId}>` }) : null;
}

import crypto from 'node:crypto';
import type { Logger } from 'pino';
import { articleEmbed } from '../cards/article-embeds.ts';
import type { Article } from '../corpus/types.ts';
import type { Library } from '../corpus/library.ts';
import { langFromLocale } from '../i18n.ts';
import { PostFailure, type ChannelPoster, type ChannelTarget } from '../scheduling/types.ts';
import type { AnnouncementLedger } from './announcement-ledger.ts';

/** Posts per channel per tick: a burst of new files trickles in instead of flooding the channel. */
export const MAX_POSTS_PER_TICK = 5;
/**
 * Articles kept waiting for a channel that cannot be posted to; beyond this the oldest are dropped
 * (with a log line), so a channel fixed after months does not get a flood of stale news.
 */
export const MAX_BACKLOG = 50;

export interface AnnounceDeps {
  ledger: AnnouncementLedger;
  poster: ChannelPoster;
  logger: Logger;
  timezone: string;
  backfill: number;
  /** Told how many articles wait before any is posted, so a failure report can say so. */
  beforePosting?: (pending: number) => Promise<void>;
  /** Announcements are in the server's language; the corpus is Chinese, so Chinese labels by default. */
  locale?: string;
}

export interface ChannelTickReport {
  channelId: string;
  guildId: string;
  posted: string[];
  pending: number;
  initialized: boolean;
  error?: string;
  failure?: unknown;
}

/** Enforce_nonce needs ≤ 25 characters; the same channel and article always give the same nonce. */
export function announcementNonce(channelId: string, articleId: string): string {
  return `a${crypto.createHash('sha256').update(`${channelId}:${articleId}`).digest('hex').slice(0, 24)}`;
}

/** Oldest first: updates are told in the order they happened. */
function oldestFirst(a: Article, b: Article): number {
  return a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id);
}

/**
 * The articles waiting for a channel, oldest first, setting the channel up on its first tick. Only a
 * paused channel (`bounded`) drops the oldest beyond MAX_BACKLOG: a channel that can be posted to
 * gets every update, however many arrive at once, MAX_POSTS_PER_TICK at a time.
 */
export async function pendingForChannel(
  target: ChannelTarget,
  library: Library,
  now: Date,
  deps: Pick<AnnounceDeps, 'ledger' | 'logger' | 'backfill'>,
  options: { bounded?: boolean } = {},
): Promise<{ due: Article[]; initialized: boolean }> {
  const { ledger } = deps;
  const logger = deps.logger.child({ job: 'announce', guildId: target.guildId, channelId: target.channelId });
  const visible = library.visible(now);
  let state = await ledger.load(target.channelId);
  let initialized = false;
  if (!state) {
    // First tick for this channel: everything already published counts as told, except the newest
    // ANNOUNCE_BACKFILL, so setting a channel up never floods it.
    const told = visible.slice(deps.backfill).map((a) => a.id);
    await ledger.setBaseline(target.channelId, told);
    state = { baseline: new Set(told), announced: new Set() };
    initialized = true;
    logger.info({ baseline: told.length, backfill: Math.min(deps.backfill, visible.length) }, 'announcement channel set up');
  }

  let due = visible.filter((a) => !state.baseline.has(a.id) && !state.announced.has(a.id)).sort(oldestFirst);
  if (options.bounded && due.length > MAX_BACKLOG) {
    const dropped = due.slice(0, due.length - MAX_BACKLOG).map((a) => a.id);
    // Dropped articles join the baseline: "never to be announced here", like those before set-up.
    await ledger.setBaseline(target.channelId, [...state.baseline, ...dropped]);
    due = due.slice(-MAX_BACKLOG);
    logger.warn({ dropped, kept: MAX_BACKLOG }, 'announcement backlog full; dropped the oldest waiting articles');
  }
  return { due, initialized };
}

export async function announceToChannel(target: ChannelTarget, library: Library, now: Date, deps: AnnounceDeps): Promise<ChannelTickReport> {
  const { ledger, poster } = deps;
  const logger = deps.logger.child({ job: 'announce', guildId: target.guildId, channelId: target.channelId });
  const { due, initialized } = await pendingForChannel(target, library, now, deps);
  const report: ChannelTickReport = { channelId: target.channelId, guildId: target.guildId, posted: [], pending: due.length, initialized };
  const lang = langFromLocale(deps.locale ?? 'zh-CN');
  if (due.length > 0) await deps.beforePosting?.(due.length);
  for (const article of due.slice(0, MAX_POSTS_PER_TICK)) {
    try {
      await poster.post(
        target.channelId,
        { embeds: [articleEmbed(article, { lang, timezone: deps.timezone }, { excerptChars: 600 })] },
        announcementNonce(target.channelId, article.id),
        {
          forumPost: { title: article.title, tags: article.tags },
        },
      );
    } catch (error) {
      // Keep the order: later articles wait behind the one that failed, for the next tick.
      report.error = (error as Error).message;
      report.failure = error;
      if (error instanceof PostFailure && !error.retryable)
        logger.warn({ err: error, articleId: article.id }, 'announcement not posted; the channel is paused until the problem is fixed');
      else logger.warn({ err: error, articleId: article.id }, 'announcement not posted; will retry on a later tick');
      break;
    }
    await ledger.recordAnnounced(target.channelId, article.id);
    report.posted.push(article.id);
    report.pending--;
    logger.info({ articleId: article.id }, 'announced');
  }
  return report;
}

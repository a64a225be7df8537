import crypto from 'node:crypto';
import type { Logger } from 'pino';
import { articleEmbed } from '../cards/article-embeds.ts';
import type { Article } from '../corpus/types.ts';
import type { Library } from '../corpus/library.ts';
import { langFromLocale } from '../i18n.ts';
import type { ChannelPoster, ChannelTarget } from '../scheduling/types.ts';
import type { AnnouncementLedger } from './announcement-ledger.ts';

/** Posts per channel per tick: a burst of new files trickles in instead of flooding the channel. */
export const MAX_POSTS_PER_TICK = 5;

export interface AnnounceDeps {
  ledger: AnnouncementLedger;
  poster: ChannelPoster;
  logger: Logger;
  timezone: string;
  backfill: number;
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
}

/** Enforce_nonce needs ≤ 25 characters; the same channel and article always give the same nonce. */
export function announcementNonce(channelId: string, articleId: string): string {
  return `a${crypto.createHash('sha256').update(`${channelId}:${articleId}`).digest('hex').slice(0, 24)}`;
}

/** Oldest first: updates are told in the order they happened. */
function oldestFirst(a: Article, b: Article): number {
  return a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id);
}

export async function announceToChannel(target: ChannelTarget, library: Library, now: Date, deps: AnnounceDeps): Promise<ChannelTickReport> {
  const { ledger, poster } = deps;
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

  const due = visible.filter((a) => !state.baseline.has(a.id) && !state.announced.has(a.id)).sort(oldestFirst);
  const report: ChannelTickReport = { channelId: target.channelId, guildId: target.guildId, posted: [], pending: due.length, initialized };
  const lang = langFromLocale(deps.locale ?? 'zh-CN');
  for (const article of due.slice(0, MAX_POSTS_PER_TICK)) {
    try {
      await poster.post(target.channelId, { embeds: [articleEmbed(article, { lang, timezone: deps.timezone }, { excerptChars: 600 })] }, announcementNonce(target.channelId, article.id));
    } catch (error) {
      // Keep the order: later articles wait behind the one that failed, for the next tick.
      report.error = (error as Error).message;
      logger.warn({ err: error, articleId: article.id }, 'announcement not posted; will retry on a later tick');
      break;
    }
    await ledger.recordAnnounced(target.channelId, article.id);
    report.posted.push(article.id);
    report.pending--;
    logger.info({ articleId: article.id }, 'announced');
  }
  return report;
}

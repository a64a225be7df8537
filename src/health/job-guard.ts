import crypto from 'node:crypto';
import { t } from '../i18n.ts';
import type { Logger } from 'pino';
import type { CorpusProblem } from '../corpus/types.ts';
import type { Lang } from '../i18n.ts';
import {
  isPermanent,
  PostFailure,
  problemSignature,
  type ChannelAccess,
  type ChannelPoster,
  type ChannelProblem,
  type ChannelTarget,
  type JobKind,
} from '../scheduling/types.ts';
import type { GuildSettingsStore } from '../guilds/guild-settings.ts';
import type { ChannelHealth, ChannelHealthStore } from './channel-health.ts';
import { jobName, problemText } from './messages.ts';

export interface JobGuardOptions {
  health: ChannelHealthStore;
  settings: GuildSettingsStore;
  /** Checks a paused channel without posting to it. */
  access: ChannelAccess;
  /** Posts alerts; not monitored itself, so a broken alerts channel cannot alert about itself forever. */
  alertPoster: ChannelPoster;
  logger: Logger;
  clock: () => Date;
  /** How often a paused channel is checked again. */
  probeIntervalMs: number;
  /** After this many failed ticks in a row a retryable problem is alerted and reported by /healthz. */
  failingAfterTicks: number;
}

/** Lines of content problems in one alert, so it stays well under Discord's 2000 characters. */
const CONTENT_LINES = 8;

/**
 * Keeps jobs from hammering channels they cannot post to, and tells the admins. A post refused for
 * a reason retrying won't fix (Missing Access, Missing Permissions, Unknown Channel) pauses that
 * job's channel: it is checked again every probe interval without posting, and posts resume when the
 * check passes or /config sets the channel again. Each new problem is told once in the alerts channel.
 */
export class JobGuard {
  /** Success bookkeeping of posts made this tick, still writing to the store. */
  private readonly bookkeeping = new Set<Promise<void>>();

  constructor(private readonly options: JobGuardOptions) {}

  /** The targets to post to this tick: paused ones only when a probe finds them fixed. */
  async admit(job: JobKind, targets: readonly ChannelTarget[]): Promise<ChannelTarget[]> {
    const open: ChannelTarget[] = [];
    for (const target of targets) {
      const health = await this.options.health.get(target.guildId, job, target.channelId);
      if (health.blockedSince === null || (await this.probe(job, target, health))) open.push(target);
    }
    return open;
  }

  /** A poster for this tick's targets that records each outcome against its channel. */
  monitored(job: JobKind, targets: readonly ChannelTarget[], inner: ChannelPoster): ChannelPoster {
    const guildOf = new Map(targets.map((t) => [t.channelId, t.guildId]));
    return {
      post: async (channelId, message, nonce, postOptions) => {
        const guildId = guildOf.get(channelId);
        try {
          const result = await inner.post(channelId, message, nonce, postOptions);
          // Not awaited: the caller records the post (the daily quiz, the announcement ledger) right
          // away, before members click on it, and a failed health write must not keep it from doing so.
          // summarize() waits for these at the end of the tick.
          if (guildId) this.track(this.succeeded(job, { guildId, channelId }), job, channelId);
          return result;
        } catch (error) {
          if (guildId && error instanceof PostFailure) await this.failed(job, { guildId, channelId }, error);
          throw error;
        }
      },
    };
  }

  /** Remembers how many posts wait for a channel, for /config show and the pause alert. */
  async noteBacklog(job: JobKind, target: ChannelTarget, count: number): Promise<void> {
    await this.options.health.update(target.guildId, job, target.channelId, (health) => {
      if (health.backlog === count) return false;
      health.backlog = count;
    });
  }

  /** What /healthz reports after a tick: channels paused, or failing for several ticks in a row. */
  async summarize(job: JobKind, targets: readonly ChannelTarget[]): Promise<void> {
    await Promise.all(this.bookkeeping);
    const failing = [];
    for (const target of targets) {
      const health = await this.options.health.get(target.guildId, job, target.channelId);
      if (health.blockedSince === null && health.consecutiveFailures < this.options.failingAfterTicks) continue;
      failing.push({
        guildId: target.guildId,
        channelId: target.channelId,
        since: health.blockedSince ?? health.lastFailureAt,
        consecutiveFailures: health.consecutiveFailures,
        blocked: health.blockedSince !== null,
        problem: health.lastProblem,
      });
    }
    await this.options.health.saveSummary(job, { updatedAt: this.options.clock().getTime(), failing });
  }

  /**
   * Tells each guild's alerts channel about content files that turned bad since it was last told;
   * files fixed since are forgotten, so a file that breaks again is told again.
   */
  async contentProblems(problems: readonly CorpusProblem[], guildIds: readonly string[]): Promise<void> {
    const current = new Map(problems.map((p) => [`${p.path}|${p.where ?? ''}|${p.reason}`, p]));
    for (const guildId of guildIds) {
      const settings = await this.options.settings.get(guildId);
      if (!settings.alertsChannelId) continue;
      const told = new Set(await this.options.health.toldContentProblems(guildId));
      const fresh = [...current].filter(([signature]) => !told.has(signature)).map(([, problem]) => problem);
      const unchanged = told.size === current.size && [...current.keys()].every((s) => told.has(s));
      if (fresh.length > 0) {
        await this.alert(guildId, `content:${[...current.keys()].sort().join('\n')}`, (lang) => contentAlert(lang, fresh));
      }
      if (!unchanged) await this.options.health.saveToldContentProblems(guildId, [...current.keys()]);
    }
  }

  private track(work: Promise<void>, job: JobKind, channelId: string): void {
    const tracked = work.catch((error: unknown) => {
      this.options.logger.warn({ err: error, job, channelId }, 'could not record a successful post in the channel health');
    });
    this.bookkeeping.add(tracked);
    void tracked.finally(() => this.bookkeeping.delete(tracked));
  }

  private now(): number {
    return this.options.clock().getTime();
  }

  /** True when a paused channel passes its check (and is resumed). */
  private async probe(job: JobKind, target: ChannelTarget, health: ChannelHealth): Promise<boolean> {
    const now = this.now();
    if (health.lastProbeAt !== null && now - health.lastProbeAt < this.options.probeIntervalMs) return false;
    const logger = this.options.logger.child({ job, guildId: target.guildId, channelId: target.channelId });
    let problem: ChannelProblem | null;
    try {
      problem = await this.options.access.check(target.channelId);
    } catch (error) {
      logger.debug({ err: error }, 'could not check a paused channel; trying again later');
      await this.options.health.update(target.guildId, job, target.channelId, (h) => void (h.lastProbeAt = now));
      return false;
    }
    if (problem === null) {
      await this.options.health.update(target.guildId, job, target.channelId, (h) => {
        h.blockedSince = null;
        h.lastProbeAt = now;
        h.consecutiveFailures = 0;
      });
      logger.info('the channel can be posted to again; resuming');
      return true;
    }
    const updated = await this.options.health.update(target.guildId, job, target.channelId, (h) => {
      h.lastProbeAt = now;
      h.lastProblem = problem;
    });
    // Fixing one permission of two is progress, but the remaining one is a new problem to tell.
    await this.alertProblem(job, target, updated, problem, 'blocked');
    return false;
  }

  private async succeeded(job: JobKind, target: ChannelTarget): Promise<void> {
    const before = await this.options.health.get(target.guildId, job, target.channelId);
    await this.options.health.update(target.guildId, job, target.channelId, (h) => {
      h.lastSuccessAt = this.now();
      h.consecutiveFailures = 0;
      h.blockedSince = null;
      h.alerted = null;
    });
    if (before.alerted !== null) {
      await this.alert(target.guildId, `recovered:${job}:${target.channelId}:${before.alerted}:${before.lastFailureAt}`, (lang) =>
        t(lang, 'alert.recovered', { job: jobName(lang, job), channel: target.channelId }),
      );
    }
  }

  private async failed(job: JobKind, target: ChannelTarget, failure: PostFailure): Promise<void> {
    const now = this.now();
    const problem = failure.problem;
    const permanent = isPermanent(problem);
    const health = await this.options.health.update(target.guildId, job, target.channelId, (h) => {
      h.lastFailureAt = now;
      h.lastProblem = problem;
      h.consecutiveFailures++;
      if (permanent) {
        h.blockedSince ??= now;
        h.lastProbeAt = now;
      }
    });
    if (permanent) {
      this.options.logger.warn(
        { job, guildId: target.guildId, channelId: target.channelId, problem },
        'posts to this channel are paused until the problem is fixed',
      );
      await this.alertProblem(job, target, health, problem, 'blocked');
    } else if (health.consecutiveFailures >= this.options.failingAfterTicks) {
      await this.alertProblem(job, target, health, problem, 'failing');
    }
  }

  /** Alerts a problem unless this very problem was already told for this channel. */
  private async alertProblem(job: JobKind, target: ChannelTarget, health: ChannelHealth, problem: ChannelProblem, kind: 'blocked' | 'failing'): Promise<void> {
    const signature = problemSignature(problem);
    if (health.alerted === signature) return;
    await this.options.health.update(target.guildId, job, target.channelId, (h) => void (h.alerted = signature));
    await this.alert(target.guildId, `${job}:${target.channelId}:${signature}:${health.blockedSince ?? health.lastFailureAt}`, (lang) => {
      const reason = problemText(lang, problem, target.channelId, job);
      const jobLabel = jobName(lang, job);
      if (kind === 'failing') return t(lang, 'alert.failing', { job: jobLabel, channel: target.channelId, count: health.consecutiveFailures, reason });
      const waiting = health.backlog > 0 ? t(lang, 'alert.waiting', { count: health.backlog }) : '';
      return t(lang, 'alert.blocked', { job: jobLabel, channel: target.channelId, reason, waiting });
    });
  }

  private async alert(guildId: string, identity: string, text: (lang: Lang) => string): Promise<void> {
    const settings = await this.options.settings.get(guildId);
    const channelId = settings.alertsChannelId;
    if (!channelId) return;
    const content = text(settings.alertsLang ?? 'en');
    // The same alert retried (a crash before it was recorded) comes back as the same message.
    const nonce = `h${crypto.createHash('sha256').update(`${guildId}:${identity}`).digest('hex').slice(0, 24)}`;
    try {
      await this.options.alertPoster.post(channelId, { content }, nonce);
      this.options.logger.info({ guildId, alertsChannelId: channelId }, 'alert posted');
    } catch (error) {
      this.options.logger.warn({ err: error, guildId, alertsChannelId: channelId }, 'could not post an alert');
    }
  }
}

function contentAlert(lang: Lang, problems: readonly CorpusProblem[]): string {
  const lines = problems.slice(0, CONTENT_LINES).map((p) => `- \`${clip(p.path, 60)}\`${p.where ? ` (${clip(p.where, 30)})` : ''}: ${clip(p.reason, 120)}`);
  if (problems.length > CONTENT_LINES) lines.push(t(lang, 'alert.contentMore', { count: problems.length - CONTENT_LINES }));
  return [t(lang, 'alert.content', { count: problems.length }), ...lines].join('\n');
}

function clip(text: string, max: number): string {
  const chars = [...text.replace(/`/g, "'")];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

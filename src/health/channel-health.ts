import type { ChannelProblem, JobKind } from '../scheduling/types.ts';
import type { KeyValueStore } from '../store/key-value-store.ts';
import type { StoreLock } from '../store/store-lock.ts';

/** How one job's posts to one channel have been going; what /config show and the alerts tell. */
export interface ChannelHealth {
  job: JobKind;
  channelId: string;
  lastSuccessAt: number | null;
  lastFailureAt: number | null;
  lastProblem: ChannelProblem | null;
  /** Failed posts since the last one that went out (at most one per tick: a failure ends the channel's turn). */
  consecutiveFailures: number;
  /** Set while posts wait for a problem that retrying will not fix; a probe or a /config change clears it. */
  blockedSince: number | null;
  lastProbeAt: number | null;
  /** The problem already told to the alerts channel, so each new problem is told once. */
  alerted: string | null;
  /** Posts waiting for the channel (announcements). */
  backlog: number;
}

/** What /healthz shows for a job: the channels it has been failing on for several ticks. */
export interface JobHealthSummary {
  updatedAt: number;
  failing: { guildId: string; channelId: string; since: number | null; consecutiveFailures: number; blocked: boolean; problem: ChannelProblem | null }[];
}

export function emptyHealth(job: JobKind, channelId: string): ChannelHealth {
  return {
    job,
    channelId,
    lastSuccessAt: null,
    lastFailureAt: null,
    lastProblem: null,
    consecutiveFailures: 0,
    blockedSince: null,
    lastProbeAt: null,
    alerted: null,
    backlog: 0,
  };
}

/**
 * One record per guild holding every job × channel it has: /config show reads one key. Changes go
 * through the store lock because a tick (in whichever process claimed it) and a /config change
 * (in the guild's shard) may write at the same moment.
 */
export class ChannelHealthStore {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly lock: StoreLock,
  ) {}

  private key(guildId: string): string {
    return `health:guild:${guildId}`;
  }

  async all(guildId: string): Promise<ChannelHealth[]> {
    return Object.values((await this.kv.get<Record<string, ChannelHealth>>(this.key(guildId))) ?? {});
  }

  async get(guildId: string, job: JobKind, channelId: string): Promise<ChannelHealth> {
    const records = (await this.kv.get<Record<string, ChannelHealth>>(this.key(guildId))) ?? {};
    return { ...emptyHealth(job, channelId), ...records[`${job}:${channelId}`] };
  }

  /** Applies `change` to the record and returns it; a change that returns false writes nothing. */
  update(guildId: string, job: JobKind, channelId: string, change: (health: ChannelHealth) => void | false): Promise<ChannelHealth> {
    return this.lock.run(this.key(guildId), async () => {
      const records = (await this.kv.get<Record<string, ChannelHealth>>(this.key(guildId))) ?? {};
      const field = `${job}:${channelId}`;
      const health = { ...emptyHealth(job, channelId), ...records[field] };
      if (change(health) === false) return health;
      records[field] = health;
      await this.kv.set(this.key(guildId), records);
      return health;
    });
  }

  /** A /config change of the job's channel: whatever blocked it is someone else's past now. */
  async unblock(guildId: string, job: JobKind, channelId: string): Promise<void> {
    await this.update(guildId, job, channelId, (health) => {
      if (health.blockedSince === null) return false;
      health.blockedSince = null;
      health.consecutiveFailures = 0;
      health.alerted = null;
    });
  }

  summary(job: JobKind): Promise<JobHealthSummary | undefined> {
    return this.kv.get<JobHealthSummary>(`health:job:${job}`);
  }

  saveSummary(job: JobKind, summary: JobHealthSummary): Promise<void> {
    return this.kv.set(`health:job:${job}`, summary);
  }

  /** Content problems already told to a guild's alerts channel. */
  async toldContentProblems(guildId: string): Promise<string[]> {
    return (await this.kv.get<string[]>(`health:guild:${guildId}:content`)) ?? [];
  }

  saveToldContentProblems(guildId: string, signatures: string[]): Promise<void> {
    return this.kv.set(`health:guild:${guildId}:content`, signatures);
  }
}

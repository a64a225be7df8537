import type { KeyValueStore } from '../store/key-value-store.ts';

export interface ChannelLedger {
  /** Articles that were already published when the channel was set up: never announced there. */
  baseline: ReadonlySet<string>;
  /** Articles Discord accepted a post for in this channel. */
  announced: ReadonlySet<string>;
}

/**
 * What each channel has had. An article is recorded only after Discord accepted its post, so a
 * failure leaves it pending for the next tick; enforce_nonce covers the gap between acceptance and
 * this record.
 */
export class AnnouncementLedger {
  constructor(private readonly kv: KeyValueStore) {}

  private baselineKey(channelId: string): string {
    return `announce:${channelId}:baseline`;
  }

  private announcedKey(channelId: string): string {
    return `announce:${channelId}:announced`;
  }

  /** null until the channel's first tick sets its baseline. */
  async load(channelId: string): Promise<ChannelLedger | null> {
    const [baseline, announced] = await Promise.all([this.kv.get<string[]>(this.baselineKey(channelId)), this.kv.get<string[]>(this.announcedKey(channelId))]);
    if (!baseline) return null;
    return { baseline: new Set(baseline), announced: new Set(announced ?? []) };
  }

  async setBaseline(channelId: string, articleIds: readonly string[]): Promise<void> {
    await this.kv.set(this.baselineKey(channelId), [...articleIds]);
  }

  async recordAnnounced(channelId: string, articleId: string): Promise<void> {
    const current = (await this.kv.get<string[]>(this.announcedKey(channelId))) ?? [];
    if (!current.includes(articleId)) await this.kv.set(this.announcedKey(channelId), [...current, articleId]);
  }
}

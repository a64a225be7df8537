import type { KeyValueStore } from '../store/key-value-store.ts';
import { emptyDeck, type MemberDeck } from './deck.ts';
import { createStoreLock, type StoreLock } from '../store/store-lock.ts';
import type { ThreadProblem } from './daily-thread.ts';

/** Which card each day's quiz featured last in a guild, and the pick of a day not posted yet. */
export interface RotationRecord {
  /** Article id → local day it was last posted. */
  lastFeatured: Record<string, string>;
  /** Chosen before posting, so a retry posts the same card under the same nonce. */
  pending: { day: string; articleId: string } | null;
}

/** A daily post that Discord accepted; its buttons look the card up here. */
export interface DailyPostRecord {
  articleId: string;
  channelId: string;
  messageId: string;
  postedAt: number;
  /** The discussion thread: made, still to make (a retry is due), or not wanted / refused. */
  threadId?: string | null;
  threadPending?: boolean;
}

/** Per-member review counts of one guild over one local day, or over all time. */
export type ReviewTally = Record<string, number>;

/**
 * Quiz records in keyv. The store has no key scans, so every aggregate has a record of its own:
 * a tally per guild per local day and one for all time, plus the names to show on the board.
 */
export class QuizStore {
  /**
   * Held across processes on a shared store: two shards rating for one member (or counting into one
   * server's tally) at the same moment must not both read the old record and write back their own.
   * A deck lock may take a tally lock inside it, never the other way round.
   */
  constructor(
    private readonly kv: KeyValueStore,
    private readonly lock: StoreLock = createStoreLock(kv),
  ) {}

  /** Runs `work` with no other deck change of this member in between, in any process. */
  withMember<T>(userId: string, work: () => Promise<T>): Promise<T> {
    return this.lock.run(`quiz:deck:${userId}`, work);
  }

  async deck(userId: string): Promise<MemberDeck> {
    return { ...emptyDeck(), ...(await this.kv.get<MemberDeck>(`quiz:deck:${userId}`)) };
  }

  saveDeck(userId: string, deck: MemberDeck): Promise<void> {
    return this.kv.set(`quiz:deck:${userId}`, deck);
  }

  async rotation(guildId: string): Promise<RotationRecord> {
    return (await this.kv.get<RotationRecord>(`quiz:guild:${guildId}:rotation`)) ?? { lastFeatured: {}, pending: null };
  }

  saveRotation(guildId: string, rotation: RotationRecord): Promise<void> {
    return this.kv.set(`quiz:guild:${guildId}:rotation`, rotation);
  }

  dailyPost(guildId: string, day: string): Promise<DailyPostRecord | undefined> {
    return this.kv.get<DailyPostRecord>(`quiz:guild:${guildId}:post:${day}`);
  }

  saveDailyPost(guildId: string, day: string, post: DailyPostRecord): Promise<void> {
    return this.kv.set(`quiz:guild:${guildId}:post:${day}`, post);
  }

  threadProblem(guildId: string): Promise<ThreadProblem | undefined> {
    return this.kv.get<ThreadProblem>(`quiz:guild:${guildId}:thread-problem`);
  }

  async setThreadProblem(guildId: string, problem: ThreadProblem | null): Promise<void> {
    if (problem) await this.kv.set(`quiz:guild:${guildId}:thread-problem`, problem);
    else await this.kv.delete(`quiz:guild:${guildId}:thread-problem`);
  }

  /**
   * Counts `delta` reviews (negative to take them back) for a member on a guild's local day and in
   * its all-time tally, and remembers the member's display name for the leaderboard.
   */
  async countReviews(guildId: string, day: string, member: { id: string; name: string }, delta: number): Promise<void> {
    await this.lock.run(`quiz:guild:${guildId}:tallies`, async () => {
      for (const key of [`quiz:guild:${guildId}:reviews:${day}`, `quiz:guild:${guildId}:reviews:all`]) {
        const tally = (await this.kv.get<ReviewTally>(key)) ?? {};
        const count = Math.max(0, (tally[member.id] ?? 0) + delta);
        if (count > 0) tally[member.id] = count;
        else delete tally[member.id];
        await this.kv.set(key, tally);
      }
      if (delta > 0) {
        const namesKey = `quiz:guild:${guildId}:members`;
        const names = (await this.kv.get<Record<string, string>>(namesKey)) ?? {};
        if (names[member.id] !== member.name) await this.kv.set(namesKey, { ...names, [member.id]: member.name });
      }
    });
  }

  async dayTally(guildId: string, day: string): Promise<ReviewTally> {
    return (await this.kv.get<ReviewTally>(`quiz:guild:${guildId}:reviews:${day}`)) ?? {};
  }

  async allTimeTally(guildId: string): Promise<ReviewTally> {
    return (await this.kv.get<ReviewTally>(`quiz:guild:${guildId}:reviews:all`)) ?? {};
  }

  async memberNames(guildId: string): Promise<Record<string, string>> {
    return (await this.kv.get<Record<string, string>>(`quiz:guild:${guildId}:members`)) ?? {};
  }
}

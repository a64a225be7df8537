import type { Lang } from '../../i18n.ts';
import type { KeyValueStore } from '../../store/key-value-store.ts';
import { KeyedLock } from '../../store/keyed-lock.ts';

/** A member's due reminder. One per member, whichever server they set it from. */
export interface ReminderRecord {
  enabled: boolean;
  /** `HH:MM`, 24-hour, in `zone`. */
  time: string;
  zone: string;
  /** The language the member used when turning it on: a DM has no interaction locale. */
  lang: Lang;
  /** When it was turned on: a time already past that day waits for the next day. */
  activeFrom: number;
  /** The local day whose reminder was sent, or found nothing due, so each day is handled once. */
  handledDay: string | null;
  lastSentAt: number | null;
  /** A DM being sent for `day` since `at`; left behind only by a process that died mid-send. */
  sending?: { day: string; at: number } | null;
  /** Why reminders turned themselves off; shown to the member once, on their next command. */
  turnedOff: { reason: 'dm-closed'; at: number; told: boolean } | null;
}

const MEMBERS_KEY = 'reminders:members';

/** Members with a reminder are listed in one record: the store has no key scans. */
export class ReminderStore {
  private readonly lock = new KeyedLock();

  constructor(private readonly kv: KeyValueStore) {}

  private key(userId: string): string {
    return `reminders:member:${userId}`;
  }

  get(userId: string): Promise<ReminderRecord | undefined> {
    return this.kv.get<ReminderRecord>(this.key(userId));
  }

  /** Reads, changes and writes one member's record with no other change of it in between. */
  update(userId: string, change: (current: ReminderRecord | undefined) => ReminderRecord | undefined): Promise<ReminderRecord | undefined> {
    return this.lock.run(userId, async () => {
      const current = await this.get(userId);
      const next = change(current === undefined ? undefined : structuredClone(current));
      if (next !== undefined) await this.kv.set(this.key(userId), next);
      return next;
    });
  }

  async members(): Promise<string[]> {
    return (await this.kv.get<string[]>(MEMBERS_KEY)) ?? [];
  }

  addMember(userId: string): Promise<void> {
    return this.lock.run(MEMBERS_KEY, async () => {
      const members = await this.members();
      if (!members.includes(userId)) await this.kv.set(MEMBERS_KEY, [...members, userId]);
    });
  }

  removeMember(userId: string): Promise<void> {
    return this.lock.run(MEMBERS_KEY, async () => {
      const members = await this.members();
      if (members.includes(userId))
        await this.kv.set(
          MEMBERS_KEY,
          members.filter((id) => id !== userId),
        );
    });
  }
}

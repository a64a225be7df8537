import type { KeyValueStore } from '../store/key-value-store.ts';
import { createStoreLock, type StoreLock } from '../store/store-lock.ts';
import { isValidTimeZone } from '../time.ts';

/** Per-server choices made with /config; anything unset falls back to the environment. */
export interface GuildSettings {
  announceChannelId?: string;
  quizChannelId?: string;
  /** `HH:MM` in the guild's timezone; replaces QUIZ_CRON for that guild. */
  quizTime?: string;
  timezone?: string;
  /** A discussion thread on each daily post; unset means on. */
  quizThread?: boolean;
  /** Where job problems and content problems are told, in `alertsLang` (the admin's who chose it). */
  alertsChannelId?: string;
  alertsLang?: 'zh' | 'en';
}

export class GuildSettingsStore {
  /** Two /config changes at once, in any process, must not overwrite each other's field. */
  constructor(
    private readonly kv: KeyValueStore,
    private readonly lock: StoreLock = createStoreLock(kv),
  ) {}

  /** Keys are built from the guild id the interaction came from, so one guild cannot reach another's. */
  private key(guildId: string): string {
    return `guild:${guildId}:settings`;
  }

  async get(guildId: string): Promise<GuildSettings> {
    return (await this.kv.get<GuildSettings>(this.key(guildId))) ?? {};
  }

  update(guildId: string, change: Partial<GuildSettings>): Promise<GuildSettings> {
    return this.lock.run(`guild:${guildId}:settings`, async () => {
      const next = { ...(await this.get(guildId)), ...change };
      await this.kv.set(this.key(guildId), next);
      return next;
    });
  }

  /** Guilds that chose something with /config; the scheduler visits these besides the env channels. */
  async configuredGuilds(): Promise<string[]> {
    return (await this.kv.get<string[]>('guilds:configured')) ?? [];
  }

  markConfigured(guildId: string): Promise<void> {
    return this.lock.run('guilds:configured', async () => {
      const guilds = await this.configuredGuilds();
      if (!guilds.includes(guildId)) await this.kv.set('guilds:configured', [...guilds, guildId]);
    });
  }

  /** The zone a server's days are counted in: its /config choice, else `fallback` (also outside servers). */
  async zone(guildId: string | null, fallback: string): Promise<string> {
    if (!guildId) return fallback;
    const chosen = (await this.get(guildId)).timezone;
    return chosen && isValidTimeZone(chosen) ? chosen : fallback;
  }
}

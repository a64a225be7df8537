import crypto from 'node:crypto';
import { ChannelHealthStore } from '../health/channel-health.ts';
import { QuizStore } from '../quiz/quiz-store.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { createStoreLock, type StoreLock } from './store-lock.ts';

/** Per-server choices made with /config; anything unset falls back to the environment. */
export interface GuildSettings {
  announceChannelId?: string;
  quizChannelId?: string;
  /** `HH:MM` in the guild's timezone; replaces QUIZ_CRON for that guild. */
  quizTime?: string;
  timezone?: string;
  /** Where job problems and content problems are told, in `alertsLang` (the admin's who chose it). */
  alertsChannelId?: string;
  alertsLang?: 'zh' | 'en';
}

/** Which command definitions Discord has, so start-up only re-registers when they changed. */
export class RegistrationRecord {
  constructor(private readonly kv: KeyValueStore) {}

  private key(scope: string): string {
    return `commands:hash:${scope}`;
  }

  get(scope: string): Promise<string | undefined> {
    return this.kv.get<string>(this.key(scope));
  }

  set(scope: string, hash: string): Promise<void> {
    return this.kv.set(this.key(scope), hash);
  }
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
}

/**
 * Search queries can be longer than a button's custom_id allows; the paging button then carries a
 * short hash and the query lives here, so the button still works after a restart.
 */
export class QueryStash {
  constructor(private readonly kv: KeyValueStore) {}

  async put(query: string): Promise<string> {
    const hash = crypto.createHash('sha256').update(query).digest('base64url').slice(0, 16);
    await this.kv.set(`query:${hash}`, query);
    return hash;
  }

  get(hash: string): Promise<string | undefined> {
    return this.kv.get<string>(`query:${hash}`);
  }
}

export interface Stores {
  kv: KeyValueStore;
  registration: RegistrationRecord;
  guildSettings: GuildSettingsStore;
  queries: QueryStash;
  quiz: QuizStore;
  channelHealth: ChannelHealthStore;
}

export function createStores(kv: KeyValueStore): Stores {
  const lock = createStoreLock(kv);
  return {
    kv,
    registration: new RegistrationRecord(kv),
    guildSettings: new GuildSettingsStore(kv, lock),
    queries: new QueryStash(kv),
    quiz: new QuizStore(kv, lock),
    channelHealth: new ChannelHealthStore(kv, lock),
  };
}

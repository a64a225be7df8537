import { RegistrationRecord } from './discord/command-registration.ts';
import { GuildSettingsStore } from './guilds/guild-settings.ts';
import { ChannelHealthStore } from './health/channel-health.ts';
import { QueryStash } from './interactions/query-stash.ts';
import { ReminderStore } from './habits/reminders/reminder-store.ts';
import { QuizStore } from './quiz/quiz-store.ts';
import type { KeyValueStore } from './store/key-value-store.ts';
import { createStoreLock } from './store/store-lock.ts';

/** Every domain store, each over the one key-value store; built once at start-up. */
export interface Stores {
  kv: KeyValueStore;
  registration: RegistrationRecord;
  guildSettings: GuildSettingsStore;
  queries: QueryStash;
  quiz: QuizStore;
  reminders: ReminderStore;
  channelHealth: ChannelHealthStore;
}

export function createStores(kv: KeyValueStore): Stores {
  // Held in the store itself on Redis and PostgreSQL, so it serialises writers across processes.
  const lock = createStoreLock(kv);
  return {
    kv,
    registration: new RegistrationRecord(kv),
    guildSettings: new GuildSettingsStore(kv, lock),
    queries: new QueryStash(kv),
    quiz: new QuizStore(kv, lock),
    reminders: new ReminderStore(kv),
    channelHealth: new ChannelHealthStore(kv, lock),
  };
}

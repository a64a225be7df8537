import { RegistrationRecord } from './discord/command-registration.ts';
import { GuildSettingsStore } from './guilds/guild-settings.ts';
import { QueryStash } from './interactions/query-stash.ts';
import { ReminderStore } from './habits/reminders/reminder-store.ts';
import { QuizStore } from './quiz/quiz-store.ts';
import type { KeyValueStore } from './store/key-value-store.ts';

/** Every domain store, each over the one key-value store; built once at start-up. */
export interface Stores {
  kv: KeyValueStore;
  registration: RegistrationRecord;
  guildSettings: GuildSettingsStore;
  queries: QueryStash;
  quiz: QuizStore;
  reminders: ReminderStore;
}

export function createStores(kv: KeyValueStore): Stores {
  return {
    kv,
    registration: new RegistrationRecord(kv),
    guildSettings: new GuildSettingsStore(kv),
    queries: new QueryStash(kv),
    quiz: new QuizStore(kv),
    reminders: new ReminderStore(kv),
  };
}

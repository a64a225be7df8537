import type { BotDeps } from '../interactions/types.ts';
import { isValidTimeZone } from '../time.ts';

/** The zone a server's days are counted in: its /config choice, else TIMEZONE (also outside servers). */
export async function guildZone(deps: BotDeps, guildId: string | null): Promise<string> {
  if (!guildId) return deps.config.timezone;
  const chosen = (await deps.stores.guildSettings.get(guildId)).timezone;
  return chosen && isValidTimeZone(chosen) ? chosen : deps.config.timezone;
}

import crypto from 'node:crypto';
import { REST, Routes } from 'discord.js';
import type { Logger } from 'pino';
import type { CommandModule } from '../interactions/types.ts';
import type { KeyValueStore } from '../store/key-value-store.ts';

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

export interface RegistrationTarget {
  applicationId: string;
  /** Guild registration is instant (development); global takes effect everywhere. */
  guildId: string | null;
}

export function commandDefinitions(commands: readonly CommandModule[]) {
  return commands.map((command) => command.definition);
}

export function definitionsHash(commands: readonly CommandModule[]): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(commandDefinitions(commands)))
    .digest('hex');
}

/** Puts the definitions to Discord, replacing whatever was registered before. */
export async function putCommands(rest: REST, target: RegistrationTarget, commands: readonly CommandModule[]): Promise<void> {
  const route = target.guildId ? Routes.applicationGuildCommands(target.applicationId, target.guildId) : Routes.applicationCommands(target.applicationId);
  await rest.put(route, { body: commandDefinitions(commands) });
}

/**
 * Registers only when the definitions changed since the last registration in this scope: Discord
 * rate-limits command registration, and a restart loop must not burn through it.
 */
export async function registerIfChanged(
  rest: REST,
  target: RegistrationTarget,
  commands: readonly CommandModule[],
  record: RegistrationRecord,
  logger: Logger,
): Promise<boolean> {
  const scope = `${target.applicationId}:${target.guildId ?? 'global'}`;
  const hash = definitionsHash(commands);
  if ((await record.get(scope)) === hash) {
    logger.info({ scope }, 'slash commands unchanged; not registering');
    return false;
  }
  await putCommands(rest, target, commands);
  await record.set(scope, hash);
  logger.info({ scope, count: commands.length }, 'slash commands registered');
  return true;
}

/** The application the token belongs to: where commands are registered. */
export async function fetchApplicationId(rest: REST): Promise<string> {
  const application = (await rest.get(Routes.currentApplication())) as { id: string };
  return application.id;
}

export function createRest(token: string, apiBase: string | null): REST {
  return new REST(apiBase ? { api: apiBase } : {}).setToken(token);
}

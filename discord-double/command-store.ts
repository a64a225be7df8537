import { DiscordHttpError, invalidFormBody } from './errors.ts';
import type { ApiCommand } from './types.ts';
import { validateCommandBody } from './validate-command.ts';
import type { World } from './world.ts';

const GLOBAL = 'global';
const MAX_CHAT_INPUT_COMMANDS = 100;

/** Application commands as registered by the bot, per scope (global or one guild). */
export class CommandStore {
  private readonly scopes = new Map<string, ApiCommand[]>();

  constructor(private readonly world: World) {}

  list(guildId?: string): ApiCommand[] {
    return structuredClone(this.scopes.get(guildId ?? GLOBAL) ?? []);
  }

  hasAny(): boolean {
    return [...this.scopes.values()].some((commands) => commands.length > 0);
  }

  /** The chat-input command Discord would resolve a `/name` to in this guild. */
  findChatInput(name: string, guildId: string): ApiCommand | undefined {
    const match = (commands: ApiCommand[] | undefined) => commands?.find((command) => command.type === 1 && command.name === name);
    return structuredClone(match(this.scopes.get(guildId)) ?? match(this.scopes.get(GLOBAL)));
  }

  allNames(guildId: string): string[] {
    return [...(this.scopes.get(guildId) ?? []), ...(this.scopes.get(GLOBAL) ?? [])].map((command) => command.name);
  }

  /** PUT: replaces the scope. Commands keep their id when a command of that name and type existed. */
  overwrite(guildId: string | undefined, body: unknown): ApiCommand[] {
    if (!Array.isArray(body)) {
      throw invalidFormBody([{ path: '_root', code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }]);
    }
    const bodies = body.map((entry, index) => validateCommandBody(entry, String(index)));
    const keys = bodies.map((entry) => `${String(entry['type'] ?? 1)}:${String(entry['name'])}`);
    if (new Set(keys).size !== keys.length) {
      throw new DiscordHttpError(400, { message: 'Application command names must be unique', code: 50035 });
    }
    if (bodies.filter((entry) => (entry['type'] ?? 1) === 1).length > MAX_CHAT_INPUT_COMMANDS) {
      throw new DiscordHttpError(400, { message: 'Maximum number of application commands reached (100)', code: 30032 });
    }
    const previous = this.scopes.get(guildId ?? GLOBAL) ?? [];
    const next = bodies.map((entry) => this.toCommand(guildId, entry, previous));
    this.scopes.set(guildId ?? GLOBAL, next);
    return structuredClone(next);
  }

  /** POST: creates or replaces one command by name; `created` tells Discord's 201 from 200. */
  upsert(guildId: string | undefined, body: unknown): { command: ApiCommand; created: boolean } {
    const entry = validateCommandBody(body, '_root');
    const scope = this.scopes.get(guildId ?? GLOBAL) ?? [];
    const command = this.toCommand(guildId, entry, scope);
    const index = scope.findIndex((existing) => existing.id === command.id);
    if (index >= 0) scope[index] = command;
    else scope.push(command);
    this.scopes.set(guildId ?? GLOBAL, scope);
    return { command: structuredClone(command), created: index < 0 };
  }

  get(guildId: string | undefined, id: string): ApiCommand | undefined {
    return structuredClone(this.scopes.get(guildId ?? GLOBAL)?.find((command) => command.id === id));
  }

  remove(guildId: string | undefined, id: string): boolean {
    const scope = this.scopes.get(guildId ?? GLOBAL) ?? [];
    const kept = scope.filter((command) => command.id !== id);
    this.scopes.set(guildId ?? GLOBAL, kept);
    return kept.length !== scope.length;
  }

  private toCommand(guildId: string | undefined, entry: Record<string, unknown>, previous: ApiCommand[]): ApiCommand {
    const type = typeof entry['type'] === 'number' ? entry['type'] : 1;
    const name = String(entry['name']);
    const existing = previous.find((command) => command.type === type && command.name === name);
    const { id: _ignoredId, ...fields } = entry;
    return {
      ...fields,
      id: existing?.id ?? this.world.newId(),
      application_id: this.world.applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      version: this.world.newId(),
      type,
      name,
      description: typeof entry['description'] === 'string' ? entry['description'] : '',
      default_member_permissions:
        entry['default_member_permissions'] === undefined || entry['default_member_permissions'] === null ? null : String(entry['default_member_permissions']),
      nsfw: entry['nsfw'] === true,
      ...(guildId ? {} : { contexts: entry['contexts'] ?? null, integration_types: entry['integration_types'] ?? [0] }),
    } as ApiCommand;
  }
}

import { memberPayload } from '../payloads.ts';
import type { ApiCommand, ApiCommandOption } from '../types.ts';
import { OptionType } from '../validate-command.ts';
import type { GuildState, World } from '../world.ts';

/** A test's option value. Plain values get their type from the registered command (or are inferred). */
export type OptionInput = string | number | boolean | { type: number; value: string | number | boolean };

export interface InteractionOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: InteractionOption[];
  focused?: boolean;
}

export interface OptionRequest {
  commandName: string;
  definition: ApiCommand | undefined;
  subcommandGroup?: string | undefined;
  subcommand?: string | undefined;
  options?: Record<string, OptionInput> | undefined;
  /** Autocomplete: the option being typed and its raw text so far. */
  focused?: { name: string; value: string } | undefined;
  world: World;
  guild: GuildState;
  memberPermissions: bigint;
}

type Resolved = Record<'users' | 'members' | 'channels' | 'roles', Record<string, unknown>>;

/**
 * Builds `data.options` and `data.resolved` the way Discord would for this input, refusing input the
 * Discord client could never produce for the registered command (unknown option, bad choice, ...).
 */
export function buildOptions(request: OptionRequest): { options: InteractionOption[]; resolved?: Resolved } {
  const { definition, commandName } = request;
  const label = [commandName, request.subcommandGroup, request.subcommand].filter(Boolean).join(' ');
  const leafDefinitions = definition ? findLeafDefinitions(request, definition.options ?? []) : undefined;
  const resolved: Resolved = { users: {}, members: {}, channels: {}, roles: {} };
  const leaf: InteractionOption[] = [];
  for (const [name, input] of Object.entries(request.options ?? {})) {
    const declared = leafDefinitions?.find((option) => option.name === name);
    if (leafDefinitions && !declared) {
      const names = leafDefinitions.map((option) => option.name).join(', ') || 'none';
      throw new Error(`/${label} has no option "${name}" (declared: ${names})`);
    }
    const explicit = typeof input === 'object' ? input : undefined;
    const value = explicit ? explicit.value : (input as string | number | boolean);
    if (declared && explicit && explicit.type !== declared.type) {
      throw new Error(`/${label} option "${name}" is declared with type ${declared.type}, not ${explicit.type}`);
    }
    const type = declared?.type ?? explicit?.type ?? inferType(value);
    checkValue(`/${label} option "${name}"`, type, value, declared);
    resolveReference(request, type, value, resolved, `/${label} option "${name}"`, declared);
    leaf.push({ name, type, value });
  }
  if (request.focused) {
    const declared = leafDefinitions?.find((option) => option.name === request.focused?.name);
    if (leafDefinitions && !declared?.autocomplete) {
      throw new Error(`/${label} option "${request.focused.name}" does not have autocomplete enabled`);
    }
    // The focused value is the raw text typed so far, always a string.
    leaf.push({ name: request.focused.name, type: declared?.type ?? OptionType.String, value: request.focused.value, focused: true });
  } else {
    const missing = (leafDefinitions ?? []).filter((option) => option.required && !(option.name in (request.options ?? {})));
    if (missing.length > 0) throw new Error(`/${label} is missing required option(s): ${missing.map((o) => o.name).join(', ')}`);
  }
  let options = leaf;
  if (request.subcommand) options = [{ name: request.subcommand, type: OptionType.Subcommand, options }];
  if (request.subcommandGroup) options = [{ name: request.subcommandGroup, type: OptionType.SubcommandGroup, options }];
  const nonEmpty = Object.entries(resolved).filter(([, entries]) => Object.keys(entries).length > 0);
  return nonEmpty.length > 0 ? { options, resolved: Object.fromEntries(nonEmpty) as Resolved } : { options };
}

function findLeafDefinitions(request: OptionRequest, options: ApiCommandOption[]): ApiCommandOption[] {
  const isNested = (option: ApiCommandOption) => option.type === OptionType.Subcommand || option.type === OptionType.SubcommandGroup;
  const listing = (list: ApiCommandOption[]) =>
    list
      .filter(isNested)
      .map((option) => option.name)
      .join(', ');
  let scope = options;
  if (request.subcommandGroup) {
    const group = scope.find((option) => option.type === OptionType.SubcommandGroup && option.name === request.subcommandGroup);
    if (!group) throw new Error(`/${request.commandName} has no subcommand group "${request.subcommandGroup}" (has: ${listing(scope)})`);
    scope = group.options ?? [];
  }
  if (request.subcommand) {
    const sub = scope.find((option) => option.type === OptionType.Subcommand && option.name === request.subcommand);
    if (!sub) throw new Error(`/${request.commandName} has no subcommand "${request.subcommand}" here (has: ${listing(scope)})`);
    return sub.options ?? [];
  }
  if (scope.some(isNested)) throw new Error(`/${request.commandName} needs a subcommand (one of: ${listing(scope)})`);
  return scope;
}

function inferType(value: string | number | boolean): number {
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

function checkValue(label: string, type: number, value: unknown, declared: ApiCommandOption | undefined): void {
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`${label} must be ${what}, got ${JSON.stringify(value)}`);
  };
  switch (type) {
    case OptionType.String:
      expect(typeof value === 'string', 'a string');
      if (declared?.min_length !== undefined) expect([...(value as string)].length >= declared.min_length, `at least ${declared.min_length} characters`);
      if (declared?.max_length !== undefined) expect([...(value as string)].length <= declared.max_length, `at most ${declared.max_length} characters`);
      break;
    case OptionType.Integer:
    case OptionType.Number:
      expect(
        typeof value === 'number' && (type === OptionType.Number ? Number.isFinite(value) : Number.isInteger(value)),
        type === OptionType.Integer ? 'an integer' : 'a number',
      );
      if (declared?.min_value !== undefined) expect((value as number) >= declared.min_value, `>= ${declared.min_value}`);
      if (declared?.max_value !== undefined) expect((value as number) <= declared.max_value, `<= ${declared.max_value}`);
      break;
    case OptionType.Boolean:
      expect(typeof value === 'boolean', 'a boolean');
      break;
    case OptionType.Attachment:
      throw new Error(`${label}: attachment options are not supported by the double`);
    default:
      expect(typeof value === 'string' && /^\d{17,20}$/.test(value), 'a snowflake id');
  }
  if (declared?.choices && declared.choices.length > 0) {
    expect(
      declared.choices.some((choice) => choice.value === value),
      `one of ${declared.choices.map((c) => JSON.stringify(c.value)).join(', ')}`,
    );
  }
}

function resolveReference(
  request: OptionRequest,
  type: number,
  value: unknown,
  resolved: Resolved,
  label: string,
  declared: ApiCommandOption | undefined,
): void {
  const { world, guild } = request;
  const id = String(value);
  const resolveUser = () => {
    const member = world.ensureMember(guild, id);
    resolved.users[id] = { ...member.user };
    const { user: _user, ...rest } = memberPayload(member);
    resolved.members[id] = { ...rest, permissions: world.memberPermissions(guild, id).toString() };
  };
  const role = () => [guild.id, guild.botRoleId].includes(id);
  if (type === OptionType.User) resolveUser();
  if (type === OptionType.Role || (type === OptionType.Mentionable && role())) {
    if (!role()) throw new Error(`${label}: no role ${id} in guild ${guild.id}`);
    resolved.roles[id] = {
      id,
      name: id === guild.id ? '@everyone' : world.botUser.username,
      permissions: '0',
      position: 0,
      color: 0,
      hoist: false,
      managed: id !== guild.id,
      mentionable: false,
      flags: 0,
    };
  } else if (type === OptionType.Mentionable) {
    resolveUser();
  }
  if (type === OptionType.Channel) {
    const channel = world.channel(id);
    if (!channel || channel.guildId !== guild.id) throw new Error(`${label}: no channel ${id} in guild ${guild.id}`);
    const allowed = declared?.channel_types;
    if (allowed && !allowed.includes(channel.type)) throw new Error(`${label}: channel type ${channel.type} is not one of ${allowed.join(', ')}`);
    resolved.channels[id] = {
      id,
      name: channel.name,
      type: channel.type,
      guild_id: guild.id,
      parent_id: null,
      permissions: request.memberPermissions.toString(),
      nsfw: false,
      flags: 0,
    };
  }
}

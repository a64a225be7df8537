import type { CommandStore } from '../command-store.ts';
import type { Gateway } from '../gateway/gateway.ts';
import type { MessageStore } from '../message-store.ts';
import type { Notifier } from '../notifier.ts';
import { CallbackType, InteractionType, type ApiComponent, type ApiMessage, type AutocompleteChoice } from '../types.ts';
import type { ChannelState, DmChannelState, GuildState, World } from '../world.ts';
import { InteractionHandle } from './handle.ts';
import { buildOptions, type OptionInput } from './options.ts';
import { interactionPayload, interactionToken } from './payload.ts';
import { dmChannelPayload } from '../payloads.ts';
import type { InteractionKind, InteractionRegistry, PendingInteraction } from './registry.ts';

export interface InteractionActor {
  guildId?: string;
  channelId?: string;
  user?: { id: string; username?: string };
  /** The member's locale; default zh-CN. */
  locale?: string;
  /** The member's computed permissions; default: @everyone's, or all for the guild owner. */
  permissions?: bigint | string;
  roles?: string[];
}

export interface CommandRequest extends InteractionActor {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  options?: Record<string, OptionInput>;
  /**
   * The server's Integrations settings opened this command to the member despite its
   * default_member_permissions (Discord allows that); the bot must still check.
   */
  openedByServerOverride?: boolean;
}

export interface AutocompleteRequest extends CommandRequest {
  focused: { name: string; value: string };
}

export interface ButtonClickRequest extends Omit<InteractionActor, 'guildId' | 'channelId'> {
  /** The message carrying the button, as returned by the double, or its id. */
  message: ApiMessage | string;
  customId: string;
}

export interface DriverDeps {
  world: World;
  commands: CommandStore;
  messages: MessageStore;
  registry: InteractionRegistry;
  gateway: Gateway;
  notifier: Notifier;
}

const ADMINISTRATOR = 1n << 3n;

/** Plays the Discord client: turns a member's action into an INTERACTION_CREATE for the bot. */
export class InteractionDriver {
  constructor(private readonly deps: DriverDeps) {}

  sendCommand(request: CommandRequest): InteractionHandle {
    return this.dispatchCommand(request, InteractionType.Command, 'command');
  }

  async sendAutocomplete(request: AutocompleteRequest): Promise<AutocompleteChoice[]> {
    const handle = this.dispatchCommand(request, InteractionType.Autocomplete, 'autocomplete');
    const callback = await handle.callback();
    if (callback.type !== CallbackType.AutocompleteResult) {
      throw new Error(`autocomplete for /${request.name} was answered with callback type ${callback.type}, not 8`);
    }
    return structuredClone((callback.data?.['choices'] ?? []) as AutocompleteChoice[]);
  }

  clickButton(request: ButtonClickRequest): InteractionHandle {
    const { world, messages } = this.deps;
    const messageId = typeof request.message === 'string' ? request.message : request.message.id;
    const message = messages.get(messageId);
    if (!message) throw new Error(`clickButton: no message ${messageId} in the double`);
    const button = findComponent(message.components, request.customId);
    if (!button) {
      const ids = collectCustomIds(message.components).join(', ') || 'none';
      throw new Error(`clickButton: message ${messageId} has no component "${request.customId}" (has: ${ids})`);
    }
    if (button.type !== 2) throw new Error(`clickButton: "${request.customId}" is component type ${button.type}, not a button`);
    if (button.disabled) throw new Error(`clickButton: button "${request.customId}" is disabled; members cannot click it`);
    const data = { custom_id: request.customId, component_type: 2 };
    const dm = world.dm(message.channel_id);
    if (dm) return this.dispatchInDm(request, dm, data, message);
    const channel = world.channel(message.channel_id);
    const guild = channel && world.guild(channel.guildId);
    if (!channel || !guild) throw new Error(`clickButton: message ${messageId} is not in a guild channel or a DM`);
    return this.dispatch(request, guild, channel, InteractionType.Component, 'component', request.customId, data, message);
  }

  private dispatchCommand(request: CommandRequest | AutocompleteRequest, type: number, kind: InteractionKind): InteractionHandle {
    const { world, commands } = this.deps;
    const guild = request.guildId ? world.guild(request.guildId) : world.guilds[0];
    if (!guild) throw new Error(`no guild ${request.guildId ?? '(none configured)'} in the double`);
    const definition = commands.findChatInput(request.name, guild.id);
    if (!definition && commands.hasAny()) {
      throw new Error(`/${request.name} is not registered in guild ${guild.id} (registered: ${commands.allNames(guild.id).join(', ')})`);
    }
    const channel = this.channelOf(guild, request.channelId);
    const userId = request.user?.id ?? world.defaultUser.id;
    const permissions = request.permissions === undefined ? world.memberPermissions(guild, userId) : BigInt(request.permissions);
    const required = definition?.default_member_permissions;
    if (required && !request.openedByServerOverride && (permissions & ADMINISTRATOR) === 0n && (permissions & BigInt(required)) !== BigInt(required)) {
      throw new Error(`/${request.name} needs permissions ${required}; a member with ${permissions} cannot see it`);
    }
    const built = buildOptions({
      commandName: request.name,
      definition,
      subcommandGroup: request.subcommandGroup,
      subcommand: request.subcommand,
      options: request.options,
      focused: 'focused' in request ? request.focused : undefined,
      world,
      guild,
      memberPermissions: permissions,
    });
    const data: Record<string, unknown> = { id: definition?.id ?? world.newId(), name: request.name, type: 1 };
    if (definition?.guild_id) data['guild_id'] = definition.guild_id;
    if (built.options.length > 0) data['options'] = built.options;
    if (built.resolved) data['resolved'] = built.resolved;
    return this.dispatch({ ...request, permissions }, guild, channel, type, kind, request.name, data);
  }

  /** A click in the bot's DM with a user: no guild, `user` instead of `member`, context BOT_DM. */
  private dispatchInDm(actor: ButtonClickRequest, dm: DmChannelState, data: Record<string, unknown>, message: ApiMessage): InteractionHandle {
    const { world, gateway, registry, messages, notifier } = this.deps;
    const session = gateway.sessionForDms();
    if (!session) throw new Error('no gateway session on shard 0 receives DMs: log the client in first');
    const user = world.ensureUser(actor.user?.id ?? dm.recipientId, actor.user?.username);
    if (user.id !== dm.recipientId) throw new Error(`clickButton: only ${dm.recipientId} can click in their DM with the bot`);
    const id = world.newId();
    const token = interactionToken(id);
    const payload: Record<string, unknown> = {
      id,
      application_id: world.applicationId,
      type: InteractionType.Component,
      data,
      channel_id: dm.id,
      channel: dmChannelPayload(dm, world),
      user: { ...user },
      token,
      version: 1,
      locale: actor.locale ?? 'zh-CN',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: { '0': '0' },
      context: 1,
      attachment_size_limit: 10 * 1024 * 1024,
      message,
    };
    const interaction: PendingInteraction = {
      id,
      token,
      kind: 'component',
      name: actor.customId,
      payload,
      guildId: '',
      channelId: dm.id,
      user,
      dispatchedAt: performance.now(),
      ack: null,
      attempts: [],
      originalMessageId: null,
      sourceMessageId: message.id,
      originalEdits: 0,
      followupIds: [],
      failure: null,
    };
    registry.add(interaction);
    gateway.dispatchOnSession(session, 'INTERACTION_CREATE', payload);
    return new InteractionHandle(interaction, messages, notifier, registry.deadlineMs);
  }

  private channelOf(guild: GuildState, channelId: string | undefined): ChannelState {
    const channel = channelId ? this.deps.world.channel(channelId) : guild.channels[0];
    if (!channel || channel.guildId !== guild.id) throw new Error(`no channel ${channelId ?? '(none)'} in guild ${guild.id}`);
    return channel;
  }

  private dispatch(
    actor: InteractionActor,
    guild: GuildState,
    channel: ChannelState,
    type: number,
    kind: InteractionKind,
    name: string,
    data: Record<string, unknown>,
    message?: ApiMessage,
  ): InteractionHandle {
    const { world, gateway, registry, messages, notifier } = this.deps;
    const session = gateway.sessionForGuild(guild.id);
    if (!session) throw new Error(`no gateway session receives guild ${guild.id}: log the client in before sending interactions`);
    const member = world.ensureMember(guild, actor.user?.id ?? world.defaultUser.id, actor.user?.username);
    if (actor.roles) member.roles = [...actor.roles];
    const memberPermissions = actor.permissions === undefined ? world.memberPermissions(guild, member.user.id) : BigInt(actor.permissions);
    const built = interactionPayload({
      world,
      type,
      data,
      guild,
      channel,
      member,
      memberPermissions,
      locale: actor.locale ?? 'zh-CN',
      ...(message ? { message } : {}),
    });
    const interaction: PendingInteraction = {
      id: built.id,
      token: built.token,
      kind,
      name,
      payload: built.payload,
      guildId: guild.id,
      channelId: channel.id,
      user: member.user,
      dispatchedAt: performance.now(),
      ack: null,
      attempts: [],
      originalMessageId: null,
      sourceMessageId: message?.id ?? null,
      originalEdits: 0,
      followupIds: [],
      failure: null,
    };
    // Registered before dispatch: a fast bot may answer before the send call returns.
    registry.add(interaction);
    gateway.dispatchOnSession(session, 'INTERACTION_CREATE', built.payload);
    return new InteractionHandle(interaction, messages, notifier, registry.deadlineMs);
  }
}

function* walk(components: ApiComponent[]): Generator<ApiComponent> {
  for (const component of components) {
    yield component;
    if (component.components) yield* walk(component.components);
    if (component.accessory) yield* walk([component.accessory]);
  }
}

function findComponent(components: ApiComponent[], customId: string): ApiComponent | undefined {
  for (const component of walk(components)) if (component.custom_id === customId) return component;
  return undefined;
}

function collectCustomIds(components: ApiComponent[]): string[] {
  return [...walk(components)].flatMap((component) => (component.custom_id ? [component.custom_id] : []));
}

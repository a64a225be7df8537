import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CommandStore } from './command-store.ts';
import { Gateway } from './gateway/gateway.ts';
import { FaultInjector } from './http/faults.ts';
import { Router } from './http/router.ts';
import { createHttpServer } from './http/server.ts';
import { InteractionDriver, type AutocompleteRequest, type ButtonClickRequest, type CommandRequest } from './interactions/driver.ts';
import type { InteractionHandle } from './interactions/handle.ts';
import { InteractionRegistry } from './interactions/registry.ts';
import { MessageStore } from './message-store.ts';
import { Notifier } from './notifier.ts';
import { channelRoutes } from './rest/channel-routes.ts';
import { commandRoutes } from './rest/command-routes.ts';
import { AttachmentStore, type RestDeps } from './rest/deps.ts';
import { interactionCallbackRoutes } from './rest/interaction-callback.ts';
import { metaRoutes } from './rest/meta-routes.ts';
import { threadRoutes } from './rest/thread-routes.ts';
import { webhookRoutes } from './rest/webhook-routes.ts';
import { SnowflakeGenerator } from './snowflake.ts';
import type { ApiAttachment, ApiCommand, ApiMessage, AutocompleteChoice, DoubleOptions, FaultRule, InteractionFailure, RequestRecord } from './types.ts';
import { World } from './world.ts';

export type * from './types.ts';
export type { AutocompleteRequest, ButtonClickRequest, CommandRequest, InteractionActor } from './interactions/driver.ts';
export type { InteractionHandle } from './interactions/handle.ts';
export type { OptionInput } from './interactions/options.ts';
export type { GatewayConnectionInfo } from './gateway/gateway.ts';
export type { IdentifyRecord, ResumeRecord } from './gateway/protocol.ts';
export { MessageFlag, CallbackType, InteractionType } from './types.ts';
export { shardOfGuild } from './snowflake.ts';
export { Permission, EVERYONE_PERMISSIONS } from './world.ts';

const GUILD_MESSAGES_INTENT = 1 << 9;

export interface GuildInfo {
  id: string;
  name: string;
  ownerId: string;
  channels: { id: string; name: string; type: number }[];
}

/** A fake Discord (REST v10 + gateway) on 127.0.0.1 for end-to-end tests of the bot. */
export class DiscordDouble {
  readonly requests: RequestRecord[] = [];
  readonly gateway: Gateway;
  private readonly notifier = new Notifier();
  private readonly world: World;
  private readonly messages: MessageStore;
  private readonly commands: CommandStore;
  private readonly registry: InteractionRegistry;
  private readonly faults = new FaultInjector();
  private readonly attachments = new AttachmentStore();
  private readonly driver: InteractionDriver;
  private readonly server: Server;
  private latencyMs = 0;
  private port = 0;

  constructor(options: DoubleOptions = {}) {
    this.world = new World(options, new SnowflakeGenerator());
    this.messages = new MessageStore(this.world, this.notifier, options.nonceWindowMs ?? 5 * 60 * 1000);
    this.commands = new CommandStore(this.world);
    this.registry = new InteractionRegistry(this.notifier, options.interactionDeadlineMs ?? 3_000);
    this.gateway = new Gateway({
      world: this.world,
      notifier: this.notifier,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      baseUrl: () => this.gatewayUrl,
    });
    const deps: RestDeps = {
      world: this.world,
      messages: this.messages,
      commands: this.commands,
      registry: this.registry,
      notifier: this.notifier,
      gatewayUrl: () => this.gatewayUrl,
      recommendedShards: options.recommendedShards ?? 1,
      attachments: this.attachments,
    };
    const router = new Router();
    router.add(
      ...metaRoutes(deps),
      ...commandRoutes(deps),
      ...channelRoutes(deps),
      ...threadRoutes(deps),
      ...interactionCallbackRoutes(deps),
      ...webhookRoutes(deps),
    );
    this.server = createHttpServer({
      router,
      token: this.world.token,
      faults: this.faults,
      requests: this.requests,
      latencyMs: () => this.latencyMs,
      onUpgrade: (request, socket, head) => this.gateway.handleUpgrade(request, socket, head),
    });
    this.driver = new InteractionDriver({
      world: this.world,
      commands: this.commands,
      messages: this.messages,
      registry: this.registry,
      gateway: this.gateway,
      notifier: this.notifier,
    });
    this.messages.onEvent((event, message) => this.forwardMessageEvent(event, message));
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Pass as `rest: { api }`; discord.js appends `/v10`. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get token(): string {
    return this.world.token;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  get botUserId(): string {
    return this.world.botUser.id;
  }

  /** The member tests act as by default (not the guild owner). */
  get defaultUserId(): string {
    return this.world.defaultUser.id;
  }

  get guilds(): GuildInfo[] {
    return this.world.guilds.map((guild) => ({
      id: guild.id,
      name: guild.name,
      ownerId: guild.ownerId,
      channels: guild.channels.map(({ id, name, type }) => ({ id, name, type })),
    }));
  }

  /** Interactions the bot failed to acknowledge within the deadline. */
  get interactionFailures(): InteractionFailure[] {
    return this.registry.failures.map((failure) => ({ ...failure }));
  }

  registeredCommands(guildId?: string): ApiCommand[] {
    return this.commands.list(guildId);
  }

  async sendCommand(request: CommandRequest): Promise<InteractionHandle> {
    return this.driver.sendCommand(request);
  }

  sendAutocomplete(request: AutocompleteRequest): Promise<AutocompleteChoice[]> {
    return this.driver.sendAutocomplete(request);
  }

  async clickButton(request: ButtonClickRequest): Promise<InteractionHandle> {
    return this.driver.clickButton(request);
  }

  /** Oldest first, including ephemeral interaction responses (flag 64). */
  channelMessages(channelId: string): ApiMessage[] {
    return this.messages.inChannel(channelId);
  }

  message(id: string): ApiMessage | undefined {
    return this.messages.get(id);
  }

  /** Makes every DM to the user fail with 50007 (they closed DMs or blocked the bot), or opens them again. */
  setDmsClosed(userId: string, closed = true): void {
    this.world.ensureUser(userId);
    if (closed) this.world.closedDms.add(userId);
    else this.world.closedDms.delete(userId);
  }

  /** The bot's DMs to a user, oldest first (empty when it never opened a DM with them). */
  directMessages(userId: string): ApiMessage[] {
    const dm = this.world.dmWith(userId);
    return dm ? this.messages.inChannel(dm.id) : [];
  }

  /** The first DM to the user (existing or new) that matches. */
  waitForDirectMessage(userId: string, predicate: (message: ApiMessage) => boolean = () => true, timeoutMs = 5_000): Promise<ApiMessage> {
    return this.notifier.waitFor(
      () => this.directMessages(userId).find(predicate),
      timeoutMs,
      () => `no matching DM to ${userId} within ${timeoutMs} ms (${this.directMessages(userId).length} DM(s))`,
    );
  }

  /** Threads started in a channel (on a message, or forum posts), oldest first. */
  threads(channelId: string): { id: string; name: string; parentId: string; autoArchiveDuration: number; starterMessageId: string | null }[] {
    return this.world.threadsOf(channelId).map((thread) => ({
      id: thread.id,
      name: thread.name,
      parentId: channelId,
      autoArchiveDuration: thread.thread!.autoArchiveDuration,
      starterMessageId: thread.thread!.starterMessageId,
    }));
  }

  /** Sets the bot's permissions in a guild (e.g. take away Create Public Threads). */
  setBotPermissions(guildId: string, permissions: bigint): void {
    const guild = this.world.guild(guildId);
    if (!guild) throw new Error(`no guild ${guildId}`);
    guild.botPermissions = permissions;
  }

  /** The bytes the bot uploaded for an attachment of a stored message. */
  attachmentData(attachment: ApiAttachment | string): Buffer {
    const id = typeof attachment === 'string' ? attachment : attachment.id;
    const data = this.attachments.data(id);
    if (!data) throw new Error(`no uploaded bytes for attachment ${id}`);
    return data;
  }

  /** The first message in the channel (existing, new or edited) that matches. */
  waitForMessage(channelId: string, predicate: (message: ApiMessage) => boolean = () => true, timeoutMs = 5_000): Promise<ApiMessage> {
    return this.notifier.waitFor(
      () => this.messages.inChannel(channelId).find(predicate),
      timeoutMs,
      () => `no matching message in channel ${channelId} within ${timeoutMs} ms (${this.messages.inChannel(channelId).length} message(s) there)`,
    );
  }

  /** The bot's permissions in one channel (sent as a permission overwrite); null: its guild permissions again. */
  setChannelPermissions(channelId: string, permissions: bigint | null): void {
    const channel = this.world.channel(channelId);
    if (!channel) throw new Error(`no channel ${channelId}`);
    channel.botPermissions = permissions;
  }

  /** The bot's permissions across a guild (its role), as when an admin edits the role. */
  setGuildPermissions(guildId: string, permissions: bigint): void {
    const guild = this.world.guild(guildId);
    if (!guild) throw new Error(`no guild ${guildId}`);
    guild.botPermissions = permissions;
  }

  /** From now on the channel answers 10003 Unknown Channel. */
  deleteChannel(channelId: string): void {
    this.world.deleteChannel(channelId);
  }

  /** Posts (threads) of a forum channel, oldest first, with their applied tag names and first message. */
  forumPosts(forumId: string): { threadId: string; name: string; tags: string[]; message: ApiMessage | undefined }[] {
    const forum = this.world.channel(forumId);
    const tagName = new Map((forum?.availableTags ?? []).map((tag) => [tag.id, tag.name]));
    return this.world.threadsOf(forumId).map((thread) => ({
      threadId: thread.id,
      name: thread.name,
      tags: (thread.appliedTags ?? []).map((id) => tagName.get(id) ?? id),
      message: this.messages.get(thread.id),
    }));
  }

  failNext(rule: FaultRule): void {
    this.faults.add(rule);
  }

  /** Injected faults that no request has consumed yet. */
  pendingFaults(): number {
    return this.faults.pending();
  }

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  async close(): Promise<void> {
    this.registry.close();
    this.notifier.close('the Discord double was closed');
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Bots with the GUILD_MESSAGES intent see their own messages come back over the gateway. */
  private forwardMessageEvent(event: 'create' | 'update' | 'delete', message: ApiMessage): void {
    if (message.flags & 64 || !message.guild_id) return;
    const session = this.gateway.sessionForGuild(message.guild_id);
    if (!session || (session.intents & GUILD_MESSAGES_INTENT) === 0) return;
    const t = event === 'create' ? 'MESSAGE_CREATE' : event === 'update' ? 'MESSAGE_UPDATE' : 'MESSAGE_DELETE';
    const d = event === 'delete' ? { id: message.id, channel_id: message.channel_id, guild_id: message.guild_id } : message;
    this.gateway.dispatchOnSession(session, t, d);
  }
}

export async function startDiscordDouble(options: DoubleOptions = {}): Promise<DiscordDouble> {
  return new DiscordDouble(options).listen();
}

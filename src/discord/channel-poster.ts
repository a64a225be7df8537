import { DiscordAPIError, HTTPError, PermissionFlagsBits, RateLimitError, Routes, type REST } from 'discord.js';
import {
  ChannelType,
  type APIChannel,
  type APIGuildForumTag,
  type APIGuildMember,
  type APIMessage,
  type APIRole,
  type APIThreadChannel,
} from 'discord-api-types/v10';
import type { Logger } from 'pino';
import type { Reply } from '../interactions/types.ts';
import {
  PostFailure,
  type ChannelAccess,
  type ChannelKind,
  type ChannelPoster,
  type ChannelProblem,
  type PermissionName,
  type PostOptions,
  type PostResult,
} from '../scheduling/types.ts';

/** What a job needs in each kind of channel: see it, post in it, and show the embed. */
const REQUIRED: Record<ChannelKind, PermissionName[]> = {
  text: ['ViewChannel', 'SendMessages', 'EmbedLinks'],
  // Publishing one's own message needs nothing more than posting it.
  announcement: ['ViewChannel', 'SendMessages', 'EmbedLinks'],
  forum: ['ViewChannel', 'SendMessages', 'EmbedLinks'],
};

/** Forum posts carry at most 5 tags and a title of at most 100 characters. */
const MAX_FORUM_TAGS = 5;
const MAX_THREAD_NAME = 100;
/** Channel kinds and tags rarely change; a minute of caching keeps a tick at one request per post. */
const CHANNEL_CACHE_MS = 60_000;
const CROSSPOSTED_FLAG = 1 << 0;

interface ChannelInfo {
  guildId: string | null;
  kind: ChannelKind | null;
  tags: APIGuildForumTag[];
  raw: APIChannel;
}

/**
 * Posts through REST rather than a cached channel object, so any process can post to any guild's
 * channel (shards included) and a failure is always an error we can classify. Each kind of channel
 * gets what its readers expect: a message, a message published to following servers, or a forum post.
 */
export class RestChannelPoster implements ChannelPoster, ChannelAccess {
  private readonly channels = new Map<string, { info: ChannelInfo; at: number }>();

  constructor(
    private readonly rest: REST,
    private readonly botUserId: string,
    private readonly logger: Logger,
  ) {}

  async post(channelId: string, message: Reply, nonce: string, options: PostOptions = {}): Promise<PostResult> {
    try {
      const info = await this.channelInfo(channelId);
      switch (info.kind) {
        case 'text':
          return { messageId: (await this.createMessage(channelId, message, nonce)).id };
        case 'announcement':
          return await this.postAndPublish(channelId, message, nonce);
        case 'forum':
          return await this.postForumThread(channelId, message, options.forumPost ?? { title: titleOf(message), tags: [] }, info.tags);
        default:
          throw new PostFailure(`channel ${channelId}: not a channel a job can post in`, false, null, { problem: { kind: 'unsupported-channel' } });
      }
    } catch (error) {
      if (error instanceof PostFailure) throw error;
      throw await this.toPostFailure(error, channelId);
    }
  }

  /**
   * A new forum post: the message as its first message, titled, with the forum's tags whose names
   * match `tags` (case-insensitive). Forum posts have no nonce: a post is recorded right after
   * Discord accepts it. Reusable by any job that posts to forums.
   */
  async postForumThread(
    channelId: string,
    message: Reply,
    post: { title: string; tags: readonly string[] },
    available?: APIGuildForumTag[],
  ): Promise<PostResult> {
    const tags = available ?? (await this.channelInfo(channelId)).tags;
    const wanted = new Set(post.tags.map(normalizeTag));
    const applied = tags.filter((tag) => !tag.moderated && wanted.has(normalizeTag(tag.name))).slice(0, MAX_FORUM_TAGS);
    const thread = (await this.rest.post(Routes.threads(channelId), {
      body: {
        name: [...post.title.trim()].slice(0, MAX_THREAD_NAME).join('') || '…',
        applied_tags: applied.map((tag) => tag.id),
        message: messageBody(message),
      },
      files: messageFiles(message),
    })) as APIThreadChannel & { message?: APIMessage };
    return { messageId: thread.message?.id ?? thread.id, threadId: thread.id };
  }

  /** The guild that holds a channel, or null when the bot cannot see it. */
  async channelGuild(channelId: string): Promise<string | null> {
    try {
      return (await this.channelInfo(channelId)).guildId;
    } catch (error) {
      if (error instanceof DiscordAPIError && (error.status === 404 || error.status === 403)) return null;
      throw await this.toPostFailure(error, channelId);
    }
  }

  /**
   * Whether the bot can post in the channel, computed the way Discord does (roles, then the
   * channel's overwrites) from REST alone, so any process can check any guild's channel.
   */
  async check(channelId: string): Promise<ChannelProblem | null> {
    let info: ChannelInfo;
    try {
      info = await this.channelInfo(channelId, true);
    } catch (error) {
      const problem = codeProblem(error);
      if (problem) return problem;
      throw error;
    }
    if (!info.kind || !info.guildId) return { kind: 'unsupported-channel' };
    const permissions = await this.botPermissions(info.guildId, info.raw);
    const missing = REQUIRED[info.kind].filter((name) => (permissions & PermissionFlagsBits[name]) === 0n);
    return missing.length > 0 ? { kind: 'missing-permissions', missing } : null;
  }

  private async postAndPublish(channelId: string, message: Reply, nonce: string): Promise<PostResult> {
    const created = await this.createMessage(channelId, message, nonce);
    // A retried post answered from the nonce may already be published.
    if ((created.flags ?? 0) & CROSSPOSTED_FLAG) return { messageId: created.id, crossposted: true };
    try {
      await this.rest.post(Routes.channelMessageCrosspost(channelId, created.id));
      return { messageId: created.id, crossposted: true };
    } catch (error) {
      // The message is in the channel either way; following servers missing one post is not worth a repost.
      this.logger.warn({ err: error, channelId, messageId: created.id }, 'posted but could not publish to following servers');
      return { messageId: created.id, crossposted: false };
    }
  }

  private async createMessage(channelId: string, message: Reply, nonce: string): Promise<APIMessage> {
    return (await this.rest.post(Routes.channelMessages(channelId), {
      body: { ...messageBody(message), nonce, enforce_nonce: true },
      files: messageFiles(message),
    })) as APIMessage;
  }

  private async channelInfo(channelId: string, fresh = false): Promise<ChannelInfo> {
    const cached = this.channels.get(channelId);
    if (!fresh && cached && Date.now() - cached.at < CHANNEL_CACHE_MS) return cached.info;
    const raw = (await this.rest.get(Routes.channel(channelId))) as APIChannel;
    const info: ChannelInfo = {
      guildId: 'guild_id' in raw && raw.guild_id ? raw.guild_id : null,
      kind: kindOf(raw.type),
      tags: raw.type === ChannelType.GuildForum ? (raw.available_tags ?? []) : [],
      raw,
    };
    this.channels.set(channelId, { info, at: Date.now() });
    return info;
  }

  private async botPermissions(guildId: string, channel: APIChannel): Promise<bigint> {
    const [roles, member] = await Promise.all([
      this.rest.get(Routes.guildRoles(guildId)) as Promise<APIRole[]>,
      this.rest.get(Routes.guildMember(guildId, this.botUserId)) as Promise<APIGuildMember>,
    ]);
    const overwrites = 'permission_overwrites' in channel ? (channel.permission_overwrites ?? []) : [];
    return channelPermissions(guildId, this.botUserId, roles, member.roles, overwrites);
  }

  private async toPostFailure(error: unknown, channelId: string): Promise<PostFailure> {
    this.channels.delete(channelId);
    let problem = codeProblem(error);
    if (problem?.kind === 'missing-permissions') {
      // Discord does not say which permission is missing; working it out makes the message actionable.
      problem = (await this.check(channelId).catch(() => null)) ?? problem;
    }
    if (problem) {
      const status = error instanceof DiscordAPIError ? error.status : null;
      return new PostFailure(`channel ${channelId}: ${describe(problem)} (${(error as Error).message})`, false, status, { cause: error, problem });
    }
    if (error instanceof DiscordAPIError) {
      return new PostFailure(`channel ${channelId}: ${error.message} (HTTP ${error.status}, code ${error.code})`, true, error.status, { cause: error });
    }
    if (error instanceof HTTPError) return new PostFailure(`channel ${channelId}: Discord answered HTTP ${error.status}`, true, error.status, { cause: error });
    if (error instanceof RateLimitError) return new PostFailure(`channel ${channelId}: rate limited`, true, 429, { cause: error });
    return new PostFailure(`channel ${channelId}: ${(error as Error).message ?? String(error)}`, true, null, { cause: error });
  }
}

/** Discord's error codes that retrying will not fix. */
function codeProblem(error: unknown): ChannelProblem | null {
  if (!(error instanceof DiscordAPIError)) return null;
  switch (error.code) {
    case 50001:
      return { kind: 'missing-access' };
    case 50013:
      return { kind: 'missing-permissions', missing: [] };
    case 10003:
      return { kind: 'unknown-channel' };
    case 50008:
    case 50024:
      return { kind: 'unsupported-channel' };
    default:
      return null;
  }
}

function describe(problem: ChannelProblem): string {
  switch (problem.kind) {
    case 'missing-permissions':
      return problem.missing.length > 0 ? `missing permissions ${problem.missing.join(', ')}` : 'missing permissions';
    case 'missing-access':
      return 'the bot cannot see the channel';
    case 'unknown-channel':
      return 'the channel no longer exists';
    case 'unsupported-channel':
      return 'not a channel a job can post in';
    case 'discord-error':
      return problem.detail;
  }
}

function kindOf(type: ChannelType): ChannelKind | null {
  switch (type) {
    case ChannelType.GuildText:
      return 'text';
    case ChannelType.GuildAnnouncement:
      return 'announcement';
    case ChannelType.GuildForum:
      return 'forum';
    default:
      return null;
  }
}

/** Discord's permission computation for a member in a channel: base from roles, then overwrites. */
export function channelPermissions(
  guildId: string,
  userId: string,
  roles: readonly APIRole[],
  memberRoles: readonly string[],
  overwrites: readonly { id: string; type: number; allow: string; deny: string }[],
): bigint {
  const byId = new Map(roles.map((role) => [role.id, BigInt(role.permissions)]));
  let permissions = byId.get(guildId) ?? 0n;
  for (const id of memberRoles) permissions |= byId.get(id) ?? 0n;
  if (permissions & PermissionFlagsBits.Administrator) return ~0n;
  const apply = (allow: bigint, deny: bigint) => {
    permissions = (permissions & ~deny) | allow;
  };
  const everyone = overwrites.find((o) => o.id === guildId);
  if (everyone) apply(BigInt(everyone.allow), BigInt(everyone.deny));
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const o of overwrites) {
    if (o.type === 0 && memberRoles.includes(o.id)) {
      roleAllow |= BigInt(o.allow);
      roleDeny |= BigInt(o.deny);
    }
  }
  apply(roleAllow, roleDeny);
  const own = overwrites.find((o) => o.type === 1 && o.id === userId);
  if (own) apply(BigInt(own.allow), BigInt(own.deny));
  return permissions;
}

function messageBody(message: Reply) {
  return {
    content: message.content,
    embeds: message.embeds ?? [],
    components: message.components ?? [],
    // files[N] is described by the attachment entry with id N.
    attachments: (message.files ?? []).map((file, index) => ({
      id: index,
      filename: file.name,
      ...(file.description ? { description: file.description } : {}),
    })),
    allowed_mentions: { parse: [] },
  };
}

function messageFiles(message: Reply) {
  return (message.files ?? []).map((file) => ({ name: file.name, data: Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength) }));
}

function titleOf(message: Reply): string {
  return message.embeds?.[0]?.title ?? message.content?.split('\n')[0] ?? '…';
}

function normalizeTag(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

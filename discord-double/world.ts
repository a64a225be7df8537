import { randomBytes } from 'node:crypto';
import type { SnowflakeGenerator } from './snowflake.ts';
import type { ApiUser, DoubleOptions } from './types.ts';

export const Permission = {
  Administrator: 1n << 3n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseExternalEmojis: 1n << 18n,
  UseApplicationCommands: 1n << 31n,
  ManageThreads: 1n << 34n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** Every permission bit Discord currently defines: what an owner/administrator is sent. */
export const ALL_PERMISSIONS = (1n << 51n) - 1n;

export const EVERYONE_PERMISSIONS =
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.UseApplicationCommands |
  Permission.CreatePublicThreads |
  Permission.SendMessagesInThreads;

export interface ForumTag {
  id: string;
  name: string;
  moderated: boolean;
  emoji_id: string | null;
  emoji_name: string | null;
}

export interface ChannelState {
  id: string;
  guildId: string;
  name: string;
  /** 0 text, 5 announcement, 15 forum; 11 public thread (made by the bot, with a parent). */
  type: 0 | 5 | 11 | 15;
  topic: string | null;
  position: number;
  parentId?: string;
  thread?: { ownerId: string; autoArchiveDuration: number; archived: boolean; starterMessageId: string | null };
  /** Forum channels: the tags a post can carry. */
  availableTags?: ForumTag[];
  /** Forum posts: the forum tags applied to them (ids). */
  appliedTags?: string[];
  /**
   * The bot's permissions here when they differ from its guild permissions, sent as a member
   * permission overwrite the way Discord does; unset: the guild's (a thread: its parent's).
   */
  botPermissions?: bigint | null;
}

/** A direct-message channel between the bot and one user. */
export interface DmChannelState {
  id: string;
  recipientId: string;
}

export interface MemberState {
  user: ApiUser;
  roles: string[];
  joinedAt: string;
}

export interface GuildState {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  channels: ChannelState[];
  members: Map<string, MemberState>;
  botRoleId: string;
  botPermissions: bigint;
  joinedAt: string;
}

export function makeUser(id: string, username: string, extra: Partial<ApiUser> = {}): ApiUser {
  return { id, username, discriminator: '0', global_name: null, avatar: null, public_flags: 0, ...extra };
}

/** Guilds, channels, users and the bot's identity: everything that exists before any request. */
export class World {
  readonly botUser: ApiUser;
  readonly applicationId: string;
  readonly token: string;
  /** The member tests act as unless they name another user. */
  readonly defaultUser: ApiUser;
  readonly guilds: GuildState[] = [];
  private readonly users = new Map<string, ApiUser>();
  private readonly channelsById = new Map<string, ChannelState>();
  private readonly dmsByUser = new Map<string, DmChannelState>();
  private readonly dmsById = new Map<string, DmChannelState>();
  /** Users who turned off DMs from server members: messages to them fail with 50007. */
  readonly closedDms = new Set<string>();

  constructor(
    options: DoubleOptions,
    private readonly ids: SnowflakeGenerator,
  ) {
    const botId = ids.next();
    this.botUser = makeUser(botId, options.botUsername ?? 'studycards', { bot: true });
    // Bots made since 2016 share their id with their application.
    this.applicationId = botId;
    this.token = options.token ?? botToken(botId);
    this.defaultUser = makeUser(ids.next(), 'learner', { global_name: '学习者' });
    this.users.set(this.botUser.id, this.botUser);
    this.users.set(this.defaultUser.id, this.defaultUser);

    const seeds = options.guilds ?? [{ name: 'Study Group', channels: [{ name: 'general' }, { name: 'updates' }] }];
    for (const seed of seeds) {
      const guildId = seed.id ?? ids.next();
      const ownerId = seed.ownerId ?? ids.next();
      if (!this.users.has(ownerId)) this.users.set(ownerId, makeUser(ownerId, `owner-${ownerId.slice(-4)}`));
      const joinedAt = new Date().toISOString();
      const guild: GuildState = {
        id: guildId,
        name: seed.name ?? 'Study Group',
        ownerId,
        locale: seed.locale ?? 'zh-CN',
        channels: [],
        members: new Map(),
        botRoleId: ids.next(),
        botPermissions: seed.botPermissions === undefined ? EVERYONE_PERMISSIONS : BigInt(seed.botPermissions),
        joinedAt,
      };
      (seed.channels ?? [{ name: 'general' }]).forEach((channelSeed, position) => {
        const channel: ChannelState = {
          id: channelSeed.id ?? ids.next(),
          guildId,
          name: channelSeed.name,
          type: channelSeed.type ?? 0,
          topic: channelSeed.topic ?? null,
          position,
          ...(channelSeed.availableTags
            ? {
                availableTags: channelSeed.availableTags.map((tag) => ({
                  id: ids.next(),
                  name: tag.name,
                  moderated: tag.moderated ?? false,
                  emoji_id: null,
                  emoji_name: tag.emoji ?? null,
                })),
              }
            : channelSeed.type === 15
              ? { availableTags: [] }
              : {}),
          ...(channelSeed.botPermissions === undefined ? {} : { botPermissions: BigInt(channelSeed.botPermissions) }),
        };
        guild.channels.push(channel);
        this.channelsById.set(channel.id, channel);
      });
      guild.members.set(this.botUser.id, { user: this.botUser, roles: [guild.botRoleId], joinedAt });
      this.guilds.push(guild);
      this.ensureMember(guild, ownerId);
    }
  }

  guild(id: string): GuildState | undefined {
    return this.guilds.find((guild) => guild.id === id);
  }

  channel(id: string): ChannelState | undefined {
    return this.channelsById.get(id);
  }

  /** The DM channel with a user, opened on first use (POST /users/@me/channels). */
  openDm(userId: string): DmChannelState {
    let dm = this.dmsByUser.get(userId);
    if (!dm) {
      dm = { id: this.ids.next(), recipientId: userId };
      this.dmsByUser.set(userId, dm);
      this.dmsById.set(dm.id, dm);
    }
    return dm;
  }

  dm(channelId: string): DmChannelState | undefined {
    return this.dmsById.get(channelId);
  }

  dmWith(userId: string): DmChannelState | undefined {
    return this.dmsByUser.get(userId);
  }

  /** A public thread in a guild channel; its id is the starter message's id when there is one. */
  addThread(parent: ChannelState, name: string, autoArchiveDuration: number, starterMessageId: string | null, id = this.ids.next()): ChannelState {
    const thread: ChannelState = {
      id,
      guildId: parent.guildId,
      name,
      type: 11,
      topic: null,
      position: 0,
      parentId: parent.id,
      thread: { ownerId: this.botUser.id, autoArchiveDuration, archived: false, starterMessageId },
    };
    this.channelsById.set(thread.id, thread);
    return thread;
  }

  /** Deleted channels answer 10003 Unknown Channel from then on. */
  deleteChannel(id: string): void {
    const channel = this.channelsById.get(id);
    if (!channel) return;
    this.channelsById.delete(id);
    const guild = this.guild(channel.guildId);
    if (guild) guild.channels = guild.channels.filter((c) => c.id !== id);
  }

  /** The bot's permissions in a channel: its guild permissions unless the channel (or a thread's parent) overrides them. */
  botPermissionsIn(channel: ChannelState): bigint {
    const guildPermissions = this.guild(channel.guildId)?.botPermissions ?? 0n;
    const parent = channel.parentId ? this.channelsById.get(channel.parentId) : undefined;
    return channel.botPermissions ?? parent?.botPermissions ?? guildPermissions;
  }

  /** Threads whose parent is `channelId`, oldest first. */
  threadsOf(channelId: string): ChannelState[] {
    return [...this.channelsById.values()].filter((channel) => channel.parentId === channelId);
  }

  user(id: string): ApiUser | undefined {
    return this.users.get(id);
  }

  /** Registers a user the first time a test acts as them, so REST lookups of them succeed. */
  ensureUser(id: string, username?: string): ApiUser {
    const known = this.users.get(id);
    if (known) {
      if (username && known.username !== username) known.username = username;
      return known;
    }
    const user = makeUser(id, username ?? `user-${id.slice(-4)}`);
    this.users.set(id, user);
    return user;
  }

  ensureMember(guild: GuildState, userId: string, username?: string): MemberState {
    const user = this.ensureUser(userId, username);
    let member = guild.members.get(userId);
    if (!member) {
      member = { user, roles: [], joinedAt: new Date().toISOString() };
      guild.members.set(userId, member);
    }
    return member;
  }

  /** Permissions Discord computes for a member (no overwrites are modelled). */
  memberPermissions(guild: GuildState, userId: string): bigint {
    if (userId === guild.ownerId) return ALL_PERMISSIONS;
    if (userId === this.botUser.id) return guild.botPermissions;
    return EVERYONE_PERMISSIONS;
  }

  newId(): string {
    return this.ids.next();
  }
}

function botToken(botId: string): string {
  const part = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64url');
  return `${part(botId)}.${part(randomBytes(4))}.${part(randomBytes(27))}`;
}

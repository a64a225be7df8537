import { EVERYONE_PERMISSIONS, type ChannelState, type DmChannelState, type GuildState, type MemberState, type World } from './world.ts';

/** Serialisations of the world's objects in the shapes Discord sends them (REST and gateway). */

export function channelPayload(channel: ChannelState, world?: World): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    position: channel.position,
    topic: channel.topic,
    nsfw: false,
    parent_id: channel.parentId ?? null,
    permission_overwrites: world ? botOverwrites(channel, world) : [],
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: 0,
    ...(channel.thread
      ? {
          owner_id: channel.thread.ownerId,
          message_count: 0,
          member_count: 1,
          thread_metadata: {
            archived: channel.thread.archived,
            auto_archive_duration: channel.thread.autoArchiveDuration,
            archive_timestamp: new Date().toISOString(),
            locked: false,
          },
        }
      : {}),
  };
  if (channel.type === 15) {
    Object.assign(payload, {
      available_tags: (channel.availableTags ?? []).map((tag) => ({ ...tag })),
      default_reaction_emoji: null,
      default_thread_rate_limit_per_user: 0,
      default_sort_order: null,
      default_forum_layout: 0,
    });
  }
  if (channel.type === 11) payload['applied_tags'] = [...(channel.appliedTags ?? [])];
  return payload;
}

/** A channel that overrides the bot's guild permissions does it with a member overwrite, as on Discord. */
function botOverwrites(channel: ChannelState, world: World): Record<string, unknown>[] {
  if (channel.botPermissions === undefined || channel.botPermissions === null || channel.type === 11) return [];
  const guildPermissions = world.guild(channel.guildId)?.botPermissions ?? 0n;
  return [
    {
      id: world.botUser.id,
      type: 1,
      allow: (channel.botPermissions & ~guildPermissions).toString(),
      deny: (guildPermissions & ~channel.botPermissions).toString(),
    },
  ];
}

export function dmChannelPayload(dm: DmChannelState, world: World): Record<string, unknown> {
  const recipient = world.user(dm.recipientId);
  return { id: dm.id, type: 1, last_message_id: null, flags: 0, recipients: recipient ? [{ ...recipient }] : [] };
}

export function rolePayloads(guild: GuildState, world: World): Record<string, unknown>[] {
  const role = (id: string, name: string, permissions: bigint, position: number, extra: object = {}) => ({
    id,
    name,
    permissions: permissions.toString(),
    position,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    managed: false,
    mentionable: false,
    icon: null,
    unicode_emoji: null,
    flags: 0,
    ...extra,
  });
  return [
    // Clipped by the bot's permissions so that discord.js, which ORs the roles, computes exactly botPermissions.
    role(guild.id, '@everyone', EVERYONE_PERMISSIONS & guild.botPermissions, 0),
    role(guild.botRoleId, world.botUser.username, guild.botPermissions, 1, {
      managed: true,
      tags: { bot_id: world.botUser.id },
    }),
  ];
}

export function memberPayload(member: MemberState): Record<string, unknown> {
  return {
    user: { ...member.user },
    roles: [...member.roles],
    joined_at: member.joinedAt,
    nick: null,
    avatar: null,
    banner: null,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

/** GET /guilds/:id shape. */
export function guildPayload(guild: GuildState, world: World): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    preferred_locale: guild.locale,
    vanity_url_code: null,
    features: [],
    roles: rolePayloads(guild, world),
    emojis: [],
    stickers: [],
    max_members: 500000,
    max_video_channel_users: 25,
    application_id: null,
  };
}

/** GUILD_CREATE dispatch data: the guild plus the state a bot gets on join. */
export function guildCreatePayload(guild: GuildState, world: World): Record<string, unknown> {
  return {
    ...guildPayload(guild, world),
    unavailable: false,
    large: false,
    joined_at: guild.joinedAt,
    member_count: guild.members.size,
    channels: guild.channels.map((channel) => {
      // Discord omits guild_id on channels nested in GUILD_CREATE.
      const { guild_id: _omitted, ...rest } = channelPayload(channel, world);
      return rest;
    }),
    threads: [],
    members: [...guild.members.values()].map(memberPayload),
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
  };
}

export function applicationPayload(world: World): Record<string, unknown> {
  const firstOwnerId = world.guilds[0]?.ownerId;
  const owner = firstOwnerId === undefined ? undefined : world.user(firstOwnerId);
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    owner: owner ? { ...owner } : null,
    team: null,
    bot: { ...world.botUser },
    install_params: null,
    integration_types_config: { '0': {} },
  };
}

import { randomBytes } from 'node:crypto';
import { channelPayload, memberPayload } from '../payloads.ts';
import type { ApiMessage } from '../types.ts';
import type { ChannelState, GuildState, MemberState, World } from '../world.ts';

export interface PayloadInput {
  world: World;
  type: number;
  data: Record<string, unknown>;
  guild: GuildState;
  channel: ChannelState;
  member: MemberState;
  memberPermissions: bigint;
  locale: string;
  message?: ApiMessage;
}

/** Interaction tokens are long opaque strings; the double only needs them unique and URL-safe. */
export function interactionToken(id: string): string {
  return `aW50ZXJhY3Rpb246${id}:${randomBytes(48).toString('base64url')}`;
}

/** The INTERACTION_CREATE `d` Discord sends for a guild interaction. */
export function interactionPayload(input: PayloadInput): { id: string; token: string; payload: Record<string, unknown> } {
  const { world, guild, channel } = input;
  const id = world.newId();
  const token = interactionToken(id);
  const payload: Record<string, unknown> = {
    id,
    application_id: world.applicationId,
    type: input.type,
    data: input.data,
    guild_id: guild.id,
    guild: { id: guild.id, locale: guild.locale, features: [] },
    channel_id: channel.id,
    channel: { ...channelPayload(channel), permissions: input.memberPermissions.toString() },
    member: {
      ...memberPayload(input.member),
      permissions: input.memberPermissions.toString(),
      unusual_dm_activity_until: null,
    },
    token,
    version: 1,
    locale: input.locale,
    guild_locale: guild.locale,
    app_permissions: guild.botPermissions.toString(),
    entitlements: [],
    authorizing_integration_owners: { '0': guild.id },
    context: 0,
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (input.message) payload['message'] = input.message;
  return { id, token, payload };
}

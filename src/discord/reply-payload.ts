import { MessageFlags, type InteractionReplyOptions, type InteractionUpdateOptions } from 'discord.js';
import type { Reply } from '../interactions/types.ts';

/** Nothing a member or an author wrote may ping anyone, so every payload parses no mentions at all. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

export function replyPayload(reply: Reply): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    content: reply.content,
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    allowedMentions: NO_MENTIONS,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

/** An edit replaces the whole message: absent content must clear the old one. */
export function updatePayload(reply: Reply): InteractionUpdateOptions {
  return {
    content: reply.content ?? '',
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    allowedMentions: NO_MENTIONS,
  };
}

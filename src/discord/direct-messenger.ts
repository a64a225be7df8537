import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { RESTPostAPIChannelMessageResult, RESTPostAPICurrentUserCreateDMChannelResult } from 'discord-api-types/v10';
import type { DirectMessenger } from '../habits/reminders/reminder-job.ts';
import type { Reply } from '../interactions/types.ts';

/** Discord's "Cannot send messages to this user": DMs closed, the bot blocked, or no shared server. */
export const CANNOT_MESSAGE_USER = 50007;
/** "Unknown User": the account is gone; no DM will ever reach it either. */
const UNKNOWN_USER = 10013;

/** Opens (or reuses) the DM channel with a member and posts to it through REST, from any process. */
export class RestDirectMessenger implements DirectMessenger {
  constructor(private readonly rest: REST) {}

  async send(userId: string, message: Reply, nonce: string): Promise<'sent' | 'closed'> {
    try {
      const channel = (await this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as RESTPostAPICurrentUserCreateDMChannelResult;
      (await this.rest.post(Routes.channelMessages(channel.id), {
        body: {
          content: message.content,
          embeds: message.embeds ?? [],
          components: message.components ?? [],
          allowed_mentions: { parse: [] },
          nonce,
          enforce_nonce: true,
        },
      })) as RESTPostAPIChannelMessageResult;
      return 'sent';
    } catch (error) {
      if (error instanceof DiscordAPIError && (error.code === CANNOT_MESSAGE_USER || error.code === UNKNOWN_USER)) return 'closed';
      throw error;
    }
  }
}

import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import type { RESTGetAPIChannelResult, RESTPostAPIChannelMessageResult } from 'discord-api-types/v10';
import type { Reply } from '../interactions/types.ts';
import { PostFailure, type ChannelPoster } from '../scheduling/types.ts';

/**
 * Posts through REST rather than a cached channel object, so any process can post to any guild's
 * channel (shards included) and a failure is always an error we can classify.
 */
export class RestChannelPoster implements ChannelPoster {
  constructor(private readonly rest: REST) {}

  async post(channelId: string, message: Reply, nonce: string): Promise<{ messageId: string }> {
    const files = message.files ?? [];
    try {
      const created = (await this.rest.post(Routes.channelMessages(channelId), {
        body: {
          content: message.content,
          embeds: message.embeds ?? [],
          components: message.components ?? [],
          // files[N] is described by the attachment entry with id N.
          attachments: files.map((file, index) => ({ id: index, filename: file.name, ...(file.description ? { description: file.description } : {}) })),
          allowed_mentions: { parse: [] },
          nonce,
          enforce_nonce: true,
        },
        files: files.map((file) => ({ name: file.name, data: Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength) })),
      })) as RESTPostAPIChannelMessageResult;
      return { messageId: created.id };
    } catch (error) {
      throw toPostFailure(error, channelId);
    }
  }

  /** The guild that holds a channel, or null when the bot cannot see it. */
  async channelGuild(channelId: string): Promise<string | null> {
    try {
      const channel = (await this.rest.get(Routes.channel(channelId))) as RESTGetAPIChannelResult;
      return 'guild_id' in channel && channel.guild_id ? channel.guild_id : null;
    } catch (error) {
      if (error instanceof DiscordAPIError && (error.status === 404 || error.status === 403)) return null;
      throw toPostFailure(error, channelId);
    }
  }
}

function toPostFailure(error: unknown, channelId: string): PostFailure {
  if (error instanceof DiscordAPIError) {
    const reason =
      error.status === 404 ? 'the channel no longer exists' : error.status === 403 ? 'the bot lacks permission to post there' : error.message;
    // Every failure is retried on a later tick: a channel can come back or get its permission back.
    return new PostFailure(`channel ${channelId}: ${reason} (HTTP ${error.status}, code ${error.code})`, true, error.status, { cause: error });
  }
  if (error instanceof HTTPError) return new PostFailure(`channel ${channelId}: Discord answered HTTP ${error.status}`, true, error.status, { cause: error });
  if (error instanceof RateLimitError) return new PostFailure(`channel ${channelId}: rate limited`, true, 429, { cause: error });
  return new PostFailure(`channel ${channelId}: ${(error as Error).message ?? String(error)}`, true, null, { cause: error });
}

import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { ChannelType, type APIMessage, type APIThreadChannel, type RESTGetAPIChannelResult } from 'discord-api-types/v10';
import type { Reply } from '../interactions/types.ts';
import { THREAD_ARCHIVE_MINUTES, ThreadRefused, type DailyThreads } from '../quiz/daily-thread.ts';

/** "A thread has already been created for this message": a retry after a crash finds the first one. */
const THREAD_ALREADY_EXISTS = 160004;

/** Threads and forum posts through REST, so whichever process runs the quiz tick can make them. */
export class RestDailyThreads implements DailyThreads {
  private readonly forums = new Map<string, boolean>();

  constructor(private readonly rest: REST) {}

  async isForum(channelId: string): Promise<boolean> {
    const known = this.forums.get(channelId);
    if (known !== undefined) return known;
    let channel: RESTGetAPIChannelResult;
    try {
      channel = (await this.rest.get(Routes.channel(channelId))) as RESTGetAPIChannelResult;
    } catch {
      // Not knowable now: the post itself tries the channel and reports the failure properly.
      return false;
    }
    const forum = channel.type === ChannelType.GuildForum;
    this.forums.set(channelId, forum);
    return forum;
  }

  async startThread(channelId: string, messageId: string, name: string): Promise<{ threadId: string }> {
    try {
      const thread = (await this.rest.post(Routes.threads(channelId, messageId), {
        body: { name, auto_archive_duration: THREAD_ARCHIVE_MINUTES },
      })) as APIThreadChannel;
      return { threadId: thread.id };
    } catch (error) {
      if (error instanceof DiscordAPIError && error.code === THREAD_ALREADY_EXISTS) {
        const message = (await this.rest.get(Routes.channelMessage(channelId, messageId))) as APIMessage;
        if (message.thread) return { threadId: message.thread.id };
      }
      throw refusal(error);
    }
  }

  async postInForum(channelId: string, name: string, message: Reply): Promise<{ threadId: string; messageId: string }> {
    try {
      const thread = (await this.rest.post(Routes.threads(channelId), {
        body: {
          name,
          auto_archive_duration: THREAD_ARCHIVE_MINUTES,
          message: { content: message.content, embeds: message.embeds ?? [], components: message.components ?? [], allowed_mentions: { parse: [] } },
        },
      })) as APIThreadChannel & { message?: APIMessage };
      return { threadId: thread.id, messageId: thread.message?.id ?? thread.id };
    } catch (error) {
      throw refusal(error);
    }
  }
}

/** 403s (missing permission or access) do not go away by retrying; everything else may. */
function refusal(error: unknown): unknown {
  if (error instanceof DiscordAPIError && error.status === 403) {
    return new ThreadRefused('permission', `HTTP 403, code ${error.code}: ${error.message}`);
  }
  if (error instanceof DiscordAPIError && error.status === 400) {
    return new ThreadRefused('other', `HTTP 400, code ${error.code}: ${error.message}`);
  }
  return error;
}

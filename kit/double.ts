import { waitUntil } from './wait.ts';
import { customIds } from './buttons.ts';
import type { ApiMessage, DiscordDouble, InteractionHandle, RequestRecord } from '../discord-double/index.ts';

export const MANAGE_GUILD = 1n << 5n;
/** English replies make the assertions readable; the bot picks the language from the member's locale. */
export const EN = 'en-US';

/** Route patterns as the double records them (path without /api/v10). */
export const ROUTES = {
  callback: /^\/interactions\/\d+\/[^/]+\/callback$/,
  followUp: /^\/webhooks\/\d+\/[^/]+$/,
  // discord.js percent-encodes the "@" of @original.
  editOriginal: /^\/webhooks\/\d+\/[^/]+\/messages\/(?:@|%40)original$/,
  channelPost: /^\/channels\/\d+\/messages$/,
} as const;

export { customIds };

export function customIdLike(message: Pick<ApiMessage, 'components'>, pattern: RegExp): string {
  const id = customIds(message).find((candidate) => pattern.test(candidate));
  if (!id) throw new Error(`no button matching ${pattern} on the message (has: ${customIds(message).join(', ')})`);
  return id;
}

/** Messages the bot posted itself (announcements, daily quizzes), not interaction replies shown in the channel. */
export function botPosts(double: DiscordDouble, channelId: string): ApiMessage[] {
  return double.channelMessages(channelId).filter((message) => !message.webhook_id);
}

export function requestsTo(double: DiscordDouble, method: string, path: RegExp): RequestRecord[] {
  return double.requests.filter((request) => request.method === method && path.test(request.path));
}

/**
 * Statuses the double answered on a route, in request order, once none is still being answered
 * (the double shows a message before it finishes the HTTP answer that created it).
 */
export function answeredStatuses(double: DiscordDouble, method: string, path: RegExp): Promise<number[]> {
  return waitUntil(() => {
    const statuses = requestsTo(double, method, path).map((request) => request.status);
    return statuses.includes(0) ? undefined : statuses;
  }, `every ${method} ${path} request to be answered`);
}

/** A member with a stable snowflake, so bursts of members are easy to tell apart. */
export function member(index: number, prefix = '7'): { id: string; username: string } {
  return { id: `${prefix}${String(index).padStart(17, '0')}`, username: `member${index}` };
}

/** The callback Discord accepted for this interaction, if any yet. */
export function acceptedCallback(handle: InteractionHandle) {
  return handle.callbacks.find((attempt) => attempt.status === 200 || attempt.status === 204);
}

/** All text of a message (content and embeds), for matching what a member reads. */
export function textOf(message: ApiMessage): string {
  return `${message.content}\n${JSON.stringify(message.embeds)}`;
}

/** "Reviews in total" from the member's /stats, as the member reads it. */
export async function totalReviews(double: DiscordDouble, user: { id: string; username: string }): Promise<string> {
  const stats = await (await double.sendCommand({ name: 'stats', user, locale: EN })).reply(8000);
  const field = stats.embeds[0]?.fields?.find((candidate) => candidate.name === 'Reviews in total');
  if (!field) throw new Error(`no "Reviews in total" in the /stats reply: ${JSON.stringify(stats.embeds)}`);
  return field.value;
}

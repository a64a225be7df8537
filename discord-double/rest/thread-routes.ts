import { DiscordHttpError, invalidFormBody, missingAccess, missingPermissions, unknownChannel, unknownMessage } from '../errors.ts';
import type { RestRequest, RestResponse, Route } from '../http/router.ts';
import { channelPayload, dmChannelPayload } from '../payloads.ts';
import { MessageFlag } from '../types.ts';
import { readMessageFields } from '../validate-message.ts';
import { Permission, type ChannelState } from '../world.ts';
import { attachmentsFromFiles, isObject, type RestDeps } from './deps.ts';

const ARCHIVE_DURATIONS = [60, 1440, 4320, 10080];
const FORUM = 15;

/** Threads on messages, forum posts, and DM channels (POST /users/@me/channels). */
export function threadRoutes(deps: RestDeps): Route[] {
  return [
    { method: 'POST', pattern: '/channels/:channelId/messages/:messageId/threads', auth: 'bot', handle: (request) => threadFromMessage(deps, request) },
    { method: 'POST', pattern: '/channels/:channelId/threads', auth: 'bot', handle: (request) => forumPost(deps, request) },
    { method: 'POST', pattern: '/users/@me/channels', auth: 'bot', handle: (request) => openDm(deps, request) },
  ];
}

function guildChannel(deps: RestDeps, request: RestRequest): ChannelState {
  const channel = deps.world.channel(request.params['channelId'] ?? '');
  if (!channel) throw unknownChannel();
  const permissions = deps.world.botPermissionsIn(channel);
  if ((permissions & Permission.ViewChannel) === 0n) throw missingAccess();
  if ((permissions & Permission.CreatePublicThreads) === 0n) throw missingPermissions();
  return channel;
}

function threadFields(body: unknown): { name: string; autoArchiveDuration: number } {
  const fields = isObject(body) ? body : {};
  const name = fields['name'];
  if (typeof name !== 'string' || name.trim().length === 0 || [...name].length > 100) {
    throw invalidFormBody([{ path: 'name', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }]);
  }
  const duration = fields['auto_archive_duration'] ?? 4320;
  if (typeof duration !== 'number' || !ARCHIVE_DURATIONS.includes(duration)) {
    throw invalidFormBody([{ path: 'auto_archive_duration', code: 'BASE_TYPE_CHOICES', message: `Value must be one of {${ARCHIVE_DURATIONS.join(', ')}}.` }]);
  }
  return { name, autoArchiveDuration: duration };
}

function threadFromMessage(deps: RestDeps, request: RestRequest): RestResponse {
  const channel = guildChannel(deps, request);
  if (channel.type !== 0 && channel.type !== 5)
    throw invalidFormBody([{ path: 'channel_id', code: 'CHANNEL_TYPE_INVALID', message: 'Threads on messages need a text or announcement channel.' }]);
  const message = deps.messages.get(request.params['messageId'] ?? '');
  if (!message || message.channel_id !== channel.id || message.flags & MessageFlag.Ephemeral) throw unknownMessage();
  if (message.thread) throw new DiscordHttpError(400, { message: 'A thread has already been created for this message', code: 160004 });
  const { name, autoArchiveDuration } = threadFields(request.body);
  // Discord gives a thread started on a message the message's own id.
  const thread = deps.world.addThread(channel, name, autoArchiveDuration, message.id, message.id);
  const payload = channelPayload(thread, deps.world);
  deps.messages.setThread(message.id, payload);
  return { status: 201, body: payload };
}

function forumPost(deps: RestDeps, request: RestRequest): RestResponse {
  const channel = guildChannel(deps, request);
  const permissions = deps.world.botPermissionsIn(channel);
  if ((permissions & Permission.SendMessages) === 0n) throw missingPermissions();
  if (channel.type !== FORUM) throw invalidFormBody([{ path: 'type', code: 'BASE_TYPE_REQUIRED', message: 'Only forum channels are modelled here.' }]);
  const { name, autoArchiveDuration } = threadFields(request.body);
  const body = isObject(request.body) ? request.body : {};
  if (!isObject(body['message'])) throw invalidFormBody([{ path: 'message', code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]);
  const appliedTags = forumTags(channel, body['applied_tags'], permissions);
  const embeds = (body['message'] as Record<string, unknown>)['embeds'];
  if (Array.isArray(embeds) && embeds.length > 0 && (permissions & Permission.EmbedLinks) === 0n) throw missingPermissions();
  const fields = readMessageFields(body['message'], 'create', request.files.length);
  const threadId = deps.world.newId();
  const thread = deps.world.addThread(channel, name, autoArchiveDuration, threadId, threadId);
  thread.appliedTags = appliedTags;
  const message = deps.messages.create(thread.id, {
    ...fields,
    id: threadId,
    flags: (fields.flags ?? 0) & ~MessageFlag.Ephemeral,
    attachments: attachmentsFromFiles(request.files, thread.id, deps, body['message']),
  });
  return { status: 201, body: { ...channelPayload(thread, deps.world), message } };
}

/** `applied_tags`: at most 5 of the forum's own tag ids; moderated tags need Manage Threads. */
function forumTags(forum: ChannelState, raw: unknown, permissions: bigint): string[] {
  if (raw === undefined || raw === null) return [];
  const applied = Array.isArray(raw) ? raw.map(String) : [];
  const problems: { path: string; code: string; message: string }[] = [];
  if (!Array.isArray(raw) || applied.length > 5)
    problems.push({ path: 'applied_tags', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
  const known = new Map((forum.availableTags ?? []).map((tag) => [tag.id, tag]));
  applied.forEach((id, i) => {
    const tag = known.get(id);
    if (!tag) problems.push({ path: `applied_tags.${i}`, code: 'FORUM_TAG_UNKNOWN', message: 'Unknown forum tag.' });
    else if (tag.moderated && (permissions & Permission.ManageThreads) === 0n)
      problems.push({ path: `applied_tags.${i}`, code: 'FORUM_TAG_MODERATED', message: 'This tag can only be applied by moderators.' });
  });
  if (problems.length > 0) throw invalidFormBody(problems);
  return applied;
}

function openDm(deps: RestDeps, request: RestRequest): RestResponse {
  const body = isObject(request.body) ? request.body : {};
  const recipient = body['recipient_id'];
  if (typeof recipient !== 'string' || !deps.world.user(recipient)) {
    throw invalidFormBody([{ path: 'recipient_id', code: 'USER_NOT_FOUND', message: 'Unknown user' }]);
  }
  return { status: 200, body: dmChannelPayload(deps.world.openDm(recipient), deps.world) };
}

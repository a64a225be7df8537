import {
  alreadyCrossposted,
  cannotMessageUser,
  emptyMessage,
  invalidFormBody,
  missingAccess,
  missingPermissions,
  nonTextChannel,
  notAnnouncementChannel,
  notAuthor,
  unknownChannel,
  unknownMessage,
} from '../errors.ts';
import type { RestRequest, RestResponse, Route } from '../http/router.ts';
import { channelPayload, dmChannelPayload } from '../payloads.ts';
import { MessageFlag, type ApiMessage } from '../types.ts';
import { isEmpty, readMessageFields } from '../validate-message.ts';
import { Permission, type ChannelState, type DmChannelState } from '../world.ts';
import { attachmentsFromFiles, editedAttachments, isObject, type RestDeps } from './deps.ts';

const REPLY = 19;

export function channelRoutes(deps: RestDeps): Route[] {
  const messageRoute = '/channels/:channelId/messages/:messageId';
  return [
    {
      method: 'GET',
      pattern: '/channels/:channelId',
      auth: 'bot',
      handle: (request) => {
        const dm = deps.world.dm(request.params['channelId'] ?? '');
        return { status: 200, body: dm ? dmChannelPayload(dm, deps.world) : channelPayload(visibleChannel(deps, request), deps.world) };
      },
    },
    { method: 'POST', pattern: `${messageRoute}/crosspost`, auth: 'bot', handle: (request) => crosspost(deps, request) },
    { method: 'GET', pattern: '/channels/:channelId/messages', auth: 'bot', handle: (request) => listMessages(deps, request) },
    { method: 'POST', pattern: '/channels/:channelId/messages', auth: 'bot', handle: (request) => postMessage(deps, request) },
    { method: 'GET', pattern: messageRoute, auth: 'bot', handle: (request) => ({ status: 200, body: channelMessage(deps, request) }) },
    { method: 'PATCH', pattern: messageRoute, auth: 'bot', handle: (request) => editMessage(deps, request) },
    {
      method: 'DELETE',
      pattern: messageRoute,
      auth: 'bot',
      handle: (request) => {
        deps.messages.delete(channelMessage(deps, request).id);
        return { status: 204 };
      },
    },
    {
      method: 'POST',
      pattern: '/channels/:channelId/typing',
      auth: 'bot',
      handle: (request) => {
        visibleChannel(deps, request);
        return { status: 204 };
      },
    },
  ];
}

function visibleChannel(deps: RestDeps, request: RestRequest): ChannelState {
  const channel = deps.world.channel(request.params['channelId'] ?? '');
  if (!channel) throw unknownChannel();
  if ((botPermissions(deps, channel) & Permission.ViewChannel) === 0n) throw missingAccess();
  return channel;
}

function botPermissions(deps: RestDeps, channel: ChannelState): bigint {
  return deps.world.botPermissionsIn(channel);
}

/** Channel endpoints can't see ephemeral messages: those only exist for the member who got them. */
function channelMessage(deps: RestDeps, request: RestRequest): ApiMessage {
  const channel = visibleChannel(deps, request);
  const message = deps.messages.get(request.params['messageId'] ?? '');
  if (!message || message.channel_id !== channel.id || message.flags & MessageFlag.Ephemeral) throw unknownMessage();
  return message;
}

function listMessages(deps: RestDeps, request: RestRequest): RestResponse {
  const channel = visibleChannel(deps, request);
  const limitText = request.query.get('limit');
  const limit = limitText === null ? 50 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw invalidFormBody([{ path: 'limit', code: 'NUMBER_TYPE_MAX', message: 'int value should be between 1 and 100.' }]);
  }
  const ascending = deps.messages.inChannel(channel.id).filter((message) => !(message.flags & MessageFlag.Ephemeral));
  const before = request.query.get('before');
  const after = request.query.get('after');
  const around = request.query.get('around');
  let page: ApiMessage[];
  if (after !== null) {
    page = ascending.filter((message) => BigInt(message.id) > BigInt(after)).slice(0, limit);
  } else if (around !== null) {
    const older = ascending.filter((message) => BigInt(message.id) <= BigInt(around));
    const newer = ascending.filter((message) => BigInt(message.id) > BigInt(around));
    const olderCount = Math.ceil(limit / 2);
    page = [...older.slice(-olderCount), ...newer.slice(0, limit - Math.min(olderCount, older.length))];
  } else {
    const pool = before === null ? ascending : ascending.filter((message) => BigInt(message.id) < BigInt(before));
    page = pool.slice(-limit);
  }
  return { status: 200, body: page.reverse() };
}

function postMessage(deps: RestDeps, request: RestRequest): RestResponse {
  const dm = deps.world.dm(request.params['channelId'] ?? '');
  if (dm) return postDirectMessage(deps, request, dm);
  const channel = visibleChannel(deps, request);
  const permissions = botPermissions(deps, channel);
  if (channel.type === 15) throw nonTextChannel();
  const sendPermission = channel.type === 11 ? Permission.SendMessagesInThreads : Permission.SendMessages;
  if ((permissions & sendPermission) === 0n) throw missingPermissions();
  // Discord drops embeds silently without Embed Links; refusing instead makes the gap visible in tests.
  if (
    Array.isArray((request.body as Record<string, unknown> | null)?.['embeds']) &&
    (request.body as Record<string, unknown[]>)['embeds']!.length > 0 &&
    (permissions & Permission.EmbedLinks) === 0n
  )
    throw missingPermissions();
  if (request.files.length > 0 && (permissions & Permission.AttachFiles) === 0n) throw missingPermissions();
  const body = isObject(request.body) ? request.body : {};
  const fields = readMessageFields(request.body, 'create', request.files.length);
  const nonce = body['nonce'];
  if (nonce !== undefined && nonce !== null) {
    const valid = (typeof nonce === 'string' && nonce.length <= 25) || (typeof nonce === 'number' && Number.isInteger(nonce));
    if (!valid) throw invalidFormBody([{ path: 'nonce', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be 25 or fewer in length.' }]);
    if (body['enforce_nonce'] === true) {
      const original = deps.messages.findByNonce(channel.id, nonce as string | number);
      if (original) return { status: 200, body: original };
    }
  }
  const reference = readReference(deps, channel, body['message_reference']);
  const message = deps.messages.create(channel.id, {
    ...fields,
    // Ephemeral only exists for interaction responses; Discord ignores it here.
    flags: (fields.flags ?? 0) & ~MessageFlag.Ephemeral,
    attachments: attachmentsFromFiles(request.files, channel.id, deps, request.body),
    ...(nonce === undefined || nonce === null ? {} : { nonce: nonce as string | number }),
    ...(reference ? { message_reference: reference, type: REPLY } : {}),
  });
  if (nonce !== undefined && nonce !== null) deps.messages.rememberNonce(channel.id, nonce as string | number, message.id);
  return { status: 200, body: message };
}

/** A DM to a member who closed their DMs fails as on Discord: 403 with code 50007. */
function postDirectMessage(deps: RestDeps, request: RestRequest, dm: DmChannelState): RestResponse {
  if (deps.world.closedDms.has(dm.recipientId)) throw cannotMessageUser();
  const fields = readMessageFields(request.body, 'create', request.files.length);
  const message = deps.messages.create(dm.id, {
    ...fields,
    flags: (fields.flags ?? 0) & ~MessageFlag.Ephemeral,
    attachments: attachmentsFromFiles(request.files, dm.id, deps, request.body),
  });
  return { status: 200, body: message };
}

function readReference(deps: RestDeps, channel: ChannelState, reference: unknown): ApiMessage['message_reference'] | undefined {
  if (!isObject(reference) || typeof reference['message_id'] !== 'string') return undefined;
  const target = deps.messages.get(reference['message_id']);
  const found = target !== undefined && target.channel_id === (reference['channel_id'] ?? channel.id);
  if (!found) {
    if (reference['fail_if_not_exists'] === false) return undefined;
    throw invalidFormBody([{ path: 'message_reference', code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }]);
  }
  return { type: 0, message_id: target.id, channel_id: target.channel_id, guild_id: channel.guildId };
}

function editMessage(deps: RestDeps, request: RestRequest): RestResponse {
  const current = channelMessage(deps, request);
  if (current.author.id !== deps.world.botUser.id) throw notAuthor();
  const fields = readMessageFields(request.body ?? {}, 'edit');
  const merged = {
    content: fields.content ?? current.content,
    embeds: fields.embeds ?? current.embeds,
    components: fields.components ?? current.components,
  };
  const attachments = editedAttachments(current.attachments, request.body, request.files, current.channel_id, deps);
  if (isEmpty(merged) && attachments.length === 0) {
    throw emptyMessage();
  }
  return { status: 200, body: deps.messages.edit(current.id, { ...fields, attachments }) };
}

const CROSSPOSTED = 1 << 0;

/** Publishing a message of an announcement channel to the servers that follow it. */
function crosspost(deps: RestDeps, request: RestRequest): RestResponse {
  const message = channelMessage(deps, request);
  const channel = deps.world.channel(message.channel_id)!;
  if (channel.type !== 5) throw notAnnouncementChannel();
  const own = message.author.id === deps.world.botUser.id;
  const needed = own ? Permission.SendMessages : Permission.ManageMessages;
  if ((botPermissions(deps, channel) & needed) === 0n) throw missingPermissions();
  if (message.flags & CROSSPOSTED) throw alreadyCrossposted();
  return { status: 200, body: deps.messages.setFlags(message.id, message.flags | CROSSPOSTED) };
}

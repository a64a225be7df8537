import { emptyMessage, invalidWebhookToken, unknownMessage, unknownWebhook } from '../errors.ts';
import type { RestRequest, RestResponse, Route } from '../http/router.ts';
import type { PendingInteraction } from '../interactions/registry.ts';
import { MessageFlag } from '../types.ts';
import { isEmpty, readMessageFields } from '../validate-message.ts';
import { attachmentsFromFiles, editedAttachments, interactionMetadata, isObject, type RestDeps } from './deps.ts';

const TOKEN_LIFETIME_MS = 15 * 60 * 1000;
const ORIGINAL = '@original';

/** Interaction webhooks: follow-ups and edits of responses, authenticated by the interaction token. */
export function webhookRoutes(deps: RestDeps): Route[] {
  const base = '/webhooks/:applicationId/:token';
  return [
    { method: 'POST', pattern: base, auth: 'path-token', handle: (request) => postFollowup(deps, request) },
    {
      method: 'GET',
      pattern: `${base}/messages/:messageId`,
      auth: 'path-token',
      handle: (request) => {
        const { messageId } = target(deps, request);
        return { status: 200, body: existing(deps, messageId) };
      },
    },
    { method: 'PATCH', pattern: `${base}/messages/:messageId`, auth: 'path-token', handle: (request) => editMessage(deps, request) },
    {
      method: 'DELETE',
      pattern: `${base}/messages/:messageId`,
      auth: 'path-token',
      handle: (request) => {
        const { messageId } = target(deps, request);
        existing(deps, messageId);
        deps.messages.delete(messageId);
        return { status: 204 };
      },
    },
  ];
}

function interactionFor(deps: RestDeps, request: RestRequest): PendingInteraction {
  if (request.params['applicationId'] !== deps.world.applicationId) throw unknownWebhook();
  const interaction = deps.registry.byToken(request.params['token'] ?? '');
  if (!interaction || performance.now() - interaction.dispatchedAt > TOKEN_LIFETIME_MS) throw invalidWebhookToken();
  // The interaction webhook only exists once the interaction was acknowledged.
  if (!interaction.ack) throw unknownWebhook();
  return interaction;
}

/** Resolves `@original` and checks the message belongs to this interaction. */
function target(deps: RestDeps, request: RestRequest): { interaction: PendingInteraction; messageId: string } {
  const interaction = interactionFor(deps, request);
  const requested = request.params['messageId'] ?? '';
  const messageId = requested === ORIGINAL ? interaction.originalMessageId : requested;
  if (!messageId || (messageId !== interaction.originalMessageId && !interaction.followupIds.includes(messageId))) {
    throw unknownMessage();
  }
  return { interaction, messageId };
}

function existing(deps: RestDeps, messageId: string) {
  const message = deps.messages.get(messageId);
  if (!message) throw unknownMessage();
  return message;
}

function editMessage(deps: RestDeps, request: RestRequest): RestResponse {
  const { interaction, messageId } = target(deps, request);
  const current = existing(deps, messageId);
  const fields = readMessageFields(request.body ?? {}, 'edit');
  const body = isObject(request.body) ? request.body : {};
  const attachments = editedAttachments(current.attachments, body, request.files, current.channel_id, deps);
  const merged = {
    content: fields.content ?? current.content,
    embeds: fields.embeds ?? current.embeds,
    components: fields.components ?? current.components,
  };
  if (isEmpty(merged) && attachments.length === 0) throw emptyMessage();
  const loading = (current.flags & MessageFlag.Loading) !== 0;
  const edited = deps.messages.edit(messageId, { ...fields, attachments }, loading);
  if (messageId === interaction.originalMessageId) interaction.originalEdits += 1;
  deps.notifier.notify();
  return { status: 200, body: edited };
}

function postFollowup(deps: RestDeps, request: RestRequest): RestResponse {
  const interaction = interactionFor(deps, request);
  const fields = readMessageFields(request.body, 'create', request.files.length);
  const wait = request.query.get('wait') === 'true';
  const original = interaction.originalMessageId ? deps.messages.get(interaction.originalMessageId) : undefined;
  const attachments = attachmentsFromFiles(request.files, interaction.channelId, deps, request.body);
  let message;
  if (original && original.flags & MessageFlag.Loading) {
    // Discord resolves a pending "thinking…" response with the first follow-up instead of posting anew.
    message = deps.messages.edit(original.id, { ...fields, attachments }, true);
    interaction.originalEdits += 1;
  } else {
    message = deps.messages.create(interaction.channelId, {
      ...fields,
      attachments,
      webhook_id: deps.world.applicationId,
      application_id: deps.world.applicationId,
      interaction_metadata: interactionMetadata(interaction),
    });
    interaction.followupIds.push(message.id);
  }
  deps.notifier.notify();
  return wait ? { status: 200, body: message } : { status: 204 };
}

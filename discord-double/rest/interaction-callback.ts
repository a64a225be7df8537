import { alreadyAcknowledged, invalidFormBody, unknownInteraction, type FieldProblem } from '../errors.ts';
import type { RestRequest, RestResponse, Route } from '../http/router.ts';
import type { PendingInteraction } from '../interactions/registry.ts';
import { CallbackType, MessageFlag, type ApiMessage, type CallbackRecord } from '../types.ts';
import { readMessageFields } from '../validate-message.ts';
import { attachmentsFromFiles, editedAttachments, interactionMetadata, isObject, type RestDeps } from './deps.ts';

const ALLOWED_CALLBACKS: Record<PendingInteraction['kind'], number[]> = {
  command: [CallbackType.ChannelMessage, CallbackType.DeferredChannelMessage, CallbackType.Modal],
  component: [CallbackType.ChannelMessage, CallbackType.DeferredChannelMessage, CallbackType.DeferredUpdate, CallbackType.UpdateMessage, CallbackType.Modal],
  autocomplete: [CallbackType.AutocompleteResult],
};

const CHAT_INPUT_RESPONSE = 20;

export function interactionCallbackRoutes(deps: RestDeps): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/interactions/:interactionId/:token/callback',
      auth: 'path-token',
      handle: (request) => handleCallback(deps, request),
    },
  ];
}

function handleCallback(deps: RestDeps, request: RestRequest): RestResponse {
  const interaction = deps.registry.get(request.params['interactionId'] ?? '');
  if (!interaction || interaction.token !== request.params['token']) throw unknownInteraction();
  const body = isObject(request.body) ? request.body : {};
  const withResponse = request.query.get('with_response') === 'true';
  const attempt: CallbackRecord = {
    type: typeof body['type'] === 'number' ? body['type'] : -1,
    data: isObject(body['data']) ? body['data'] : null,
    elapsedMs: performance.now() - interaction.dispatchedAt,
    status: 0,
    withResponse,
  };
  interaction.attempts.push(attempt);
  let message: ApiMessage | undefined;
  try {
    if (interaction.ack) throw alreadyAcknowledged();
    if (attempt.elapsedMs > deps.registry.deadlineMs) {
      deps.registry.recordLateCallback(interaction, attempt.elapsedMs);
      throw unknownInteraction();
    }
    if (!ALLOWED_CALLBACKS[interaction.kind].includes(attempt.type)) {
      throw invalidFormBody([
        {
          path: 'type',
          code: 'INTERACTION_CALLBACK_TYPE_INVALID',
          message: `Callback type ${attempt.type} is not valid for a ${interaction.kind} interaction`,
        },
      ]);
    }
    message = applyCallback(deps, interaction, attempt, request);
    interaction.ack = attempt;
  } catch (error) {
    attempt.status = (error as { status?: number }).status ?? 500;
    deps.notifier.notify();
    throw error;
  }
  attempt.status = withResponse ? 200 : 204;
  deps.notifier.notify();
  if (!withResponse) return { status: 204 };
  return {
    status: 200,
    body: {
      interaction: {
        id: interaction.id,
        type: interaction.payload['type'],
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: message ? (message.flags & MessageFlag.Loading) !== 0 : null,
        response_message_ephemeral: message ? (message.flags & MessageFlag.Ephemeral) !== 0 : null,
      },
      resource: message ? { type: attempt.type, message } : { type: attempt.type },
    },
  };
}

/** Makes the callback's effect visible; returns the message it created or changed, if any. */
function applyCallback(deps: RestDeps, interaction: PendingInteraction, attempt: CallbackRecord, request: RestRequest): ApiMessage | undefined {
  const { messages, world } = deps;
  const data = attempt.data ?? {};
  const responseFields = () => ({
    webhook_id: world.applicationId,
    application_id: world.applicationId,
    interaction_metadata: interactionMetadata(interaction),
    type: interaction.kind === 'command' ? CHAT_INPUT_RESPONSE : 0,
  });
  switch (attempt.type) {
    case CallbackType.ChannelMessage: {
      const fields = readMessageFields(data, 'create', request.files.length);
      const attachments = attachmentsFromFiles(request.files, interaction.channelId, deps, data);
      const message = messages.create(interaction.channelId, { ...fields, attachments, ...responseFields() });
      interaction.originalMessageId = message.id;
      return message;
    }
    case CallbackType.DeferredChannelMessage: {
      const flags = typeof data['flags'] === 'number' ? data['flags'] & MessageFlag.Ephemeral : 0;
      const message = messages.create(interaction.channelId, { ...responseFields(), flags: flags | MessageFlag.Loading });
      interaction.originalMessageId = message.id;
      return message;
    }
    case CallbackType.DeferredUpdate:
      interaction.originalMessageId = interaction.sourceMessageId;
      return interaction.sourceMessageId ? messages.get(interaction.sourceMessageId) : undefined;
    case CallbackType.UpdateMessage: {
      const fields = readMessageFields(data, 'edit');
      interaction.originalMessageId = interaction.sourceMessageId;
      const source = messages.get(interaction.sourceMessageId ?? '');
      if (!source) return undefined;
      const attachments = editedAttachments(source.attachments, data, request.files, source.channel_id, deps);
      return messages.edit(source.id, { ...fields, attachments });
    }
    case CallbackType.AutocompleteResult:
      checkChoices(data['choices']);
      return undefined;
    default:
      checkModal(data);
      return undefined;
  }
}

function checkChoices(choices: unknown): void {
  const problems: FieldProblem[] = [];
  if (!Array.isArray(choices)) {
    problems.push({ path: 'data.choices', code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  } else {
    if (choices.length > 25) problems.push({ path: 'data.choices', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    choices.forEach((choice: unknown, index) => {
      const record = isObject(choice) ? choice : {};
      const name = record['name'];
      if (typeof name !== 'string' || name.length === 0 || [...name].length > 100) {
        problems.push({ path: `data.choices.${index}.name`, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
      }
      const value = record['value'];
      if (!(typeof value === 'number' || (typeof value === 'string' && [...value].length <= 100))) {
        problems.push({ path: `data.choices.${index}.value`, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be 100 or fewer in length.' });
      }
    });
  }
  if (problems.length > 0) throw invalidFormBody(problems);
}

function checkModal(data: Record<string, unknown>): void {
  const problems: FieldProblem[] = [];
  const title = data['title'];
  if (typeof title !== 'string' || title.length === 0 || [...title].length > 45) {
    problems.push({ path: 'data.title', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 45 in length.' });
  }
  const customId = data['custom_id'];
  if (typeof customId !== 'string' || customId.length === 0 || customId.length > 100) {
    problems.push({ path: 'data.custom_id', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
  }
  const components = data['components'];
  if (!Array.isArray(components) || components.length === 0 || components.length > 5) {
    problems.push({ path: 'data.components', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 5 in length.' });
  }
  if (problems.length > 0) throw invalidFormBody(problems);
}

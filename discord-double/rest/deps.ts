import { entityTooLarge, invalidFormBody } from '../errors.ts';
import type { CommandStore } from '../command-store.ts';
import type { UploadedFile } from '../http/router.ts';
import type { InteractionRegistry, PendingInteraction } from '../interactions/registry.ts';
import type { MessageStore } from '../message-store.ts';
import type { Notifier } from '../notifier.ts';
import type { ApiAttachment, ApiMessage } from '../types.ts';
import type { World } from '../world.ts';

export interface RestDeps {
  world: World;
  messages: MessageStore;
  commands: CommandStore;
  registry: InteractionRegistry;
  notifier: Notifier;
  gatewayUrl: () => string;
  recommendedShards: number;
  attachments: AttachmentStore;
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Uploaded bytes by attachment id: Discord's CDN, as far as tests need it. */
export class AttachmentStore {
  private readonly bytes = new Map<string, Buffer>();

  save(id: string, data: Buffer): void {
    this.bytes.set(id, data);
  }

  data(id: string): Buffer | undefined {
    return this.bytes.get(id);
  }
}

const MAX_FILES = 10;
/** Discord's upload limit for a server without boosts. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * New attachments for the uploaded files. `files[N]` is described by the `attachments` entry of the
 * JSON payload whose id is N (its description is the alt text), as discord.js sends them.
 */
export function attachmentsFromFiles(
  files: UploadedFile[],
  channelId: string,
  deps: Pick<RestDeps, 'world' | 'attachments'>,
  body: unknown = null,
): ApiAttachment[] {
  if (files.length > MAX_FILES) {
    throw invalidFormBody([{ path: 'attachments', code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_FILES} or fewer in length.` }]);
  }
  if (files.some((file) => file.size > MAX_FILE_BYTES)) throw entityTooLarge();
  const described = new Map<string, Record<string, unknown>>();
  const entries = isObject(body) && Array.isArray(body['attachments']) ? body['attachments'] : [];
  for (const entry of entries) if (isObject(entry) && entry['id'] !== undefined) described.set(String(entry['id']), entry);
  return files.map((file, index) => {
    const id = deps.world.newId();
    deps.attachments.save(id, file.data);
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(file.filename)}`;
    const fileIndex = /^files\[(\d+)\]$/.exec(file.field)?.[1] ?? String(index);
    const description = described.get(fileIndex)?.['description'];
    const size = pngSize(file.data);
    return {
      id,
      filename: file.filename,
      size: file.size,
      content_type: file.contentType,
      url,
      proxy_url: url,
      ...(typeof description === 'string' ? { description } : {}),
      ...(size ?? {}),
    };
  });
}

/**
 * Attachments after an edit: without an `attachments` list every current one stays; with one, only
 * those it names by id stay. New files are added either way.
 */
export function editedAttachments(
  current: ApiAttachment[],
  body: unknown,
  files: UploadedFile[],
  channelId: string,
  deps: Pick<RestDeps, 'world' | 'attachments'>,
): ApiAttachment[] {
  let kept = current;
  if (isObject(body) && Array.isArray(body['attachments'])) {
    const ids = new Set(body['attachments'].flatMap((entry: unknown) => (isObject(entry) && typeof entry['id'] === 'string' ? [entry['id']] : [])));
    kept = current.filter((attachment) => ids.has(attachment.id));
  }
  const added = attachmentsFromFiles(files, channelId, deps, body);
  if (kept.length + added.length > MAX_FILES) {
    throw invalidFormBody([{ path: 'attachments', code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_FILES} or fewer in length.` }]);
  }
  return [...kept, ...added];
}

/** Discord reports an image's size; a PNG carries it in its IHDR chunk. */
function pngSize(data: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (data.length < 24 || !data.subarray(0, 8).equals(signature) || data.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** `interaction_metadata` Discord puts on messages that answer an interaction. */
export function interactionMetadata(interaction: PendingInteraction): NonNullable<ApiMessage['interaction_metadata']> {
  return {
    id: interaction.id,
    type: interaction.payload['type'] as number,
    user: { ...interaction.user },
    authorizing_integration_owners: { '0': interaction.guildId },
  };
}

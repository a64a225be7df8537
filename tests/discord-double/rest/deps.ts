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
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function attachmentsFromFiles(files: UploadedFile[], channelId: string, world: World): ApiAttachment[] {
  return files.map((file) => {
    const id = world.newId();
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(file.filename)}`;
    return { id, filename: file.filename, size: file.size, content_type: file.contentType, url, proxy_url: url };
  });
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

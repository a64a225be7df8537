import type { Notifier } from './notifier.ts';
import type { ApiAttachment, ApiMessage, ApiUser } from './types.ts';
import type { MessageFields } from './validate-message.ts';
import type { World } from './world.ts';

export interface NewMessage extends MessageFields {
  /** Forum posts: the starter message shares its thread's id. */
  id?: string;
  type?: number;
  author?: ApiUser;
  attachments?: ApiAttachment[];
  nonce?: string | number;
  webhook_id?: string;
  application_id?: string;
  message_reference?: ApiMessage['message_reference'];
  interaction_metadata?: ApiMessage['interaction_metadata'];
}

export type MessageEvent = 'create' | 'update' | 'delete';

/** Every message in every channel, including ephemeral interaction responses (flag 64). */
export class MessageStore {
  private readonly byChannel = new Map<string, ApiMessage[]>();
  private readonly byId = new Map<string, ApiMessage>();
  private readonly nonces = new Map<string, { messageId: string; at: number }>();
  private readonly listeners: ((event: MessageEvent, message: ApiMessage) => void)[] = [];

  constructor(
    private readonly world: World,
    private readonly notifier: Notifier,
    private readonly nonceWindowMs: number,
  ) {}

  onEvent(listener: (event: MessageEvent, message: ApiMessage) => void): void {
    this.listeners.push(listener);
  }

  create(channelId: string, input: NewMessage): ApiMessage {
    const channel = this.world.channel(channelId);
    const message: ApiMessage = {
      id: input.id ?? this.world.newId(),
      channel_id: channelId,
      ...(channel ? { guild_id: channel.guildId } : {}),
      author: { ...(input.author ?? this.world.botUser) },
      content: input.content ?? '',
      embeds: input.embeds ?? [],
      components: input.components ?? [],
      attachments: input.attachments ?? [],
      flags: input.flags ?? 0,
      type: input.type ?? 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
    };
    if (input.nonce !== undefined) message.nonce = input.nonce;
    if (input.webhook_id !== undefined) message.webhook_id = input.webhook_id;
    if (input.application_id !== undefined) message.application_id = input.application_id;
    if (input.message_reference !== undefined) message.message_reference = input.message_reference;
    if (input.interaction_metadata !== undefined) message.interaction_metadata = input.interaction_metadata;
    const list = this.byChannel.get(channelId) ?? [];
    list.push(message);
    this.byChannel.set(channelId, list);
    this.byId.set(message.id, message);
    this.changed('create', message);
    return structuredClone(message);
  }

  /** Flags Discord sets itself (crossposted), not an edit: no edited timestamp. */
  setFlags(id: string, flags: number): ApiMessage | undefined {
    const message = this.byId.get(id);
    if (!message) return undefined;
    message.flags = flags;
    this.changed('update', message);
    return structuredClone(message);
  }

  /**
   * Applies an edit. `firstContent` is for a deferred response getting its content: Discord clears
   * the loading flag and does not mark such a message as edited.
   */
  edit(id: string, fields: MessageFields & { attachments?: ApiAttachment[] }, firstContent = false): ApiMessage | undefined {
    const message = this.byId.get(id);
    if (!message) return undefined;
    if (fields.content !== undefined) message.content = fields.content;
    if (fields.embeds !== undefined) message.embeds = fields.embeds;
    if (fields.components !== undefined) message.components = fields.components;
    if (fields.attachments !== undefined) message.attachments = fields.attachments;
    if (fields.flags !== undefined) {
      // Ephemerality and loading are fixed by how the message was created; edits can't toggle them.
      const fixed = message.flags & (64 | 128);
      message.flags = (fields.flags & ~(64 | 128)) | fixed;
    }
    if (firstContent) message.flags &= ~128;
    else message.edited_timestamp = new Date().toISOString();
    this.changed('update', message);
    return structuredClone(message);
  }

  /** Marks a message as the start of a thread, as Discord shows it on the message afterwards. */
  setThread(id: string, thread: Record<string, unknown>): void {
    const message = this.byId.get(id);
    if (!message) return;
    message.thread = thread;
    this.changed('update', message);
  }

  delete(id: string): boolean {
    const message = this.byId.get(id);
    if (!message) return false;
    this.byId.delete(id);
    const list = this.byChannel.get(message.channel_id) ?? [];
    this.byChannel.set(
      message.channel_id,
      list.filter((candidate) => candidate.id !== id),
    );
    this.changed('delete', message);
    return true;
  }

  get(id: string): ApiMessage | undefined {
    const message = this.byId.get(id);
    return message ? structuredClone(message) : undefined;
  }

  /** Oldest first. */
  inChannel(channelId: string): ApiMessage[] {
    return (this.byChannel.get(channelId) ?? []).map((message) => structuredClone(message));
  }

  /** The message an earlier post with this nonce created, if Discord would still remember it. */
  findByNonce(channelId: string, nonce: string | number): ApiMessage | undefined {
    const key = `${channelId}:${String(nonce)}`;
    const seen = this.nonces.get(key);
    if (!seen) return undefined;
    if (Date.now() - seen.at > this.nonceWindowMs) {
      this.nonces.delete(key);
      return undefined;
    }
    return this.get(seen.messageId);
  }

  rememberNonce(channelId: string, nonce: string | number, messageId: string): void {
    this.nonces.set(`${channelId}:${String(nonce)}`, { messageId, at: Date.now() });
  }

  private changed(event: MessageEvent, message: ApiMessage): void {
    const snapshot = structuredClone(message);
    for (const listener of this.listeners) listener(event, snapshot);
    this.notifier.notify();
  }
}

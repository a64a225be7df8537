import type { MessageStore } from '../message-store.ts';
import type { Notifier } from '../notifier.ts';
import { CallbackType, MessageFlag, type ApiMessage, type CallbackRecord, type InteractionFailure } from '../types.ts';
import type { PendingInteraction } from './registry.ts';

const DEFAULT_REPLY_TIMEOUT_MS = 5_000;

/** What a test holds after dispatching an interaction: the bot's answers as Discord recorded them. */
export class InteractionHandle {
  constructor(
    private readonly interaction: PendingInteraction,
    private readonly messages: MessageStore,
    private readonly notifier: Notifier,
    private readonly deadlineMs: number,
  ) {}

  get id(): string {
    return this.interaction.id;
  }

  get token(): string {
    return this.interaction.token;
  }

  /** The INTERACTION_CREATE data that was dispatched. */
  get payload(): Record<string, unknown> {
    return structuredClone(this.interaction.payload);
  }

  /** Every callback attempt, including rejected second or late ones. */
  get callbacks(): CallbackRecord[] {
    return structuredClone(this.interaction.attempts);
  }

  get failure(): InteractionFailure | null {
    return this.interaction.failure ? { ...this.interaction.failure } : null;
  }

  get followups(): ApiMessage[] {
    return this.interaction.followupIds.flatMap((id) => this.messages.get(id) ?? []);
  }

  /** The first accepted callback. Rejects once Discord's deadline passes without one. */
  callback(timeoutMs = this.deadlineMs + 1_000): Promise<CallbackRecord> {
    return this.notifier.waitFor(
      () => {
        if (this.interaction.ack) return structuredClone(this.interaction.ack);
        if (this.interaction.failure) throw new Error(this.timeoutText());
        return undefined;
      },
      timeoutMs,
      () => `${this.describe()}: no callback within ${timeoutMs} ms`,
    );
  }

  /**
   * The reply as the member sees it: the response message once it has content (after a deferral,
   * once the bot edited it), or the clicked message once an update landed.
   */
  reply(timeoutMs = DEFAULT_REPLY_TIMEOUT_MS): Promise<ApiMessage> {
    return this.notifier.waitFor(
      () => this.visibleReply(),
      timeoutMs,
      () => {
        const ack = this.interaction.ack;
        return ack
          ? `${this.describe()}: acknowledged with callback type ${ack.type} but no finished reply within ${timeoutMs} ms (deferred and never edited?)`
          : `${this.describe()}: no callback within ${timeoutMs} ms`;
      },
    );
  }

  /** Resolves with all follow-ups once there are at least `count`. */
  waitForFollowups(count = 1, timeoutMs = DEFAULT_REPLY_TIMEOUT_MS): Promise<ApiMessage[]> {
    return this.notifier.waitFor(
      () => (this.interaction.followupIds.length >= count ? this.followups : undefined),
      timeoutMs,
      () => `${this.describe()}: expected ${count} follow-up(s) within ${timeoutMs} ms, got ${this.interaction.followupIds.length}`,
    );
  }

  private visibleReply(): ApiMessage | undefined {
    const { ack, originalMessageId, sourceMessageId } = this.interaction;
    if (!ack) {
      if (this.interaction.failure) throw new Error(this.timeoutText());
      return undefined;
    }
    const existing = (id: string | null) => {
      const message = id === null ? undefined : this.messages.get(id);
      if (!message) throw new Error(`${this.describe()}: the reply message was deleted`);
      return message;
    };
    switch (ack.type) {
      case CallbackType.ChannelMessage:
      case CallbackType.UpdateMessage:
        return existing(ack.type === CallbackType.UpdateMessage ? sourceMessageId : originalMessageId);
      case CallbackType.DeferredChannelMessage: {
        const message = existing(originalMessageId);
        return message.flags & MessageFlag.Loading ? undefined : message;
      }
      case CallbackType.DeferredUpdate:
        return this.interaction.originalEdits > 0 ? existing(sourceMessageId) : undefined;
      default:
        throw new Error(`${this.describe()}: answered with callback type ${ack.type}, which has no reply message`);
    }
  }

  private timeoutText(): string {
    return `${this.describe()} was not acknowledged within ${this.deadlineMs} ms; Discord shows "The application did not respond"`;
  }

  private describe(): string {
    const { kind, name, id } = this.interaction;
    const what = kind === 'command' ? `/${name}` : kind === 'component' ? `component "${name}"` : `autocomplete for /${name}`;
    return `${what} (interaction ${id})`;
  }
}

import type { Notifier } from '../notifier.ts';
import type { ApiUser, CallbackRecord, InteractionFailure } from '../types.ts';

export type InteractionKind = 'command' | 'autocomplete' | 'component';

export interface PendingInteraction {
  id: string;
  token: string;
  kind: InteractionKind;
  /** Command name, or the custom_id of the clicked component. */
  name: string;
  payload: Record<string, unknown>;
  guildId: string;
  channelId: string;
  user: ApiUser;
  /** performance.now() when INTERACTION_CREATE was sent: callbacks are timed to the microsecond, not to the millisecond. */
  dispatchedAt: number;
  /** The accepted callback; later attempts are only in `attempts`. */
  ack: CallbackRecord | null;
  attempts: CallbackRecord[];
  originalMessageId: string | null;
  /** For component interactions: the message the clicked component is on. */
  sourceMessageId: string | null;
  /** Edits made to the original response after the callback (what a type 6 deferral waits for). */
  originalEdits: number;
  followupIds: string[];
  failure: InteractionFailure | null;
}

/** Interactions the double has dispatched, and Discord's 3-second acknowledgement clock for each. */
export class InteractionRegistry {
  readonly failures: InteractionFailure[] = [];
  private readonly interactions = new Map<string, PendingInteraction>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly notifier: Notifier,
    readonly deadlineMs: number,
  ) {}

  add(interaction: PendingInteraction): void {
    this.interactions.set(interaction.id, interaction);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!interaction.ack) this.recordTimeout(interaction, null);
    }, this.deadlineMs);
    this.timers.add(timer);
  }

  get(id: string): PendingInteraction | undefined {
    return this.interactions.get(id);
  }

  byToken(token: string): PendingInteraction | undefined {
    for (const interaction of this.interactions.values()) if (interaction.token === token) return interaction;
    return undefined;
  }

  /** Called when a callback arrives after the deadline: Discord answers 10062 and the user saw a failure. */
  recordLateCallback(interaction: PendingInteraction, elapsedMs: number): void {
    this.recordTimeout(interaction, elapsedMs);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private recordTimeout(interaction: PendingInteraction, lateCallbackAfterMs: number | null): void {
    if (interaction.failure) {
      interaction.failure.lateCallbackAfterMs ??= lateCallbackAfterMs;
    } else {
      interaction.failure = {
        kind: 'timeout',
        interactionId: interaction.id,
        name: interaction.name,
        deadlineMs: this.deadlineMs,
        lateCallbackAfterMs,
      };
      this.failures.push(interaction.failure);
    }
    this.notifier.notify();
  }
}

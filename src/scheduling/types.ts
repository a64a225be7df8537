import type { Reply } from '../interactions/types.ts';

/** A channel a scheduled job posts to, and the guild whose settings apply to it. */
export interface ChannelTarget {
  guildId: string;
  channelId: string;
}

/** Why a post did not go through; `retryable` failures are tried again on a later tick. */
export class PostFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ChannelPoster {
  /**
   * Posts to a channel and resolves once Discord accepted the message. `nonce` (≤ 25 chars) is sent
   * with enforce_nonce, so a retry of a post that succeeded but was not recorded returns the first
   * message instead of creating a second one. Rejects with PostFailure.
   */
  post(channelId: string, message: Reply, nonce: string): Promise<{ messageId: string }>;
}

export type JobKind = 'announce' | 'quiz';

/** Which channel of which guild each job posts to: /config choices, else the env channel's guild. */
export interface TargetDirectory {
  targets(kind: JobKind): Promise<ChannelTarget[]>;
}

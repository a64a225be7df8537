import type { Reply } from '../interactions/types.ts';

/** A channel a scheduled job posts to, and the guild whose settings apply to it. */
export interface ChannelTarget {
  guildId: string;
  channelId: string;
}

/** Permissions a job may need in its channel, by Discord's names for them. */
export type PermissionName = 'ViewChannel' | 'SendMessages' | 'EmbedLinks' | 'SendMessagesInThreads' | 'ReadMessageHistory';

/**
 * Why posts to a channel fail. The first four need someone to change something in Discord, so a job
 * stops trying (and says so) until a probe finds them fixed; `discord-error` is retried every tick.
 */
export type ChannelProblem =
  | { kind: 'missing-permissions'; missing: PermissionName[] }
  | { kind: 'missing-access' }
  | { kind: 'unknown-channel' }
  | { kind: 'unsupported-channel' }
  | { kind: 'discord-error'; status: number | null; detail: string };

export function isPermanent(problem: ChannelProblem): boolean {
  return problem.kind !== 'discord-error';
}

/** Same problem, for "alert once per new problem": the kind and, for permissions, which ones. */
export function problemSignature(problem: ChannelProblem): string {
  switch (problem.kind) {
    case 'missing-permissions':
      return `${problem.kind}:${[...problem.missing].sort().join(',')}`;
    case 'discord-error':
      return `${problem.kind}:${problem.status ?? 'network'}`;
    default:
      return problem.kind;
  }
}

/** Why a post did not go through; `retryable` failures are tried again on a later tick. */
export class PostFailure extends Error {
  readonly problem: ChannelProblem;

  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status: number | null,
    options?: { cause?: unknown; problem?: ChannelProblem },
  ) {
    super(message, options);
    this.problem = options?.problem ?? { kind: 'discord-error', status, detail: message };
  }
}

/** How a channel takes posts: a message, a published message, or a forum post of its own. */
export type ChannelKind = 'text' | 'announcement' | 'forum';

export interface PostOptions {
  /** In a forum channel the message becomes a new post with this title and the forum tags whose names match. */
  forumPost?: { title: string; tags: readonly string[] };
}

export interface PostResult {
  messageId: string;
  /** The forum post (thread) created, in a forum channel. */
  threadId?: string;
  /** In an announcement channel: whether the message was published to following servers. */
  crossposted?: boolean;
}

export interface ChannelPoster {
  /**
   * Posts to a channel the way its kind wants and resolves once Discord accepted the message.
   * `nonce` (≤ 25 chars) is sent with enforce_nonce, so a retry of a post that succeeded but was
   * not recorded returns the first message instead of creating a second one. Rejects with PostFailure.
   */
  post(channelId: string, message: Reply, nonce: string, options?: PostOptions): Promise<PostResult>;
}

/** Whether the bot can post in a channel, checked without posting: null when it can. */
export interface ChannelAccess {
  check(channelId: string): Promise<ChannelProblem | null>;
}

export type JobKind = 'announce' | 'quiz';

/** Which channel of which guild each job posts to: /config choices, else the env channel's guild. */
export interface TargetDirectory {
  targets(kind: JobKind): Promise<ChannelTarget[]>;
}

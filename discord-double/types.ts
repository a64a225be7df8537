/**
 * Discord API v10 object shapes, as far as the double produces or stores them. Deliberately loose
 * (index signatures) where the bot may send fields the double only passes through.
 */

export interface ApiUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
  public_flags?: number;
}

export interface ApiEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  timestamp?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string; icon_url?: string };
  author?: { name: string; url?: string; icon_url?: string };
  [extra: string]: unknown;
}

export interface ApiComponent {
  type: number;
  custom_id?: string;
  label?: string;
  style?: number;
  disabled?: boolean;
  url?: string;
  components?: ApiComponent[];
  accessory?: ApiComponent;
  [extra: string]: unknown;
}

export interface ApiAttachment {
  id: string;
  filename: string;
  size: number;
  content_type: string | null;
  url: string;
  proxy_url: string;
  /** Alt text, from the `attachments` entry of `payload_json` that names the file. */
  description?: string;
  width?: number;
  height?: number;
}

export interface ApiMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: ApiUser;
  content: string;
  embeds: ApiEmbed[];
  components: ApiComponent[];
  attachments: ApiAttachment[];
  flags: number;
  /** 0 default, 19 reply, 20 chat-input command response. */
  type: number;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: ApiUser[];
  mention_roles: string[];
  pinned: boolean;
  nonce?: string | number;
  webhook_id?: string;
  application_id?: string;
  message_reference?: { type?: number; message_id?: string; channel_id?: string; guild_id?: string };
  interaction_metadata?: { id: string; type: number; user: ApiUser; authorizing_integration_owners: Record<string, string> };
  /** The thread started on this message, as Discord includes it. */
  thread?: Record<string, unknown>;
}

export interface ApiCommandOption {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number; name_localizations?: Record<string, string> }[];
  options?: ApiCommandOption[];
  channel_types?: number[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  [extra: string]: unknown;
}

export interface ApiCommand {
  id: string;
  application_id: string;
  guild_id?: string;
  version: string;
  type: number;
  name: string;
  description: string;
  options?: ApiCommandOption[];
  default_member_permissions: string | null;
  nsfw: boolean;
  [extra: string]: unknown;
}

export interface AutocompleteChoice {
  name: string;
  value: string | number;
  name_localizations?: Record<string, string> | null;
}

/** Message flags the double gives meaning to. */
export const MessageFlag = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressNotifications: 1 << 12,
  ComponentsV2: 1 << 15,
} as const;

export const InteractionType = { Command: 2, Component: 3, Autocomplete: 4 } as const;

export const CallbackType = {
  ChannelMessage: 4,
  DeferredChannelMessage: 5,
  DeferredUpdate: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
  Modal: 9,
} as const;

export interface GuildSeed {
  id?: string;
  name?: string;
  channels?: ChannelSeed[];
  ownerId?: string;
  /** Guild locale sent as `guild_locale`; default zh-CN (the community is Chinese). */
  locale?: string;
  /** Bot's permissions in every channel of the guild; default: view, send, embed, attach, history, reactions. */
  botPermissions?: bigint | string;
}

export interface ChannelSeed {
  id?: string;
  name: string;
  /** 0 text (default), 5 announcement or 15 forum. */
  type?: 0 | 5 | 15;
  topic?: string;
  /** Forum channels: the tags posts can carry (ids are generated). */
  availableTags?: { name: string; moderated?: boolean; emoji?: string }[];
  /** The bot's permissions in this channel, overriding its guild permissions (a permission overwrite). */
  botPermissions?: bigint | string;
}

export interface DoubleOptions {
  guilds?: GuildSeed[];
  token?: string;
  botUsername?: string;
  /** Discord's 3 s acknowledgement window; shorten it to test slow handlers quickly. */
  interactionDeadlineMs?: number;
  heartbeatIntervalMs?: number;
  /** `shards` answered by GET /gateway/bot. */
  recommendedShards?: number;
  /** How long `enforce_nonce` deduplication remembers a nonce. */
  nonceWindowMs?: number;
}

export interface RequestRecord {
  method: string;
  /** Path without `/api/v10` and without the query string. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (for multipart: the `payload_json` part), or null. */
  body: unknown;
  at: number;
  /** Status answered; 0 while the request is still being handled. */
  status: number;
}

export interface FaultRule {
  method?: string;
  path: RegExp;
  times?: number;
  status: number;
  body?: unknown;
  /** Seconds, for 429 answers (may be fractional). */
  retryAfter?: number;
  /** For 429: mark the limit as global (`X-RateLimit-Global`). */
  global?: boolean;
}

export interface CallbackRecord {
  type: number;
  data: Record<string, unknown> | null;
  /** INTERACTION_CREATE sent → callback received, in fractional milliseconds (performance.now()). */
  elapsedMs: number;
  /** HTTP status the double answered: 200/204 for the accepted one, 400/404 for rejected ones. */
  status: number;
  withResponse: boolean;
}

export interface InteractionFailure {
  kind: 'timeout';
  interactionId: string;
  /** Command name or button custom_id. */
  name: string;
  deadlineMs: number;
  /** Set when the bot answered after all; null when it never did. */
  lateCallbackAfterMs: number | null;
}

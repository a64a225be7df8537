/**
 * The contract between commands and the Discord adapter: plain data in, plain data out. Commands
 * never see discord.js, so each one is tested as a function call.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { CorpusService } from '../corpus/corpus-service.ts';
import type { ChannelAccess } from '../scheduling/types.ts';
import type { Stores } from '../stores.ts';
import type { Lang } from '../i18n.ts';
import type { ButtonId, ButtonKind, ButtonOf } from './custom-ids.ts';
import type { FormulaImages } from '../render/formula-images/index.ts';
import type { CommandDefinition, InvocationOf, OptionValue, RawInvocation } from './options.ts';

export type { CommandDefinition, OptionValue };

export interface Member {
  id: string;
  /** Display name, for leaderboards; never used in a mention. */
  name: string;
}

interface InvocationBase {
  user: Member;
  guildId: string | null;
  channelId: string | null;
  /** Reply language picked from the interaction's locale. */
  lang: Lang;
  /** Checked on every use: a server's permission overrides may show a command to anyone. */
  canManageGuild: boolean;
  now: Date;
  logger: Logger;
}

/** What a command's run() gets: its subcommand and options typed from its definition `D`. */
export type CommandInput<D extends CommandDefinition = CommandDefinition> = InvocationBase & (CommandDefinition extends D ? RawInvocation : InvocationOf<D>);

export interface AutocompleteInput extends InvocationBase {
  subcommand: string | null;
  focused: { name: string; value: string };
  options: Readonly<Record<string, OptionValue | undefined>>;
}

export interface ComponentInput<B extends ButtonId = ButtonId> extends InvocationBase {
  /** The button's custom_id, decoded and validated (src/interactions/custom-ids.ts). */
  button: B;
  messageId: string;
}

/** The buttons a command answers, by kind; a handler gets its own kind of button only. */
export type ComponentHandlers = { [K in ButtonKind]?: (input: ComponentInput<ButtonOf<K>>, deps: BotDeps) => Promise<ComponentReply> };

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A file sent with a reply or post (a formula PNG, a chart, a CSV export). */
export interface ReplyFile {
  /** File name with its extension; embeds can show it as `attachment://<name>`. */
  name: string;
  data: Uint8Array;
  /** Alt text shown to screen readers and on hover. */
  description?: string;
}

/** What a handler answers. The adapter adds allowed_mentions (parse nothing) to every one. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: ActionRow[];
  /** Attachments, at most 10 (Discord's limit); an edit with files replaces the message's old ones. */
  files?: ReplyFile[];
  /** Only the member who acted sees it. */
  ephemeral?: boolean;
}

/** A button's answer: replace the message the button is on, or answer with a new message. */
export type ComponentReply = (Reply & { kind: 'reply' }) | (Reply & { kind: 'update' });

export interface Choice {
  name: string;
  value: string;
}

export interface BotDeps {
  config: Config;
  logger: Logger;
  corpus: CorpusService;
  stores: Stores;
  clock: () => Date;
  /** Uniform in [0, 1); injected so /random is testable. */
  random: () => number;
  version: string;
  /** Display formulas as PNG pictures (cached). */
  formulas: FormulaImages;
  /** Whether the bot can post in a channel (set once the bot is logged in; absent in previews). */
  channelAccess?: ChannelAccess;
}

export interface CommandModule<D extends CommandDefinition = CommandDefinition> {
  /** Written `as const`, so that run() gets options typed from it. */
  definition: D;
  /**
   * Whether the answer is private (only the member who ran it sees it), given the options: a slow
   * command is deferred with this visibility. A reply that sets `ephemeral` itself (a member's
   * mistake explained privately) still goes privately.
   */
  private?: boolean | ((options: CommandInput<D>['options']) => boolean);
  run(input: CommandInput<D>, deps: BotDeps): Promise<Reply>;
  autocomplete?(input: AutocompleteInput, deps: BotDeps): Promise<Choice[]>;
  /** The buttons this command's replies carry. */
  components?: ComponentHandlers;
}

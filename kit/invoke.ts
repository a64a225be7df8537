import { allCommands } from '../commands/index.ts';
import type { Lang } from '../src/i18n.ts';
import { ComponentRoutes } from '../src/interactions/component-routing.ts';
import { runCommand } from '../src/interactions/run-command.ts';
import { decodeButtonId, type ButtonKind, type ButtonOf } from '../src/interactions/custom-ids.ts';
import type { AutocompleteInput, BotDeps, Choice, CommandInput, CommandModule, ComponentReply, Member, OptionValue, Reply } from '../src/interactions/types.ts';
import { FIXED_NOW, silentLogger } from './deps.ts';
import { buttons } from './buttons.ts';
import { ALICE, CHANNEL_A, GUILD_A, MESSAGE_ID } from './members.ts';

export { buttons, customIds } from './buttons.ts';

/** Who acts, where, when and in which language; every field has a plain default (Alice in guild A, Chinese). */
export interface Actor {
  user?: Member;
  guildId?: string | null;
  channelId?: string | null;
  lang?: Lang;
  canManageGuild?: boolean;
  now?: Date;
}

function base(actor: Actor) {
  return {
    user: actor.user ?? ALICE,
    guildId: actor.guildId === undefined ? GUILD_A : actor.guildId,
    channelId: actor.channelId === undefined ? CHANNEL_A : actor.channelId,
    lang: actor.lang ?? 'zh',
    canManageGuild: actor.canManageGuild ?? false,
    now: actor.now ?? FIXED_NOW,
    logger: silentLogger,
  };
}

export interface Invocation {
  subcommand?: string | null;
  options?: Record<string, OptionValue>;
}

export function commandByName(name: string): CommandModule {
  const command = allCommands.find((c) => c.definition.name === name);
  if (!command) throw new Error(`no command /${name}`);
  return command;
}

/** The input a command gets from the adapter (for calling run() directly; invoke() also reads the options). */
export function commandInput(invocation: Invocation = {}, actor: Actor = {}): CommandInput {
  return { ...base(actor), subcommand: invocation.subcommand ?? null, options: invocation.options ?? {} };
}

/** Runs a slash command as the adapter does: options read against its definition first. */
export function invoke(name: string, deps: BotDeps, invocation: Invocation = {}, actor: Actor = {}): Promise<Reply> {
  return runCommand(commandByName(name), base(actor), { subcommand: invocation.subcommand ?? null, options: invocation.options ?? {} }, deps);
}

export async function autocomplete(
  name: string,
  deps: BotDeps,
  invocation: { subcommand: string | null; options: Record<string, OptionValue>; focused: { name: string; value: string } },
  actor: Actor = {},
): Promise<Choice[]> {
  const command = commandByName(name);
  if (!command.autocomplete) throw new Error(`/${name} has no autocomplete`);
  const input: AutocompleteInput = { ...base(actor), ...invocation };
  return command.autocomplete(input, deps);
}

const routes = new ComponentRoutes(allCommands);

/** The button kinds the bot answers. */
export const answeredKinds = routes.kinds;

/** A click answered as src/discord/interaction-router.ts answers it, "no longer works" included. */
export function click(customId: string, deps: BotDeps, actor: Actor = {}, messageId = MESSAGE_ID): Promise<ComponentReply> {
  return routes.click(customId, { ...base(actor), messageId }, deps);
}

/** Whether a handler takes the click (false: the router itself says the button no longer works). */
export function isRouted(customId: string): boolean {
  return routes.route(customId) !== null;
}

/** The custom_id of the first button of this kind (and matching `where`), or an error naming what is there. */
export function buttonOf<K extends ButtonKind>(
  message: { components?: unknown[] },
  kind: K,
  where: (button: ButtonOf<K>, label: string) => boolean = () => true,
): string {
  for (const { label, customId } of buttons(message)) {
    const decoded = decodeButtonId(customId);
    if (decoded?.kind === kind && where(decoded as ButtonOf<K>, label)) return customId;
  }
  throw new Error(`no ${kind} button among ${JSON.stringify(buttons(message))}`);
}

/** The decoded button, for tests that read a field (a card token, an offset). */
export function decoded<K extends ButtonKind>(customId: string, kind: K): ButtonOf<K> {
  const button = decodeButtonId(customId);
  if (button?.kind !== kind) throw new Error(`${customId} is not a ${kind} button`);
  return button as ButtonOf<K>;
}

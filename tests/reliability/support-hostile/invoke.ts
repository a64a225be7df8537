import { ComponentRoutes } from '../../../src/interactions/component-routing.ts';
import pino from 'pino';
import { allCommands } from '../../../commands/index.ts';
import type { Lang } from '../../../src/i18n.ts';
import type {
  AutocompleteInput,
  BotDeps,
  Choice,
  CommandInput,
  CommandModule,
  ComponentInput,
  ComponentReply,
  Member,
  OptionValue,
  Reply,
} from '../../../src/interactions/types.ts';
import { FIXED_NOW, fixtureDeps } from '../../helpers/deps.ts';

export const silentLogger = pino({ level: 'silent' });

export const GUILD_A = '210000000000000001';
export const GUILD_B = '220000000000000002';
export const CHANNEL_A = '310000000000000001';
export const CHANNEL_B = '320000000000000002';
export const ALICE: Member = { id: '410000000000000001', name: 'alice' };
export const BOB: Member = { id: '420000000000000002', name: 'bob' };

/** Who acts, where, and when; every field has a plain default. */
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

export function commandByName(name: string): CommandModule {
  const command = allCommands.find((c) => c.definition.name === name);
  if (!command) throw new Error(`no command /${name}`);
  return command;
}

export function runCommand(name: string, deps: BotDeps, invocation: { subcommand?: string | null; options?: Record<string, OptionValue> } = {}, actor: Actor = {}): Promise<Reply> {
  const input: CommandInput = { ...base(actor), subcommand: invocation.subcommand ?? null, options: invocation.options ?? {} };
  return commandByName(name).run(input, deps);
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

const componentRoutes = new ComponentRoutes(allCommands);

/** The prefixes the bot answers buttons for. */
export const componentPrefixes = componentRoutes.prefixes;

/**
 * A click routed as src/discord/interaction-router.ts routes it: the text before the first ":"
 * picks the handler, the rest split on ":" are its args. Null when no handler claims the prefix
 * (the router then answers "expired" without touching anything).
 */
export function click(customId: string, deps: BotDeps, actor: Actor = {}, messageId = '510000000000000001'): Promise<ComponentReply> | null {
  const route = componentRoutes.route(customId);
  if (!route) return null;
  const input: ComponentInput = { ...base(actor), args: route.args, messageId };
  return route.handler.handle(input, deps);
}

/** Every custom_id on a reply's buttons. */
export function customIds(reply: Reply): string[] {
  return (reply.components ?? []).flatMap((row) => row.components.flatMap((component) => ('custom_id' in component && typeof component.custom_id === 'string' ? [component.custom_id] : [])));
}

/** Deps over the fixture corpus, or another content folder, with an in-memory store. */
export function depsOver(contentDir?: string, now = FIXED_NOW): Promise<BotDeps> {
  return fixtureDeps(contentDir ? { CONTENT_DIR: contentDir } : {}, now);
}

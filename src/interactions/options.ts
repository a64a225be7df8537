/**
 * Option types derived from a command's `as const` definition (the idea of discord-utils-bot's
 * ArgumentsOf): the definition is the single source of names, types and required-ness, so a
 * command reads `input.options.query` as a string without converting it again. The adapter checks
 * what Discord sent against the same definition (readInvocation) before a command sees it.
 */
import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';

type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** A slash command definition as written with `as const`: Discord's JSON, read-only. */
export type CommandDefinition = DeepReadonly<RESTPostAPIChatInputApplicationCommandsJSONBody>;

export type OptionValue = string | number | boolean;

interface OptionShape {
  readonly type: ApplicationCommandOptionType;
  readonly name: string;
  readonly required?: boolean;
  readonly choices?: readonly { readonly value: string | number }[];
  readonly options?: readonly OptionShape[];
}

interface OptionTypes {
  [ApplicationCommandOptionType.String]: string;
  [ApplicationCommandOptionType.Integer]: number;
  [ApplicationCommandOptionType.Boolean]: boolean;
  [ApplicationCommandOptionType.User]: string;
  [ApplicationCommandOptionType.Channel]: string;
  [ApplicationCommandOptionType.Role]: string;
  [ApplicationCommandOptionType.Mentionable]: string;
  [ApplicationCommandOptionType.Number]: number;
  [ApplicationCommandOptionType.Attachment]: string;
}

type ValueOf<O extends OptionShape> = O extends { readonly choices: readonly { readonly value: infer V }[] }
  ? V
  : O['type'] extends keyof OptionTypes
    ? OptionTypes[O['type']]
    : never;

type ValuesOf<Options extends readonly OptionShape[]> = {
  readonly [O in Options[number] as O['name']]: O extends { readonly required: true } ? ValueOf<O> : ValueOf<O> | undefined;
};

type SubcommandType = ApplicationCommandOptionType.Subcommand | ApplicationCommandOptionType.SubcommandGroup;
type OptionsOf<D> = D extends { readonly options: infer Options extends readonly OptionShape[] } ? Options : readonly [];

/**
 * What a command gets: `{ subcommand: null, options }` for a plain command, or one member per
 * subcommand, so a switch on `subcommand` narrows `options`.
 */
export type InvocationOf<D> =
  Extract<OptionsOf<D>[number], { readonly type: SubcommandType }> extends infer S
    ? [S] extends [never]
      ? { subcommand: null; options: ValuesOf<OptionsOf<D>> }
      : S extends OptionShape
        ? { subcommand: S['name']; options: ValuesOf<OptionsOf<S>> }
        : never
    : never;

/** Any command's invocation, before it is read against a definition. */
export interface RawInvocation {
  subcommand: string | null;
  options: Readonly<Record<string, OptionValue | undefined>>;
}

const VALUE_TYPES: Partial<Record<ApplicationCommandOptionType, 'string' | 'number' | 'boolean'>> = {
  [ApplicationCommandOptionType.String]: 'string',
  [ApplicationCommandOptionType.Integer]: 'number',
  [ApplicationCommandOptionType.Number]: 'number',
  [ApplicationCommandOptionType.Boolean]: 'boolean',
  [ApplicationCommandOptionType.User]: 'string',
  [ApplicationCommandOptionType.Channel]: 'string',
  [ApplicationCommandOptionType.Role]: 'string',
  [ApplicationCommandOptionType.Mentionable]: 'string',
  [ApplicationCommandOptionType.Attachment]: 'string',
};

function isSubcommand(option: OptionShape): boolean {
  return option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup;
}

/**
 * The invocation as the definition types it, or null when it does not fit: an unknown subcommand,
 * a required option missing, a value of the wrong type (a definition changed since Discord was
 * told). Options the definition does not name are dropped.
 */
export function readInvocation<D extends CommandDefinition>(definition: D, raw: RawInvocation): InvocationOf<D> | null {
  const top = (definition.options ?? []) as readonly OptionShape[];
  let declared = top;
  if (top.some(isSubcommand)) {
    const chosen = top.find((option) => isSubcommand(option) && option.name === raw.subcommand);
    if (!chosen) return null;
    declared = chosen.options ?? [];
  } else if (raw.subcommand !== null) {
    return null;
  }
  const options: Record<string, OptionValue> = {};
  for (const option of declared) {
    const value = raw.options[option.name];
    if (value === undefined) {
      if (option.required) return null;
      continue;
    }
    if (typeof value !== VALUE_TYPES[option.type]) return null;
    if (option.type === ApplicationCommandOptionType.Integer && !Number.isInteger(value)) return null;
    if (option.choices && !option.choices.some((choice) => choice.value === value)) return null;
    options[option.name] = value;
  }
  return { subcommand: raw.subcommand, options } as InvocationOf<D>;
}

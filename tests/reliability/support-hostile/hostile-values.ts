import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { CommandDefinition } from '../../../src/interactions/types.ts';
import fc from 'fast-check';
import type { OptionValue } from '../../../src/interactions/types.ts';

/** Discord's cap on a string option without its own max_length. */
export const DISCORD_STRING_OPTION_MAX = 6000;

/** Pieces members type that have a meaning somewhere: Markdown, mentions, regex, URLs, escapes. */
const HOSTILE_PIECES = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&1>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '</search:1>',
  '**',
  '__',
  '*',
  '_',
  '~~',
  '||',
  '`',
  '```',
  '> ',
  '# ',
  '-# ',
  '[x](https://evil.example/a)',
  '<https://evil.example>',
  '\\',
  '\\`',
  '.*',
  '(?:',
  '[',
  ']',
  '(',
  ')',
  '{1,}',
  '(a+)+$',
  '^',
  '$',
  '|',
  '?',
  '+',
  '\\d',
  '\\u{1F600}',
  '$$\\frac{a}{b}$$',
  'AND',
  'OR',
  'NOT',
  'tag:',
  ':',
  '::',
  'i:',
  'h:',
  '%',
  '%E4%B',
  '%zz',
  '%00',
  '&amp;',
  '<b>',
  '<script>',
  '{"query":',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r\n',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u034f',
  '\u202e',
  '\u202b',
  '\u202d',
  '\u200f',
  '\u061c',
  '\u2067',
  'مرحبا',
  'שלום',
  'e\u0301\u0301\u0301\u0301\u0301',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357',
  '😀',
  '👨‍👩‍👧‍👦',
  '👍🏽',
  '🇨🇳',
  '🏳️‍🌈',
  '𝕏',
  '𠀋',
  '𝌆',
  '\ufffd',
  '\uffff',
  '注意力',
  '滑动窗口',
  '最长连续序列',
  '哈希表',
  'LoRA',
  'FlashAttention',
  'attention',
  'leetcode',
  '128',
  '0128-longest-consecutive-sequence',
  '２',
  'ｌｏｒａ',
  'İ',
  'ß',
  'ﬁ',
  'Ⅻ',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\u3000') },
);

/** Cuts to at most `max` code points (Discord's count), never inside a surrogate pair. */
export function capCharacters(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : points.slice(0, max).join('');
}

/** Text a member could send in a string option of at most `maxLength` characters, favouring the edges. */
export function hostileText(maxLength: number, minLength = 0): fc.Arbitrary<string> {
  const mixed = fc.array(piece, { maxLength: 30, size: 'max' }).map((parts) => parts.join(''));
  const filled = fc
    .tuple(fc.constantFrom(...HOSTILE_PIECES, '😀', '中', 'a', ' ', '`', '@everyone '), fc.integer({ min: Math.max(minLength, 1), max: maxLength }))
    .map(([unit, length]) => capCharacters(unit.repeat(Math.ceil(length / Math.max(1, [...unit].length)) + 1), length));
  const exactlyMax = fc
    .constantFrom('😀', '中', 'a', '@everyone', '<@&1>', '`', '\u200b', '\n')
    .map((unit) => capCharacters(unit.repeat(maxLength), maxLength));
  return fc
    .oneof(
      { weight: 5, arbitrary: mixed },
      { weight: 2, arbitrary: filled },
      { weight: 1, arbitrary: exactlyMax },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 400), size: 'max' }) },
    )
    .map((text) => capCharacters(text, maxLength))
    .filter((text) => [...text].length >= minLength);
}

/** Integers at, around and far past the declared bounds. */
export function hostileInteger(min: number | undefined, max: number | undefined): fc.Arbitrary<number> {
  const edges = [0, -1, 1, 2 ** 31 - 1, -(2 ** 31), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
  if (min !== undefined) edges.push(min, min - 1, min + 1);
  if (max !== undefined) edges.push(max, max - 1, max + 1);
  return fc.oneof(fc.constantFrom(...edges), fc.integer({ min: (min ?? -1000) - 5, max: (max ?? 1000) + 5 }), fc.maxSafeInteger());
}

/** Channel option values: ids of real shape and not. */
const hostileChannelId = fc.oneof(
  fc.stringMatching(/^[1-9]\d{16,19}$/),
  fc.constantFrom('0', '-1', '1e21', '123456789012345678901234', '<#123456789012345678>', '', ' 123456789012345678'),
  hostileText(40),
);

export interface Invocation {
  subcommand: string | null;
  options: Record<string, OptionValue>;
}

const { Subcommand, SubcommandGroup, String: StringType, Integer, Number: NumberType, Boolean: BooleanType, Channel } = ApplicationCommandOptionType;

/**
 * A value for one option. `reachable` keeps to what Discord's client can send (declared lengths,
 * bounds and choices); otherwise values past them are mixed in, as a forged request could carry.
 */
export function optionValue(option: APIApplicationCommandBasicOption, reachable: boolean): fc.Arbitrary<OptionValue> {
  switch (option.type) {
    case StringType: {
      if (option.choices && option.choices.length > 0) {
        const declared = fc.constantFrom(...option.choices.map((choice) => String(choice.value)));
        return reachable ? declared : fc.oneof(declared, hostileText(200));
      }
      const max = option.max_length ?? DISCORD_STRING_OPTION_MAX;
      const min = option.min_length ?? (option.required ? 1 : 0);
      return reachable ? hostileText(max, min) : fc.oneof(hostileText(max, min), hostileText(Math.min(max * 3, DISCORD_STRING_OPTION_MAX * 2)));
    }
    case Integer:
    case NumberType: {
      const numbers = hostileInteger(option.min_value, option.max_value);
      if (!reachable) return option.type === NumberType ? fc.oneof(numbers, fc.double({ noNaN: true })) : numbers;
      return numbers.filter((n) => (option.min_value === undefined || n >= option.min_value) && (option.max_value === undefined || n <= option.max_value));
    }
    case BooleanType:
      return fc.boolean();
    case Channel:
      return reachable ? fc.stringMatching(/^[1-9]\d{16,19}$/) : hostileChannelId;
    default:
      return fc.oneof(fc.stringMatching(/^[1-9]\d{16,19}$/), hostileText(50));
  }
}

function basicOptions(options: readonly APIApplicationCommandOption[] | undefined): APIApplicationCommandBasicOption[] {
  return (options ?? []).filter((option): option is APIApplicationCommandBasicOption => option.type !== Subcommand && option.type !== SubcommandGroup);
}

function valuesFor(options: readonly APIApplicationCommandBasicOption[], reachable: boolean): fc.Arbitrary<Record<string, OptionValue>> {
  const record: Record<string, fc.Arbitrary<OptionValue>> = {};
  const required: string[] = [];
  for (const option of options) {
    record[option.name] = optionValue(option, reachable);
    if (option.required) required.push(option.name);
  }
  // Discord always sends required options; a forged request may leave them out.
  return fc.record(record, { requiredKeys: reachable ? required : [] }) as fc.Arbitrary<Record<string, OptionValue>>;
}

/** Every subcommand of a command (or the command itself) with generated option values. */
export function invocations(readonlyDefinition: CommandDefinition, reachable = true): fc.Arbitrary<Invocation> {
  const definition = readonlyDefinition as RESTPostAPIChatInputApplicationCommandsJSONBody;
  const subcommands = (definition.options ?? []).filter((option) => option.type === Subcommand);
  if (subcommands.length === 0) return valuesFor(basicOptions(definition.options), reachable).map((options) => ({ subcommand: null, options }));
  const perSubcommand = subcommands.map((sub) => valuesFor(basicOptions(sub.options), reachable).map((options) => ({ subcommand: sub.name, options })));
  const variants: fc.Arbitrary<Invocation>[] = [...perSubcommand];
  if (!reachable) variants.push(fc.record({ subcommand: fc.oneof(fc.constant(null), hostileText(40)), options: fc.constant({}) }));
  return fc.oneof(...variants);
}

export interface AutocompleteInvocation extends Invocation {
  focused: { name: string; value: string };
}

/** Options that declare autocomplete, per subcommand, with what the member has typed so far. */
export function autocompleteInvocations(readonlyDefinition: CommandDefinition): fc.Arbitrary<AutocompleteInvocation> | null {
  const definition = readonlyDefinition as RESTPostAPIChatInputApplicationCommandsJSONBody;
  const targets: { subcommand: string | null; option: APIApplicationCommandBasicOption; siblings: APIApplicationCommandBasicOption[] }[] = [];
  const collect = (subcommand: string | null, options: APIApplicationCommandBasicOption[]) => {
    for (const option of options)
      if ('autocomplete' in option && option.autocomplete) targets.push({ subcommand, option, siblings: options.filter((o) => o !== option) });
  };
  collect(null, basicOptions(definition.options));
  for (const sub of (definition.options ?? []).filter((option) => option.type === Subcommand)) collect(sub.name, basicOptions(sub.options));
  if (targets.length === 0) return null;
  return fc.oneof(
    ...targets.map(({ subcommand, option, siblings }) => {
      // The focused value is whatever has been typed so far, sent as a string, possibly empty.
      const max = 'max_length' in option && option.max_length !== undefined ? option.max_length : DISCORD_STRING_OPTION_MAX;
      return fc.record({ typed: hostileText(max), others: valuesFor(siblings, true) }).map(({ typed, others }) => ({
        subcommand,
        options: { ...others, [option.name]: typed },
        focused: { name: option.name, value: typed },
      }));
    }),
  );
}

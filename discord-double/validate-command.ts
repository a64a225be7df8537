import { invalidFormBody, type FieldProblem } from './errors.ts';

export const DISCORD_LOCALES = new Set([
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
]);

export const OptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
} as const;

const CHAT_INPUT = 1;
// Discord's rule for chat-input names: letters/digits of any script, '-' and '_', lower case.
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const length = (text: string) => [...text].length;

/** Validates one command body like Discord's bulk/single registration does; throws 50035. */
export function validateCommandBody(body: unknown, path: string): Record<string, unknown> {
  const problems: FieldProblem[] = [];
  const add = (at: string, code: string, message: string) => problems.push({ path: at, code, message });
  if (!isObject(body)) {
    throw invalidFormBody([{ path, code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }]);
  }
  const type = body['type'] ?? CHAT_INPUT;
  if (type !== 1 && type !== 2 && type !== 3 && type !== 4) add(`${path}.type`, 'BASE_TYPE_CHOICES', 'Value must be one of (1, 2, 3, 4).');
  const chatInput = type === CHAT_INPUT;
  checkName(body['name'], `${path}.name`, chatInput, add);
  if (chatInput) checkDescription(body['description'], `${path}.description`, add);
  checkLocalizations(body['name_localizations'], `${path}.name_localizations`, (value, at) => checkName(value, at, chatInput, add), add);
  checkLocalizations(body['description_localizations'], `${path}.description_localizations`, (value, at) => checkDescription(value, at, add), add);
  if (body['options'] !== undefined && body['options'] !== null) {
    if (!chatInput) add(`${path}.options`, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Only chat input commands take options');
    else checkOptions(body['options'], `${path}.options`, 0, add);
  }
  if (problems.length > 0) throw invalidFormBody(problems);
  return body;
}

type Add = (at: string, code: string, message: string) => void;

function checkName(name: unknown, at: string, chatInput: boolean, add: Add): void {
  if (typeof name !== 'string' || name.length === 0) {
    add(at, 'BASE_TYPE_REQUIRED', 'This field is required');
  } else if (length(name) > 32) {
    add(at, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
  } else if (chatInput && (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase())) {
    add(at, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
}

function checkDescription(description: unknown, at: string, add: Add): void {
  if (typeof description !== 'string' || description.length === 0) add(at, 'BASE_TYPE_REQUIRED', 'This field is required');
  else if (length(description) > 100) add(at, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
}

function checkLocalizations(value: unknown, at: string, checkValue: (value: unknown, at: string) => void, add: Add): void {
  if (value === undefined || value === null) return;
  if (!isObject(value)) {
    add(at, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  for (const [locale, text] of Object.entries(value)) {
    if (!DISCORD_LOCALES.has(locale)) add(`${at}.${locale}`, 'ENUM_TYPE_COERCE', `Value "${locale}" is not a valid enum value.`);
    else checkValue(text, `${at}.${locale}`);
  }
}

function checkOptions(options: unknown, at: string, depth: number, add: Add): void {
  if (!Array.isArray(options)) {
    add(at, 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
    return;
  }
  if (options.length > 25) add(at, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  const names = new Set<string>();
  let sawOptional = false;
  let sawSubcommand = false;
  let sawValue = false;
  options.forEach((option: unknown, index) => {
    const optionAt = `${at}.${index}`;
    if (!isObject(option)) {
      add(optionAt, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    const type = option['type'];
    if (typeof type !== 'number' || type < 1 || type > 11) {
      add(`${optionAt}.type`, 'BASE_TYPE_CHOICES', 'Value must be one of (1..11).');
      return;
    }
    checkName(option['name'], `${optionAt}.name`, true, add);
    checkDescription(option['description'], `${optionAt}.description`, add);
    if (typeof option['name'] === 'string') {
      if (names.has(option['name'])) add(`${optionAt}.name`, 'APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS', 'Option names must be unique');
      names.add(option['name']);
    }
    const nested = type === OptionType.Subcommand || type === OptionType.SubcommandGroup;
    if (nested) {
      sawSubcommand = true;
      const allowedDepth = type === OptionType.SubcommandGroup ? 0 : 1;
      if (depth > allowedDepth) add(`${optionAt}.type`, 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Subcommands cannot be nested this deep');
      if (option['options'] !== undefined) checkOptions(option['options'], `${optionAt}.options`, depth + 1, add);
      return;
    }
    sawValue = true;
    if (option['required'] === true && sawOptional) {
      add(`${optionAt}.required`, 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option['required'] !== true) sawOptional = true;
    checkChoices(option, type, optionAt, add);
  });
  if (sawSubcommand && sawValue) {
    add(at, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-command and sub-command group option types are mutually exclusive to all other types');
  }
}

function checkChoices(option: Record<string, unknown>, type: number, at: string, add: Add): void {
  const choices = option['choices'];
  if (choices === undefined || choices === null) return;
  if (type !== OptionType.String && type !== OptionType.Integer && type !== OptionType.Number) {
    add(`${at}.choices`, 'APPLICATION_COMMAND_OPTION_CHOICES_INVALID', 'Only string, integer and number options take choices');
    return;
  }
  if (option['autocomplete'] === true) {
    add(`${at}.autocomplete`, 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_INVALID', 'Autocomplete cannot be enabled with choices');
  }
  if (!Array.isArray(choices)) return;
  if (choices.length > 25) add(`${at}.choices`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  choices.forEach((choice: unknown, index) => {
    const record = isObject(choice) ? choice : {};
    const name = record['name'];
    if (typeof name !== 'string' || name.length === 0 || length(name) > 100) {
      add(`${at}.choices.${index}.name`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    const value = record['value'];
    const valueOk = type === OptionType.String ? typeof value === 'string' && length(value) <= 100 : typeof value === 'number';
    if (!valueOk) add(`${at}.choices.${index}.value`, 'BASE_TYPE_BAD_VALUE', 'Choice value does not match the option type');
  });
}

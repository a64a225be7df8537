import { emptyMessage, invalidFormBody, type FieldProblem } from './errors.ts';
import { MessageFlag, type ApiComponent, type ApiEmbed } from './types.ts';

/** The message fields a create/edit request may set, after validation. */
export interface MessageFields {
  content?: string;
  embeds?: ApiEmbed[];
  components?: ApiComponent[];
  flags?: number;
}

// Discord counts characters, not UTF-16 units; the two differ only outside the BMP (e.g. emoji).
const length = (text: string) => [...text].length;

const SETTABLE_FLAGS = MessageFlag.SuppressEmbeds | MessageFlag.Ephemeral | MessageFlag.SuppressNotifications | MessageFlag.ComponentsV2;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

class Problems {
  readonly list: FieldProblem[] = [];
  add(path: string, code: string, message: string) {
    this.list.push({ path, code, message });
  }
  maxLength(path: string, value: unknown, max: number) {
    if (value === undefined || value === null) return;
    if (typeof value !== 'string') this.add(path, 'STRING_TYPE_CONVERT', 'Could not interpret value as string.');
    else if (length(value) > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }
  requiredText(path: string, value: unknown, max: number) {
    if (typeof value !== 'string' || value.length === 0) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    else this.maxLength(path, value, max);
  }
}

/**
 * Checks a message body the way Discord does and returns the fields it sets. Throws Discord's
 * 50035 (limits) or 50006 (nothing to show) errors.
 */
export function readMessageFields(body: unknown, mode: 'create' | 'edit', fileCount = 0): MessageFields {
  const problems = new Problems();
  if (!isObject(body)) throw invalidFormBody([{ path: '_root', code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }]);
  const fields: MessageFields = {};
  const content = body['content'];
  if (content !== undefined && content !== null) {
    problems.maxLength('content', content, 2000);
    if (typeof content === 'string') fields.content = content;
  } else if (content === null && mode === 'edit') {
    fields.content = '';
  }
  const flags = typeof body['flags'] === 'number' ? body['flags'] : 0;
  if (body['flags'] !== undefined && body['flags'] !== null) fields.flags = flags & SETTABLE_FLAGS;
  if (Array.isArray(body['embeds'])) fields.embeds = checkEmbeds(body['embeds'], problems);
  else if (body['embeds'] === null && mode === 'edit') fields.embeds = [];
  if (Array.isArray(body['components'])) {
    fields.components = checkComponents(body['components'], (flags & MessageFlag.ComponentsV2) !== 0, problems);
  } else if (body['components'] === null && mode === 'edit') fields.components = [];
  if (problems.list.length > 0) throw invalidFormBody(problems.list);
  if (mode === 'create' && isEmpty(fields) && fileCount === 0 && !body['sticker_ids'] && !body['poll']) {
    throw emptyMessage();
  }
  return fields;
}

export function isEmpty(fields: MessageFields): boolean {
  return (fields.content ?? '').trim().length === 0 && (fields.embeds ?? []).length === 0 && (fields.components ?? []).length === 0;
}

function checkEmbeds(embeds: unknown[], problems: Problems): ApiEmbed[] {
  if (embeds.length > 10) problems.add('embeds', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  const countText = (value: unknown) => {
    if (typeof value === 'string') total += length(value);
  };
  embeds.forEach((embed, index) => {
    const at = `embeds.${index}`;
    if (!isObject(embed)) {
      problems.add(at, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    problems.maxLength(`${at}.title`, embed['title'], 256);
    problems.maxLength(`${at}.description`, embed['description'], 4096);
    countText(embed['title']);
    countText(embed['description']);
    const color = embed['color'];
    if (color !== undefined && color !== null && !(Number.isInteger(color) && (color as number) >= 0 && (color as number) <= 0xffffff)) {
      problems.add(`${at}.color`, 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 16777215.');
    }
    const url = embed['url'];
    if (typeof url === 'string' && !/^https?:\/\/\S+$/.test(url)) {
      problems.add(`${at}.url`, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
    }
    const footer = embed['footer'];
    if (isObject(footer)) {
      problems.requiredText(`${at}.footer.text`, footer['text'], 2048);
      countText(footer['text']);
    }
    const author = embed['author'];
    if (isObject(author)) {
      problems.requiredText(`${at}.author.name`, author['name'], 256);
      countText(author['name']);
    }
    const embedFields = embed['fields'];
    if (Array.isArray(embedFields)) {
      if (embedFields.length > 25) problems.add(`${at}.fields`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      embedFields.forEach((field: unknown, fieldIndex) => {
        const fieldAt = `${at}.fields.${fieldIndex}`;
        const record = isObject(field) ? field : {};
        problems.requiredText(`${fieldAt}.name`, record['name'], 256);
        problems.requiredText(`${fieldAt}.value`, record['value'], 1024);
        countText(record['name']);
        countText(record['value']);
      });
    }
  });
  if (total > 6000) problems.add('embeds', 'BASE_TYPE_MAX_LENGTH', 'Embed size exceeds maximum size of 6000');
  return embeds.filter(isObject) as ApiEmbed[];
}

const BUTTON = 2;
const ACTION_ROW = 1;
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;

function checkComponents(components: unknown[], componentsV2: boolean, problems: Problems): ApiComponent[] {
  if (!componentsV2 && components.length > 5) {
    problems.add('components', 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  }
  const seenCustomIds = new Set<string>();
  const visit = (component: unknown, at: string, insideRow: boolean) => {
    if (!isObject(component) || typeof component['type'] !== 'number') {
      problems.add(at, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    const type = component['type'];
    if (!componentsV2 && !insideRow && type !== ACTION_ROW) {
      problems.add(`${at}.type`, 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
    }
    const customId = component['custom_id'];
    if (customId !== undefined) {
      if (typeof customId !== 'string' || customId.length === 0 || length(customId) > 100) {
        problems.add(`${at}.custom_id`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      } else if (seenCustomIds.has(customId)) {
        problems.add(`${at}.custom_id`, 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
      } else {
        seenCustomIds.add(customId);
      }
    }
    if (type === BUTTON) checkButton(component, at, problems);
    const children = component['components'];
    if (Array.isArray(children)) {
      if (type === ACTION_ROW && (children.length === 0 || children.length > 5)) {
        problems.add(`${at}.components`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
      }
      children.forEach((child, index) => visit(child, `${at}.components.${index}`, true));
    }
    if (component['accessory'] !== undefined) visit(component['accessory'], `${at}.accessory`, true);
  };
  components.forEach((component, index) => visit(component, `components.${index}`, false));
  return components.filter(isObject) as ApiComponent[];
}

function checkButton(button: Record<string, unknown>, at: string, problems: Problems): void {
  problems.maxLength(`${at}.label`, button['label'], 80);
  const style = button['style'];
  if (typeof style !== 'number' || style < 1 || style > 6) {
    problems.add(`${at}.style`, 'BASE_TYPE_CHOICES', 'Value must be one of (1, 2, 3, 4, 5, 6).');
    return;
  }
  if (style === LINK_STYLE) {
    if (typeof button['url'] !== 'string') problems.add(`${at}.url`, 'BASE_TYPE_REQUIRED', 'This field is required');
    if (button['custom_id'] !== undefined) {
      problems.add(`${at}.custom_id`, 'BUTTON_COMPONENT_CUSTOM_ID_INVALID', 'A custom id cannot be set on a link button');
    }
  } else if (style !== PREMIUM_STYLE && button['custom_id'] === undefined) {
    problems.add(`${at}.custom_id`, 'BASE_TYPE_REQUIRED', 'This field is required');
  }
}

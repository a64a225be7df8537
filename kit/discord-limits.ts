import type { APIEmbed } from 'discord-api-types/v10';
import type { ActionRow, ComponentReply, Reply } from '../src/interactions/types.ts';

/**
 * Discord's limits on what a bot may send, checked the way Discord counts: characters are code
 * points (a surrogate pair is one), and the 6000-character budget is shared by every embed of a
 * message. Written from Discord's documentation, independently of src/render/limits.ts, so a wrong
 * number there cannot hide here.
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  componentsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const ACTION_ROW = 1;
const BUTTON = 2;
const LINK_BUTTON_STYLE = 5;

export const characters = (text: string): number => [...text].length;

/** A lone surrogate is not text: Discord cannot show it, and a cut that makes one lost a character. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

function checkText(problems: string[], where: string, value: unknown, max: number, required: boolean): number {
  if (value === undefined || value === null) {
    if (required) problems.push(`${where} is missing`);
    return 0;
  }
  if (typeof value !== 'string') {
    problems.push(`${where} is ${typeof value}, not a string`);
    return 0;
  }
  const length = characters(value);
  if (length > max) problems.push(`${where} has ${length} characters (limit ${max})`);
  if (required && value.trim() === '') problems.push(`${where} is blank`);
  if (hasLoneSurrogate(value)) problems.push(`${where} contains a lone surrogate`);
  return length;
}

function checkUrl(problems: string[], where: string, url: unknown): void {
  if (url === undefined) return;
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) problems.push(`${where} is not an http(s) URL: ${JSON.stringify(url)}`);
}

function embedProblems(embeds: readonly APIEmbed[], problems: string[]): void {
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds (limit ${LIMITS.embeds})`);
  let total = 0;
  embeds.forEach((embed, index) => {
    const at = `embeds[${index}]`;
    total += checkText(problems, `${at}.title`, embed.title, LIMITS.embedTitle, false);
    total += checkText(problems, `${at}.description`, embed.description, LIMITS.embedDescription, false);
    checkUrl(problems, `${at}.url`, embed.url);
    if (embed.color !== undefined && !(Number.isInteger(embed.color) && embed.color >= 0 && embed.color <= 0xffffff)) {
      problems.push(`${at}.color ${embed.color} is not a 24-bit colour`);
    }
    if (embed.footer) total += checkText(problems, `${at}.footer.text`, embed.footer.text, LIMITS.footerText, true);
    if (embed.author) total += checkText(problems, `${at}.author.name`, embed.author.name, LIMITS.authorName, true);
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.embedFields) problems.push(`${at} has ${fields.length} fields (limit ${LIMITS.embedFields})`);
    fields.forEach((field, fieldIndex) => {
      total += checkText(problems, `${at}.fields[${fieldIndex}].name`, field.name, LIMITS.fieldName, true);
      total += checkText(problems, `${at}.fields[${fieldIndex}].value`, field.value, LIMITS.fieldValue, true);
    });
    const visible = embed.title || embed.description || fields.length > 0 || embed.footer || embed.author || embed.image || embed.thumbnail;
    if (!visible) problems.push(`${at} shows nothing`);
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds hold ${total} characters together (limit ${LIMITS.embedTotal})`);
}

function componentProblems(rows: readonly ActionRow[], problems: string[]): void {
  if (rows.length > LIMITS.actionRows) problems.push(`${rows.length} action rows (limit ${LIMITS.actionRows})`);
  const seen = new Set<string>();
  rows.forEach((row, rowIndex) => {
    const at = `components[${rowIndex}]`;
    if (row.type !== ACTION_ROW) problems.push(`${at} is type ${row.type}, not an action row`);
    if (row.components.length === 0 || row.components.length > LIMITS.componentsPerRow) {
      problems.push(`${at} holds ${row.components.length} components (1 to ${LIMITS.componentsPerRow})`);
    }
    row.components.forEach((component, index) => {
      const where = `${at}.components[${index}]`;
      if (component.type !== BUTTON) return;
      const button = component as { style: number; label?: string; emoji?: unknown; custom_id?: string; url?: string };
      if (button.label === undefined && button.emoji === undefined) problems.push(`${where} has neither label nor emoji`);
      if (button.label !== undefined) checkText(problems, `${where}.label`, button.label, LIMITS.buttonLabel, true);
      if (button.style === LINK_BUTTON_STYLE) {
        checkUrl(problems, `${where}.url`, button.url);
        if (button.custom_id !== undefined) problems.push(`${where} is a link button with a custom_id`);
        return;
      }
      const customId = button.custom_id;
      if (typeof customId !== 'string' || customId.length === 0) {
        problems.push(`${where} has no custom_id`);
        return;
      }
      checkText(problems, `${where}.custom_id`, customId, LIMITS.customId, true);
      if (seen.has(customId)) problems.push(`${where}.custom_id "${customId}" is used twice in one message`);
      seen.add(customId);
    });
  });
}

/** Every limit the reply breaks, as readable sentences; empty when Discord would accept it. */
export function discordLimitViolations(reply: Reply | ComponentReply): string[] {
  const problems: string[] = [];
  checkText(problems, 'content', reply.content, LIMITS.content, false);
  embedProblems(reply.embeds ?? [], problems);
  componentProblems(reply.components ?? [], problems);
  const empty = !reply.content?.trim() && (reply.embeds ?? []).length === 0 && (reply.components ?? []).length === 0;
  if (empty) problems.push('the message would be empty (Discord refuses it with 50006)');
  return problems;
}

export class DiscordLimitError extends Error {}

/** Throws with every broken limit and the offending reply, so a shrunk counterexample reads at once. */
export function assertWithinDiscordLimits(reply: Reply | ComponentReply): void {
  const problems = discordLimitViolations(reply);
  if (problems.length > 0) {
    const shown = JSON.stringify(reply).slice(0, 1500);
    throw new DiscordLimitError(`reply breaks Discord limits:\n- ${problems.join('\n- ')}\nreply: ${shown}`);
  }
}

/** Autocomplete answers of string options: at most 25 choices, names 1–100 and string values up to 100 characters. */
export function assertChoicesWithinLimits(choices: readonly { name: string; value: unknown }[]): void {
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`${choices.length} choices (limit ${LIMITS.choices})`);
  choices.forEach((choice, index) => {
    checkText(problems, `choices[${index}].name`, choice.name, LIMITS.choiceName, true);
    checkText(problems, `choices[${index}].value`, choice.value, LIMITS.choiceValue, false);
  });
  if (problems.length > 0)
    throw new DiscordLimitError(`autocomplete breaks Discord limits:\n- ${problems.join('\n- ')}\nchoices: ${JSON.stringify(choices).slice(0, 1500)}`);
}

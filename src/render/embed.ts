import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { DISCORD_LIMITS } from './limits.ts';
import { MIN_SPLIT_CHARS, splitMessage } from './split.ts';
import { truncate } from './truncate.ts';

/** Discord rejects embed fields with an empty name or value. */
const BLANK = '\u200b';

/**
 * Shortens rendered Markdown at a block or line boundary where possible, closing any code block
 * the cut falls into, so a long description does not end in a broken fence.
 */
export function truncateRendered(text: string, max: number): string {
  if (text.length <= max) return text;
  // Two characters for the "\n…" that may follow a closing fence.
  if (max - 2 < MIN_SPLIT_CHARS) return truncate(text, max);
  const first = splitMessage(text, max - 2)[0];
  if (first === undefined) return '';
  return first.endsWith('```') ? `${first}\n…` : `${first}…`;
}

function fitField(field: APIEmbedField): APIEmbedField {
  const name = truncate(field.name, DISCORD_LIMITS.embedFieldName);
  const value = truncateRendered(field.value, DISCORD_LIMITS.embedFieldValue);
  return { ...field, name: name.trim() === '' ? BLANK : name, value: value.trim() === '' ? BLANK : value };
}

/** Characters Discord counts towards the 6000 total of an embed. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/**
 * A copy of `embed` within every Discord embed limit: each text truncated to its own limit, at
 * most 25 fields, and the total brought under 6000 by shortening the description first and then
 * dropping fields from the end.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, DISCORD_LIMITS.embedTitle);
  if (embed.description !== undefined) {
    fitted.description = truncateRendered(embed.description, DISCORD_LIMITS.embedDescription);
  }
  if (embed.footer !== undefined) {
    fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, DISCORD_LIMITS.embedFooterText) };
  }
  if (embed.author !== undefined) {
    fitted.author = { ...embed.author, name: truncate(embed.author.name, DISCORD_LIMITS.embedAuthorName) };
  }
  if (embed.fields !== undefined) fitted.fields = embed.fields.slice(0, DISCORD_LIMITS.embedFields).map(fitField);

  const excess = embedLength(fitted) - DISCORD_LIMITS.embedTotal;
  if (excess > 0 && fitted.description !== undefined) {
    const room = fitted.description.length - excess;
    if (room > 0) fitted.description = truncateRendered(fitted.description, room);
    else delete fitted.description;
  }
  const fields = fitted.fields;
  while (fields !== undefined && fields.length > 0 && embedLength(fitted) > DISCORD_LIMITS.embedTotal) fields.pop();
  return fitted;
}

/**
 * Embeds of one message within the 6000 characters Discord allows for all of them together: each
 * is fitted on its own, then the longest descriptions are shortened to a common cap, and embeds
 * that still do not fit are dropped from the end.
 */
export function fitEmbedsTogether(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, DISCORD_LIMITS.embedsPerMessage).map(fitEmbed);
  const total = (list: readonly APIEmbed[]) => list.reduce((sum, embed) => sum + embedLength(embed), 0);
  if (total(fitted) <= DISCORD_LIMITS.embedTotal) return fitted;
  const descriptionLength = (embed: APIEmbed) => embed.description?.length ?? 0;
  const fixed = total(fitted) - fitted.reduce((sum, embed) => sum + descriptionLength(embed), 0);
  // The largest cap on description length that brings the sum under the limit.
  let low = 0;
  let high = Math.max(...fitted.map(descriptionLength));
  while (low < high) {
    const cap = Math.ceil((low + high) / 2);
    const sum = fixed + fitted.reduce((acc, embed) => acc + Math.min(descriptionLength(embed), cap), 0);
    if (sum <= DISCORD_LIMITS.embedTotal) low = cap;
    else high = cap - 1;
  }
  const capped = fitted.map((embed) => {
    if (descriptionLength(embed) <= low) return embed;
    const description = truncateRendered(embed.description!, low);
    const { description: _dropped, ...rest } = embed;
    return description ? { ...rest, description } : rest;
  });
  while (capped.length > 0 && total(capped) > DISCORD_LIMITS.embedTotal) capped.pop();
  return capped;
}

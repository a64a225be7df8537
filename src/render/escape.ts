/**
 * Escaping for Discord's Markdown. Discord honours a backslash before any ASCII punctuation,
 * so escaping more than strictly needed is invisible to readers.
 */

const ZERO_WIDTH_SPACE = '\u200b';

/** Characters that start or end inline formatting anywhere in a line: emphasis, underline,
 * strikethrough, code, spoilers, masked links, and the escape character itself. */
const INLINE_META = /[\\*_~`|[\]]/g;

/** `<@id>`, `<#id>`, `<@&id>`, `</cmd:id>`, `<t:…>`, `<:emoji:id>`, `<a:emoji:id>`, `<id:…>`. */
const DISCORD_ANGLE_SYNTAX = /<(?=[@#/:]|a:|t:|id:)/g;

/** Markers that only mean something at the start of a line: headings, subtext, quotes, lists. */
const LINE_START_MARKER = /^(\s*)([#>\-+])/;
const LINE_START_ORDINAL = /^(\s*\d+)\.(?=\s|$)/;

/** Stops `@everyone`/`@here` from pinging even if allowed_mentions is ever misconfigured. */
export function neutraliseMassMentions(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(/@(everyone|here)/g, `@${ZERO_WIDTH_SPACE}$1`);
}

/**
 * Escapes text that lies inside one line of rendered output. `atLineStart` says whether the
 * text begins a line, where `#`, `>`, `-` and `1.` would otherwise start a block.
 */
export function escapeInlineText(text: string, atLineStart: boolean): string {
  let escaped = neutraliseMassMentions(text).replace(INLINE_META, '\\$&');
  if (escaped.includes('<')) escaped = escaped.replace(DISCORD_ANGLE_SYNTAX, '\\<');
  if (atLineStart) escaped = escaped.replace(LINE_START_MARKER, '$1\\$2').replace(LINE_START_ORDINAL, '$1\\.');
  return escaped;
}

/** Escapes untrusted plain text (user-typed titles, names) so Discord shows it literally. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeInlineText(line, true))
    .join('\n');
}

/** Code spans and fenced blocks in Discord's syntax, robust against backticks in the code. */

const ZERO_WIDTH_SPACE = '\u200b';

/** Discord ends a code block at any ``` in it, so runs of three or more backticks are broken up. */
export function breakTripleBackticks(text: string): string {
  return text.replace(/``(?=`)/g, '``' + ZERO_WIDTH_SPACE);
}

/** A language tag Discord will recognise for highlighting, or '' when there is none. */
export function fenceLanguage(info: string | undefined): string {
  const word = (info ?? '').trim().split(/\s+/)[0] ?? '';
  const bare = word.replace(/^\{\.?|\}$/g, '').toLowerCase();
  return /^[a-z0-9_+\-.#]{1,32}$/.test(bare) ? bare : '';
}

/** A fenced block whose every line after the first starts with `linePrefix` (a quote marker). */
export function fencedBlock(code: string, language: string, linePrefix: string): string {
  const lines = breakTripleBackticks(code.replace(/\s+$/, '')).split('\n');
  return ['```' + language, ...lines, '```'].join('\n' + linePrefix);
}

/** Inline code; returns '' for code that is empty or only spaces, which Discord cannot show. */
export function codeSpan(code: string): string {
  const flat = code.replace(/\r?\n/g, ' ');
  if (flat.trim() === '') return '';
  if (!flat.includes('`')) return '`' + flat + '`';
  // Double-backtick spans may contain single backticks but not pairs.
  const safe = flat.replace(/`(?=`)/g, '`' + ZERO_WIDTH_SPACE);
  const pad = safe.startsWith('`') || safe.endsWith('`') ? ' ' : '';
  return '``' + pad + safe + pad + '``';
}

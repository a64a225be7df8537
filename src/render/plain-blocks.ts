/**
 * Chunks whose block structure is plain enough to be known without marked's block lexer: a
 * paragraph (and slightly indented ones after it), a bullet list of one-line items, a heading line
 * or a fenced code block. Most of an article's chunks are one of these,
 * and the block lexer is about a third of what lexing them costs. Their inline texts go to
 * marked's inline lexer too, unless they are only text and formulas (plainInlineTokens).
 */
import type { Tokens } from 'marked';
import { dollarMathAt, type MathToken } from './math.ts';

/** A letter or a Chinese character: no block construct (list, heading, quote, fence, HTML, table row, setext line) starts with one. */
function isPlainLead(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * Whether `line` from `at` starts with a plain lead, "**" before one (bold, never a list marker or
 * rule), a single "$" (inline math; "$$" opens display math) or a backtick not opening a fence.
 */
function startsPlain(line: string, at: number): boolean {
  const code = line.charCodeAt(at);
  if (isPlainLead(code)) return true;
  if (code === 42) return line.charCodeAt(at + 1) === 42 && isPlainLead(line.charCodeAt(at + 2));
  if (code === 36) return line.charCodeAt(at + 1) !== 36 && at + 1 < line.length;
  return code === 96 && !(line.charCodeAt(at + 1) === 96 && line.charCodeAt(at + 2) === 96);
}

/** Spaces before a paragraph that follows a blank line: one to three (four would make it code). */
function continuationIndent(line: string): number {
  let spaces = 0;
  while (line.charCodeAt(spaces) === 32) spaces++;
  return spaces >= 1 && spaces <= 3 ? spaces : -1;
}

/**
 * The inline texts of `chunk` when every line starts plainly (one paragraph: the chunk itself),
 * or every line is "- " and a plain start (a list: each item's text), or it is such a paragraph
 * followed by slightly indented ones (markdownChunks keeps those with it; each is a paragraph of
 * its own); null for anything else, including line ends marked would rewrite (\r).
 */
export function plainBlockInlines(chunk: string): string[] | null {
  if (chunk.includes('\r')) return null;
  const heading = /^#{1,6} /.exec(chunk);
  if (heading) {
    // One ATX heading line; a closing run of "#" is left to marked.
    const text = chunk.slice(heading[0].length).trim();
    return chunk.includes('\n') || text.endsWith('#') ? null : [text];
  }
  const parts = chunk.split('\n\n');
  const lines = parts[0]!.split('\n');
  const isParagraph = lines.every((line) => startsPlain(line, 0));
  if (parts.length > 1) {
    if (!isParagraph) return null;
    for (const part of parts.slice(1)) {
      const [first, ...rest] = part.split('\n');
      const indent = continuationIndent(first!);
      if (indent < 0 || !startsPlain(first!, indent) || !rest.every((line) => startsPlain(line, 0))) return null;
    }
    return parts;
  }
  if (isParagraph) return [chunk];
  if (lines.every((line) => line.charCodeAt(0) === 45 && line.charCodeAt(1) === 32 && startsPlain(line, 2))) return lines.map((line) => line.slice(2));
  return null;
}

/**
 * The code of `chunk` when it is one fenced code block and nothing else (fence at the margin,
 * closed by the same fence on the last line, no line inside that could close it); null otherwise.
 */
export function fencedCode(chunk: string): string | null {
  if (chunk.includes('\r')) return null;
  const firstEnd = chunk.indexOf('\n');
  const lastStart = chunk.lastIndexOf('\n');
  if (firstEnd === -1) return null;
  const fence = /^(?:`{3,}|~{3,})/.exec(chunk)?.[0];
  if (fence === undefined || chunk.slice(lastStart + 1) !== fence) return null;
  if (fence[0] === '`' && chunk.slice(fence.length, firstEnd).includes('`')) return null;
  const code = lastStart > firstEnd ? chunk.slice(firstEnd + 1, lastStart) : '';
  const closer = fence[0] === '`' ? /(?:^|\n) {0,3}`{3,}/ : /(?:^|\n) {0,3}~{3,}/;
  return closer.test(code) ? null : code;
}

/**
 * Characters after which marked's inline lexer may make something other than text (escapes, code,
 * emphasis, strike, links, images, HTML, entities, breaks, autolinks); `$` and `**` are handled here.
 */
const INLINE_SPECIAL = /[\\`_~[\]!<>&@\n\r]|:\/\/|www\./i;
/** A letter or digit: next to one, a `**` is unambiguously an opening (after it) or closing (before it) delimiter. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

type PlainInline = Tokens.Text | MathToken | Tokens.Strong;

/**
 * The tokens marked's inline lexer makes of `text` when they can only be text, `$…$` formulas
 * (found by the same patterns, math.ts) and `**bold**` whose delimiters touch letters or digits on
 * their inner side; null for anything else. Such text is most of a note's prose, and the inline
 * lexer is most of what lexing a chunk costs.
 */
export function plainInlineTokens(text: string): PlainInline[] | null {
  const flat: (Tokens.Text | MathToken)[] = [];
  let textStart = 0;
  for (let dollar = text.indexOf('$'); dollar !== -1;) {
    const math = dollarMathAt(text, dollar);
    if (math === undefined) {
      dollar = text.indexOf('$', dollar + 1);
      continue;
    }
    if (!addPlainText(flat, text.slice(textStart, dollar))) return null;
    flat.push(math);
    textStart = dollar + math.raw.length;
    dollar = text.indexOf('$', textStart);
  }
  if (!addPlainText(flat, text.slice(textStart))) return null;
  return text.includes('*') ? withBold(text, flat) : flat;
}

function addPlainText(tokens: (Tokens.Text | MathToken)[], text: string): boolean {
  if (INLINE_SPECIAL.test(text)) return false;
  if (text !== '') tokens.push({ type: 'text', raw: text, text });
  return true;
}

/**
 * `flat` with each `**…**` pair made a strong token around what it encloses, as marked makes it;
 * null when a star is anything else (a single one, a longer run, a delimiter beside a space or
 * punctuation on its inner side, one left open).
 */
function withBold(text: string, flat: readonly (Tokens.Text | MathToken)[]): PlainInline[] | null {
  const top: PlainInline[] = [];
  let inner: PlainInline[] | null = null;
  let openedAt = -1;
  let offset = 0;
  for (const token of flat) {
    if (token.type !== 'text') {
      (inner ?? top).push(token);
      offset += token.raw.length;
      continue;
    }
    let from = 0;
    for (let star = token.text.indexOf('*'); star !== -1; star = token.text.indexOf('*', from)) {
      const at = offset + star;
      if (text.charCodeAt(at + 1) !== 42 || text.charCodeAt(at + 2) === 42) return null;
      const opening = inner === null;
      if (!WORD_CHAR.test(opening ? text.charAt(at + 2) : text.charAt(at - 1))) return null;
      if (star > from) (inner ?? top).push(textToken(token.text.slice(from, star)));
      if (opening) {
        inner = [];
        openedAt = at;
      } else {
        top.push({ type: 'strong', raw: text.slice(openedAt, at + 2), text: text.slice(openedAt + 2, at), tokens: inner! });
        inner = null;
      }
      from = star + 2;
    }
    if (from < token.text.length) (inner ?? top).push(textToken(token.text.slice(from)));
    offset += token.raw.length;
  }
  return inner === null ? top : null;
}

function textToken(text: string): Tokens.Text {
  return { type: 'text', raw: text, text };
}

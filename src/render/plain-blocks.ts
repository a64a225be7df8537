/**
 * Chunks whose block structure is plain enough to be known without marked's block lexer: a
 * paragraph, or a bullet list of one-line items. Most of an article's chunks are one of these,
 * and the block lexer is about a third of what lexing them costs. Only the blocks are recognised
 * here; marked still lexes every inline text.
 */

/** A letter or a Chinese character: no block construct (list, heading, quote, fence, HTML, table row, setext line) starts with one. */
function isPlainLead(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Whether `line` from `at` starts with a plain lead, or with "**" before one (bold, never a list marker or rule). */
function startsPlain(line: string, at: number): boolean {
  if (isPlainLead(line.charCodeAt(at))) return true;
  return line.charCodeAt(at) === 42 && line.charCodeAt(at + 1) === 42 && isPlainLead(line.charCodeAt(at + 2));
}

/**
 * The inline texts of `chunk` when every line starts plainly (one paragraph: the chunk itself) or
 * every line is "- " and a plain start (a list: each item's text); null for anything else,
 * including line ends marked would rewrite (\r).
 */
export function plainBlockInlines(chunk: string): string[] | null {
  if (chunk.includes('\r')) return null;
  const lines = chunk.split('\n');
  if (lines.every((line) => startsPlain(line, 0))) return [chunk];
  if (lines.every((line) => line.charCodeAt(0) === 45 && line.charCodeAt(1) === 32 && startsPlain(line, 2))) return lines.map((line) => line.slice(2));
  return null;
}

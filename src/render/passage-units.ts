import type { Token, Tokens } from 'marked';
import { codeSpan } from './code.ts';
import { decodeEntities } from './entities.ts';
import { escapeInlineText } from './escape.ts';
import { joinSoftBreaks } from './inline.ts';
import { lexInlineMarkdown, lexMarkdown } from './lexer.ts';
import { fencedCode, plainBlockInlines, plainInlineTokens } from './plain-blocks.ts';
import { displayMathChunk } from './math.ts';
import { texToUnicode } from './tex/to-unicode.ts';
import { isWhitespaceCode } from './unicode.ts';

/**
 * An article as candidate passages: each prose block (paragraph, heading, list item, table row) as
 * one unit of text pieces, each code line as its own unit. Passages are cut and highlighted on
 * these, so code is never flattened into prose and a formula or code span is never cut into.
 */
export interface PassageUnit {
  kind: 'prose' | 'code';
  /** Plain text of the unit: what matching and cutting look at. */
  text: string;
  /** Pieces in order, covering `text`; `atom` pieces (code spans, formulas) are shown whole or not at all. */
  pieces: PassagePiece[];
}

export interface PassagePiece {
  start: number;
  end: number;
  kind: 'text' | 'code' | 'math';
}

class UnitBuilder {
  text = '';
  pieces: PassagePiece[] = [];

  add(kind: PassagePiece['kind'], value: string): void {
    if (value === '') return;
    const last = this.pieces[this.pieces.length - 1];
    if (kind === 'text' && last?.kind === 'text' && last.end === this.text.length) last.end += value.length;
    else this.pieces.push({ start: this.text.length, end: this.text.length + value.length, kind });
    this.text += value;
  }

  take(): PassageUnit | null {
    // Outer whitespace would only pad the passage.
    const trimmedStart = this.text.length - this.text.trimStart().length;
    const trimmedEnd = this.text.trimEnd().length;
    if (trimmedEnd <= trimmedStart) return null;
    const pieces = this.pieces
      .map((piece) => ({ ...piece, start: Math.max(piece.start, trimmedStart) - trimmedStart, end: Math.min(piece.end, trimmedEnd) - trimmedStart }))
      .filter((piece) => piece.end > piece.start);
    return { kind: 'prose', text: this.text.slice(trimmedStart, trimmedEnd), pieces };
  }
}

function addInline(builder: UnitBuilder, tokens: readonly Token[] | undefined): void {
  for (const token of (tokens ?? []) as Tokens.Generic[]) {
    switch (token.type) {
      case 'codespan':
        builder.add('code', decodeEntities(String(token.text)).replace(/\s+/g, ' '));
        break;
      case 'mathInline': {
        const unicode = texToUnicode(String(token.text));
        if (unicode === null) builder.add('code', String(token.text).replace(/\s+/g, ' '));
        else builder.add('math', unicode);
        break;
      }
      case 'br':
        builder.add('text', ' ');
        break;
      case 'html':
      case 'checkbox':
        break;
      case 'text':
      case 'escape':
        if (token.tokens && token.tokens.length > 0) addInline(builder, token.tokens);
        else builder.add('text', joinSoftBreaks(decodeEntities(String(token.text))));
        break;
      case 'image':
        builder.add('text', String(token.text ?? ''));
        break;
      default:
        if (token.tokens && token.tokens.length > 0) addInline(builder, token.tokens);
        else if (typeof token.text === 'string') builder.add('text', token.text);
    }
  }
}

function pushInline(units: PassageUnit[], inline: readonly Token[] | undefined): void {
  const builder = new UnitBuilder();
  addInline(builder, inline);
  const unit = builder.take();
  if (unit) units.push(unit);
}

function collect(tokens: readonly Token[], units: PassageUnit[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph':
      case 'heading':
        pushInline(units, token.tokens);
        break;
      case 'text':
        if (token.tokens) pushInline(units, token.tokens);
        else pushInline(units, [{ type: 'text', raw: token.raw, text: token.text }]);
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) collect(item.tokens, units);
        break;
      case 'blockquote':
        collect((token as Tokens.Blockquote).tokens, units);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          const builder = new UnitBuilder();
          row.forEach((cell, index) => {
            if (index > 0) builder.add('text', ' | ');
            addInline(builder, cell.tokens);
          });
          const unit = builder.take();
          if (unit) units.push(unit);
        }
        break;
      }
      case 'code':
        for (const line of String(token.text).split('\n')) {
          const text = line.trim();
          if (text !== '') units.push({ kind: 'code', text, pieces: [{ start: 0, end: text.length, kind: 'code' }] });
        }
        break;
      case 'mathBlock': {
        const unicode = texToUnicode(String(token.text));
        if (unicode !== null) units.push({ kind: 'prose', text: unicode, pieces: [{ start: 0, end: unicode.length, kind: 'math' }] });
        break;
      }
      default:
        break;
    }
  }
}

export function passageUnits(markdown: string): PassageUnit[] {
  const code = fencedCode(markdown);
  const math = code === null ? displayMathChunk(markdown) : undefined;
  if (code === null && math === undefined) return unitsOf(markdown, plainBlockInlines(markdown));
  // One whole block known without the block lexer: its units as collect makes them from marked's token.
  const units: PassageUnit[] = [];
  collect([code !== null ? { type: 'code', raw: markdown, text: code } : math!], units);
  return units;
}

/** passageUnits through marked's whole lexer, blocks included: what the plain-block way must equal. */
export function lexedPassageUnits(markdown: string): PassageUnit[] {
  return unitsOf(markdown, null);
}

function inlineTokens(text: string): Token[] {
  return plainInlineTokens(text) ?? lexInlineMarkdown(text);
}

/** The units of `markdown`, from the inline texts of its blocks when they are known (plainBlockInlines). */
function unitsOf(markdown: string, inlines: string[] | null): PassageUnit[] {
  const units: PassageUnit[] = [];
  try {
    // Everything is lexed before any unit is made, either way: a failure leaves no units.
    if (inlines === null) collect(lexMarkdown(markdown), units);
    else for (const tokens of inlines.map(inlineTokens)) pushInline(units, tokens);
  } catch (error) {
    // Too deeply nested for marked: no passage rather than a failed search.
    if (!(error instanceof RangeError)) throw error;
  }
  return units;
}

/**
 * The Markdown cut into top-level chunks at blank lines, keeping code fences, display math and
 * indented continuations (a list item's second paragraph) whole, so each chunk lexes on its own as
 * it would inside the whole text. Lets a search lex only the chunks that can hold a match.
 */
export function markdownChunks(markdown: string): string[] {
  return markdownChunkRanges(markdown).chunks;
}

/** markdownChunks, with where each chunk starts in `markdown` (a chunk with continuations starts at its first part). */
export function markdownChunkRanges(markdown: string): { chunks: string[]; starts: number[] } {
  const found = { chunks: [] as string[], starts: [] as number[] };
  // The chunk being gathered is markdown[chunkStart, chunkEnd): a run of whole lines.
  let chunkStart = -1;
  let chunkEnd = -1;
  let fence: string | null = null;
  for (let lineStart = 0; lineStart <= markdown.length;) {
    const newline = markdown.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? markdown.length : newline;
    // Most lines start with a letter: neither a fence marker nor blank, no pattern needed.
    const first = markdown.charCodeAt(lineStart);
    const plain = lineEnd > lineStart && !mayStartFenceOrBlank(first);
    const line = plain ? '' : markdown.slice(lineStart, lineEnd);
    const marker = plain ? undefined : /^\s{0,3}(`{3,}|~{3,}|\$\$)/.exec(line)?.[1];
    if (fence === null && marker) {
      // A `$$…$$` on one line opens nothing.
      if (!(marker === '$$' && line.trim().length > 2 && line.trim().endsWith('$$'))) fence = marker;
    } else if (fence !== null && marker && marker[0] === fence[0] && marker.length >= fence.length) {
      fence = null;
    }
    if (fence === null && !plain && line.trim() === '' && !marker) {
      if (chunkStart !== -1) addChunk(found, markdown.slice(chunkStart, chunkEnd), chunkStart);
      chunkStart = -1;
    } else {
      if (chunkStart === -1) chunkStart = lineStart;
      chunkEnd = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  if (chunkStart !== -1) addChunk(found, markdown.slice(chunkStart, chunkEnd), chunkStart);
  return found;
}

function addChunk({ chunks, starts }: { chunks: string[]; starts: number[] }, text: string, start: number): void {
  const previous = chunks.length - 1;
  // An indented chunk continues the one before it (list items, quotes); it is no code block there.
  const first = text.charCodeAt(0);
  if (previous >= 0 && (first === 32 || first === 9)) chunks[previous] += `\n\n${text}`;
  else {
    chunks.push(text);
    starts.push(start);
  }
}

/** Whether a line starting with `code` may be blank or open a fence: whitespace (as `\s` and trim know it), `, ~ or $. */
function mayStartFenceOrBlank(code: number): boolean {
  return code === 96 || code === 126 || code === 36 || isWhitespaceCode(code);
}

export interface Range {
  start: number;
  end: number;
}

/**
 * `unit.text[start, end)` as Discord Markdown with `bold` ranges in bold: text escaped, code spans
 * and formulas whole. `start`/`end` must not fall inside an atom piece.
 */
export function renderPassage(unit: PassageUnit, start: number, end: number, bold: readonly Range[]): string {
  if (unit.kind === 'code') return codeSpan(unit.text.slice(start, end));
  let out = '';
  for (const piece of unit.pieces) {
    const from = Math.max(piece.start, start);
    const to = Math.min(piece.end, end);
    if (to <= from) continue;
    if (piece.kind === 'code') {
      const span = codeSpan(unit.text.slice(from, to));
      out += overlapsAny(bold, from, to) && span ? `**${span}**` : span;
      continue;
    }
    if (piece.kind === 'math') {
      const text = escapeInlineText(unit.text.slice(from, to), false);
      out += overlapsAny(bold, from, to) ? `**${text}**` : text;
      continue;
    }
    // Plain text: split at the bold ranges that fall inside this piece.
    let at = from;
    for (const range of bold) {
      const a = Math.max(range.start, at);
      const b = Math.min(range.end, to);
      if (b <= a) continue;
      out += escapeInlineText(unit.text.slice(at, a), false);
      out += `**${escapeInlineText(unit.text.slice(a, b), false)}**`;
      at = b;
    }
    out += escapeInlineText(unit.text.slice(at, to), false);
  }
  // Adjacent bold runs ("**a****b**") would read as a stray "****".
  return out.replace(/\*\*\*\*/g, '');
}

function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  for (const range of ranges) if (range.start < end && range.end > start) return true;
  return false;
}

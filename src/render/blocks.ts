import type { Token, Tokens } from 'marked';
import { fenceLanguage, fencedBlock, breakTripleBackticks } from './code.ts';
import { Emitter, FORMULA_CLOSE, FORMULA_OPEN, type BlockContext, type RenderMode, TOP_LEVEL } from './emitter.ts';
import { escapeInlineText } from './escape.ts';
import { texToUnicode } from './tex/to-unicode.ts';
import { htmlToSegments } from './html.ts';
import { inlineContext, inlinePlainText, renderInline } from './inline.ts';
import { lexMarkdown } from './lexer.ts';
import { formatTable, type Alignment } from './table.ts';
import type { Layout } from './layout.ts';

/** Discord has no horizontal rule; a line of box-drawing characters reads as one. */
const RULE = '──────────';

function separatorBreaks(context: BlockContext): string {
  return context.nested ? '\n' : '\n\n';
}

/** Fenced output must begin its own line, at the quote marker but without list indentation. */
function startCodeLine(emitter: Emitter, context: BlockContext): void {
  emitter.flush(true);
  const layout = emitter.layout;
  if (layout.length > 0 && layout.currentLine !== context.codePrefix) {
    emitter.marker('\n' + context.codePrefix, true);
  }
}

function renderFence(emitter: Emitter, code: string, language: string, context: BlockContext): void {
  if (code.trim() === '') return;
  startCodeLine(emitter, context);
  emitter.atom(fencedBlock(code, language, context.codePrefix));
  emitter.endBlock();
}

function renderDisplayMath(emitter: Emitter, tex: string, context: BlockContext): void {
  if (tex.trim() === '') return;
  if (emitter.mode.displayMath === 'placeholder') {
    startCodeLine(emitter, context);
    emitter.atom(`${FORMULA_OPEN}${emitter.formulas.length}${FORMULA_CLOSE}`);
    emitter.formulas.push(tex.trim());
    emitter.endBlock();
    return;
  }
  const unicode = texToUnicode(tex);
  if (unicode === null) {
    renderFence(emitter, tex, 'tex', context);
    return;
  }
  emitter.atom(escapeInlineText(unicode, emitter.layout.atLineStart));
  emitter.endBlock();
}

function renderPlainLines(emitter: Emitter, lines: string[], context: BlockContext): void {
  lines.forEach((line, index) => {
    if (index > 0) emitter.lineBreak(context);
    emitter.text(line);
  });
  emitter.endBlock();
}

function renderTable(emitter: Emitter, token: Tokens.Table, context: BlockContext): void {
  const cellText = (cell: Tokens.TableCell): string => inlinePlainText(cell.tokens).replace(/\s+/g, ' ').trim();
  const header = token.header.map(cellText);
  const rows = token.rows.map((row) => row.map(cellText));
  const align: Alignment[] = token.align;
  const lines = formatTable(header, rows, align).map(breakTripleBackticks);
  startCodeLine(emitter, context);
  emitter.atom(['```', ...lines, '```'].join('\n' + context.codePrefix));
  emitter.endBlock();
}

function renderHeading(emitter: Emitter, token: Tokens.Heading, context: BlockContext): void {
  if (inlinePlainText(token.tokens).trim() === '') return;
  const inline = inlineContext(context);
  if (token.depth <= 3 && !emitter.mode.headingsAsBold) {
    emitter.marker('#'.repeat(token.depth) + ' ', false);
    renderInline(emitter, token.tokens, inline);
  } else {
    emitter.emphasis('**', () => renderInline(emitter, token.tokens, { ...inline, inStrong: true }));
  }
}

function renderList(emitter: Emitter, token: Tokens.List, context: BlockContext): void {
  const first = typeof token.start === 'number' ? token.start : 1;
  let written = 0;
  token.items.forEach((item, index) => {
    if (written > 0) emitter.separateFrom(context, '\n');
    const before = emitter.layout.length;
    const bullet = token.ordered ? `${first + index}. ` : '- ';
    emitter.markNext(bullet);
    const itemContext: BlockContext = {
      ...context,
      prefix: context.prefix + ' '.repeat(bullet.length),
      nested: true,
    };
    renderBlocks(emitter, item.tokens, itemContext);
    emitter.dropMarker(bullet);
    if (emitter.layout.length !== before) written += 1;
  });
}

function renderBlockquote(emitter: Emitter, token: Tokens.Blockquote, context: BlockContext): void {
  if (context.quoted) {
    renderBlocks(emitter, token.tokens, context);
    return;
  }
  emitter.markNext('> ');
  const quoteContext: BlockContext = {
    prefix: context.prefix + '> ',
    codePrefix: context.prefix + '> ',
    nested: true,
    quoted: true,
  };
  renderBlocks(emitter, token.tokens, quoteContext);
  emitter.dropMarker('> ');
}

function renderHtmlBlock(emitter: Emitter, html: string, context: BlockContext): void {
  const inline = inlineContext(context);
  let wrote = false;
  let breakPending = false;
  for (const segment of htmlToSegments(html)) {
    if (segment.kind === 'break') {
      breakPending = wrote;
      continue;
    }
    if (segment.kind === 'text' && (breakPending || !wrote) && segment.text.trim() === '') continue;
    if (breakPending) emitter.lineBreak(context);
    breakPending = false;
    if (segment.kind === 'text') {
      emitter.text(emitter.layout.atLineStart ? segment.text.trimStart() : segment.text);
    } else {
      renderInline(emitter, [{ type: 'image', raw: '', href: segment.src, title: null, text: segment.alt, tokens: [] }], inline);
    }
    wrote = true;
  }
  if (wrote) emitter.endBlock();
}

function renderBlock(emitter: Emitter, token: Token, context: BlockContext): void {
  switch (token.type) {
    case 'space':
    case 'def':
      return;
    case 'paragraph':
    case 'text':
      if (token.tokens && token.tokens.length > 0) renderInline(emitter, token.tokens, inlineContext(context));
      else emitter.text(String(token.text));
      emitter.endBlock();
      return;
    case 'heading':
      renderHeading(emitter, token as Tokens.Heading, context);
      return;
    case 'code':
      renderFence(emitter, token.text, fenceLanguage(token.lang), context);
      return;
    case 'mathBlock':
      renderDisplayMath(emitter, String(token.text), context);
      return;
    case 'table':
      renderTable(emitter, token as Tokens.Table, context);
      return;
    case 'list':
      renderList(emitter, token as Tokens.List, context);
      return;
    case 'blockquote':
      renderBlockquote(emitter, token as Tokens.Blockquote, context);
      return;
    case 'html':
      renderHtmlBlock(emitter, token.text, context);
      return;
    case 'hr':
      emitter.atom(RULE);
      return;
    case 'checkbox':
      emitter.marker(token.checked ? '☑ ' : '☐ ', false);
      return;
    default: {
      // Tokens from extensions we do not know: keep their text.
      const generic: Tokens.Generic = token;
      if (generic.tokens && generic.tokens.length > 0) renderInline(emitter, generic.tokens, inlineContext(context));
      else if (typeof generic.text === 'string') emitter.text(generic.text);
    }
  }
}

export function renderBlocks(emitter: Emitter, tokens: Token[], context: BlockContext): void {
  let separator: object | null = null;
  for (const token of tokens) {
    const before = emitter.layout.length;
    renderBlock(emitter, token, context);
    // A checkbox shares its line with the item's text.
    if (emitter.layout.length !== before && token.type !== 'checkbox') {
      separator = emitter.separateFrom(context, separatorBreaks(context));
    }
  }
  // The container decides what follows its last block.
  emitter.dropSeparator(separator);
}

/** Paragraphs of literal text, for documents too deeply nested to parse. */
function renderLiterally(emitter: Emitter, markdown: string): void {
  for (const paragraph of markdown.split(/\n[ \t]*\n/)) {
    if (paragraph.trim() === '') continue;
    renderPlainLines(emitter, paragraph.trim().split('\n'), TOP_LEVEL);
    emitter.separateFrom(TOP_LEVEL, '\n\n');
  }
}

export function renderToLayout(markdown: string, mode: RenderMode): Layout {
  return renderWithFormulas(markdown, mode).layout;
}

/** The layout and, in placeholder mode, the display formulas its placeholders stand for. */
export function renderWithFormulas(markdown: string, mode: RenderMode): { layout: Layout; formulas: string[] } {
  const emitter = new Emitter(mode);
  try {
    renderBlocks(emitter, lexMarkdown(markdown), TOP_LEVEL);
  } catch (error) {
    // marked recurses once per nesting level and overflows the stack on thousands of nested
    // quotes or lists; such a document is shown as escaped text rather than failing the caller.
    if (!(error instanceof RangeError)) throw error;
    const literal = new Emitter(mode);
    renderLiterally(literal, markdown);
    return { layout: literal.layout, formulas: [] };
  }
  return { layout: emitter.layout, formulas: emitter.formulas };
}

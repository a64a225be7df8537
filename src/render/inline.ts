import type { Token, Tokens } from 'marked';
import { codeSpan } from './code.ts';
import { escapeInlineText } from './escape.ts';
import { texToUnicode } from './tex/to-unicode.ts';
import type { BlockContext, Emitter } from './emitter.ts';
import { decodeEntities } from './entities.ts';
import { htmlToSegments, isBreakTag } from './html.ts';
import { isCjk, isLowSurrogate } from './unicode.ts';

export interface InlineContext {
  block: BlockContext;
  inLink: boolean;
  inStrong: boolean;
  inEmphasis: boolean;
  inStrikethrough: boolean;
}

export function inlineContext(block: BlockContext): InlineContext {
  return { block, inLink: false, inStrong: false, inEmphasis: false, inStrikethrough: false };
}

const IMAGE_MARK = '🖼';

function codePointBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  const low = text.charCodeAt(index - 1);
  return isLowSurrogate(low) && index >= 2 ? (text.codePointAt(index - 2) ?? 0) : low;
}

/**
 * A soft line break is a space in Markdown, except between two CJK characters, where a space
 * would be a visible gap; Discord would otherwise show the author's hard wrapping.
 */
export function joinSoftBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(/[ \t]*\r?\n[ \t]*/g, (whole: string, offset: number) => {
    const before = codePointBefore(text, offset);
    const after = text.codePointAt(offset + whole.length) ?? 0;
    return isCjk(before) && isCjk(after) ? '' : ' ';
  });
}

export function isWebUrl(href: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(href);
}

/** Discord will not mask a link behind a label that is itself a URL. */
function looksLikeUrl(label: string): boolean {
  return /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*\s*$/i.test(label);
}

/** Characters that would end a masked link's target early or not be linked by Discord. */
function encodeLinkTarget(href: string): string {
  return href.replace(/[()<>\s]/g, (char) => '%' + char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** The text of inline tokens with all markup dropped, for labels, alt text and comparisons. */
export function inlinePlainText(tokens: Token[] | undefined): string {
  let text = '';
  for (const token of (tokens ?? []) as Tokens.Generic[]) {
    if (token.type === 'html' || token.type === 'checkbox') continue;
    if (token.type === 'br') text += ' ';
    else if (token.tokens && token.tokens.length > 0) text += inlinePlainText(token.tokens);
    else if (token.type === 'text') text += joinSoftBreaks(decodeEntities(String(token.text)));
    else text += String(token.text ?? '');
  }
  return text;
}

function renderImage(emitter: Emitter, href: string, alt: string, context: InlineContext): void {
  const cleanAlt = alt.replace(/\s+/g, ' ').trim();
  const label = cleanAlt === '' ? IMAGE_MARK : `${IMAGE_MARK} ${cleanAlt}`;
  if (context.inLink || !isWebUrl(href)) {
    emitter.text(label);
    return;
  }
  const escapedLabel = emitter.capture(() => emitter.text(label));
  emitter.atom(`[${escapedLabel}](${encodeLinkTarget(href)})`);
}

function renderLink(emitter: Emitter, token: Tokens.Link, context: InlineContext): void {
  const label = inlinePlainText(token.tokens).trim();
  const href = token.href;
  const bare = token.autolink === true || label === '' || label === href;
  if (context.inLink || !isWebUrl(href)) {
    // Relative and mailto links cannot be followed from Discord, so only their text remains.
    if (bare && label === '') emitter.text(href);
    else renderInline(emitter, token.tokens, context);
    return;
  }
  if (bare) {
    emitter.atom(href);
    return;
  }
  const linkContext = { ...context, inLink: true };
  const shown = emitter.capture(() => renderInline(emitter, token.tokens, linkContext));
  emitter.atom(looksLikeUrl(label) ? `${shown} (${href})` : `[${shown}](${encodeLinkTarget(href)})`);
}

function renderInlineHtml(emitter: Emitter, html: string, context: InlineContext): void {
  if (isBreakTag(html)) {
    emitter.lineBreak(context.block);
    return;
  }
  for (const segment of htmlToSegments(html)) {
    if (segment.kind === 'image') renderImage(emitter, segment.src, segment.alt, context);
    else if (segment.kind === 'text') emitter.text(segment.text);
  }
}

/**
 * A formula as readable Unicode when it has an exact form, else as code, whole. Written as one
 * atom so an excerpt never cuts into it, and escaped so Discord cannot read its `*` or `_`.
 */
function renderInlineMath(emitter: Emitter, tex: string): void {
  const unicode = texToUnicode(tex);
  if (unicode === null) {
    emitter.atom(codeSpan(tex));
    return;
  }
  emitter.flush();
  emitter.atom(escapeInlineText(unicode, emitter.layout.atLineStart));
}

function renderInlineToken(emitter: Emitter, token: Token, context: InlineContext): void {
  switch (token.type) {
    case 'text':
      if (token.tokens && token.tokens.length > 0) renderInline(emitter, token.tokens, context);
      else emitter.text(joinSoftBreaks(decodeEntities(token.text)));
      return;
    case 'escape':
      emitter.text(token.text);
      return;
    case 'strong':
      if (context.inStrong) renderInline(emitter, token.tokens, context);
      else emitter.emphasis('**', () => renderInline(emitter, token.tokens, { ...context, inStrong: true }));
      return;
    case 'em':
      if (context.inEmphasis) renderInline(emitter, token.tokens, context);
      else emitter.emphasis('*', () => renderInline(emitter, token.tokens, { ...context, inEmphasis: true }));
      return;
    case 'del':
      if (context.inStrikethrough) renderInline(emitter, token.tokens, context);
      else emitter.emphasis('~~', () => renderInline(emitter, token.tokens, { ...context, inStrikethrough: true }));
      return;
    case 'codespan':
      emitter.atom(codeSpan(String(token.text)));
      return;
    case 'mathInline':
      renderInlineMath(emitter, String(token.text));
      return;
    case 'br':
      emitter.lineBreak(context.block);
      return;
    case 'link':
      renderLink(emitter, token as Tokens.Link, context);
      return;
    case 'image':
      renderImage(emitter, token.href, inlinePlainText(token.tokens) || token.text, context);
      return;
    case 'html':
      renderInlineHtml(emitter, token.text, context);
      return;
    case 'checkbox':
      emitter.marker(token.checked ? '☑ ' : '☐ ', false);
      return;
    default: {
      // Tokens from extensions we do not know: keep their text.
      const generic: Tokens.Generic = token;
      if (generic.tokens && generic.tokens.length > 0) renderInline(emitter, generic.tokens, context);
      else if (typeof generic.text === 'string') emitter.text(generic.text);
    }
  }
}

/**
 * Adjacent text and escape tokens are written as one run so that escaping sees whole lines:
 * `2\\. x` arrives as "2" and "." but still reads as a list item to Discord.
 */
export function renderInline(emitter: Emitter, tokens: Token[] | undefined, context: InlineContext): void {
  let run = '';
  for (const token of tokens ?? []) {
    if (token.type === 'escape') {
      run += token.text;
    } else if (token.type === 'text' && !(token.tokens && token.tokens.length > 0)) {
      run += decodeEntities(token.text);
    } else {
      if (run !== '') emitter.text(joinSoftBreaks(run));
      run = '';
      renderInlineToken(emitter, token, context);
    }
  }
  if (run !== '') emitter.text(joinSoftBreaks(run));
}

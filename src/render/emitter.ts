import { escapeInlineText } from './escape.ts';
import { Layout } from './layout.ts';

export interface RenderMode {
  /** Excerpts show headings as bold text instead of Discord's large headings. */
  headingsAsBold: boolean;
  /**
   * Where display math goes: `inline` writes it as a line of Unicode (or a ```tex block when it has
   * no exact Unicode form); `placeholder` writes a FORMULA_MARK placeholder and collects the TeX in
   * `Emitter.formulas`, for replies that attach the formulas as pictures.
   */
  displayMath?: 'inline' | 'placeholder';
}

/** Private-use characters around a formula's index: `\uE000` 3 `\uE001` is the fourth formula. */
export const FORMULA_OPEN = '\uE000';
export const FORMULA_CLOSE = '\uE001';
export const FORMULA_MARK = /\uE000(\d+)\uE001/g;

export interface BlockContext {
  /** Written after every line break: list indentation and the quote marker. */
  prefix: string;
  /** Code and table lines keep their own indentation, so they only get the quote marker. */
  codePrefix: string;
  /** Inside a list item or quote blocks follow each other without a blank line. */
  nested: boolean;
  /** Discord cannot nest quotes, so nested quotes are flattened into the outer one. */
  quoted: boolean;
}

export const TOP_LEVEL: BlockContext = { prefix: '', codePrefix: '', nested: false, quoted: false };

interface PendingSeparator {
  breaks: string;
  context: BlockContext;
}

/**
 * Wraps a Layout with the separator bookkeeping shared by block and inline rendering: the break
 * between two blocks is only written once the second block writes something, so blocks that
 * render to nothing (comments, link definitions) leave no stray blank lines.
 */
export class Emitter {
  layout = new Layout();
  /** Display formulas met so far, by placeholder index (placeholder mode only). */
  readonly formulas: string[] = [];
  private pending: PendingSeparator | null = null;
  /** A container's first-line marker (a quote's "> "), written only once the container has content. */
  private pendingMarker: string | null = null;

  constructor(readonly mode: RenderMode) {}

  /** Returns a handle so only the caller that set a separator can drop it again. */
  separateFrom(context: BlockContext, breaks: string): object {
    this.pending = { breaks, context };
    return this.pending;
  }

  dropSeparator(handle: object | null): void {
    if (handle !== null && this.pending === handle) this.pending = null;
  }

  /** Bullets and quote markers wait for content, so empty items and quotes leave nothing. */
  markNext(marker: string): void {
    this.pendingMarker = (this.pendingMarker ?? '') + marker;
  }

  /** Drops `marker`, set by `markNext`, if nothing has been written since. */
  dropMarker(marker: string): void {
    const pending = this.pendingMarker;
    if (pending === null || !pending.endsWith(marker)) return;
    const rest = pending.slice(0, pending.length - marker.length);
    this.pendingMarker = rest === '' ? null : rest;
  }

  /** Writes the pending separator; code blocks ask for the prefix without list indentation. */
  flush(forCode = false): void {
    const pending = this.pending;
    if (pending !== null) {
      this.pending = null;
      const prefix = forCode ? pending.context.codePrefix : pending.context.prefix;
      this.layout.structural(pending.breaks + prefix, true);
    }
    if (this.pendingMarker !== null) {
      this.layout.structural(this.pendingMarker, true);
      this.pendingMarker = null;
    }
  }

  /** Text from the document, escaped for Discord. */
  text(value: string): void {
    this.flush();
    const trimmed = this.layout.atLineStart ? value.trimStart() : value;
    this.layout.text(escapeInlineText(trimmed, this.layout.atLineStart));
  }

  atom(value: string): void {
    this.flush();
    this.layout.atom(value);
  }

  /** Bullets, checkboxes and heading markers: written but never ended on by an excerpt. */
  marker(value: string, startsLine: boolean): void {
    this.flush();
    this.layout.structural(value, startsLine);
  }

  lineBreak(context: BlockContext): void {
    this.flush();
    this.layout.trimTrailingSpaces();
    this.layout.structural('\n' + context.prefix, true);
  }

  /** Wraps `write` in an emphasis marker pair, leaving nothing behind if `write` wrote nothing. */
  emphasis(marker: string, write: () => void): void {
    this.flush();
    const before = this.layout.length;
    const wasAtLineStart = this.layout.atLineStart;
    this.layout.emphasis(marker, true);
    const afterOpen = this.layout.length;
    write();
    if (this.layout.length === afterOpen) {
      this.layout.retractEmphasis(before);
      this.layout.atLineStart = wasAtLineStart;
      return;
    }
    this.layout.emphasis(marker, false);
  }

  endBlock(): void {
    this.layout.endBlock();
  }

  /** Renders into a fresh layout and returns the text, for pieces that must stay whole (link labels). */
  capture(write: () => void): string {
    this.flush();
    const outer = this.layout;
    const outerPending = this.pending;
    const outerMarker = this.pendingMarker;
    this.layout = new Layout();
    this.layout.atLineStart = false;
    this.pending = null;
    this.pendingMarker = null;
    try {
      write();
      return this.layout.out;
    } finally {
      this.layout = outer;
      this.pending = outerPending;
      this.pendingMarker = outerMarker;
    }
  }
}

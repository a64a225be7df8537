/**
 * The renderer writes into a Layout rather than a bare string so that `excerpt` can see where
 * cutting is allowed: inside text runs yes, inside code, math, links and fences never, and which
 * emphasis markers are open at any point.
 */

export interface Span {
  start: number;
  end: number;
}

export interface EmphasisMarker extends Span {
  opens: boolean;
  marker: string;
}

export class Layout {
  /** Output as chunks: joining once at the end avoids re-flattening a long string on every read. */
  private readonly chunks: string[] = [];
  private joined: string | null = '';
  length = 0;
  /** Text written since the last line break, to tell whether a code fence can start here. */
  currentLine = '';
  /** Whether the next output starts a line (after its container prefixes). */
  atLineStart = true;
  /** Text that may be cut anywhere that is not inside an escape or surrogate pair. */
  readonly texts: Span[] = [];
  readonly markers: EmphasisMarker[] = [];
  /** Separators, line prefixes and list bullets: an excerpt never ends on one of these. */
  readonly structure: Span[] = [];
  /** Ends of paragraphs and other complete blocks: as good a cut as a sentence end. */
  readonly blockEnds: number[] = [];
  /** Starts and ends of unbreakable pieces (code, math, links, fences): acceptable cuts. */
  readonly atomEdges: number[] = [];

  get out(): string {
    this.joined ??= this.chunks.join('');
    return this.joined;
  }

  private append(value: string): void {
    this.chunks.push(value);
    this.joined = null;
    this.length += value.length;
    const lastBreak = value.lastIndexOf('\n');
    this.currentLine = lastBreak < 0 ? this.currentLine + value : value.slice(lastBreak + 1);
  }

  text(value: string): void {
    if (value === '') return;
    this.texts.push({ start: this.length, end: this.length + value.length });
    this.append(value);
    if (value.trim() !== '') this.atLineStart = false;
  }

  atom(value: string): void {
    if (value === '') return;
    this.atomEdges.push(this.length);
    this.append(value);
    this.atomEdges.push(this.length);
    this.atLineStart = false;
  }

  emphasis(marker: string, opens: boolean): void {
    this.markers.push({ start: this.length, end: this.length + marker.length, opens, marker });
    this.append(marker);
    this.atLineStart = false;
  }

  /** Line breaks, block separators, prefixes and bullets. */
  structural(value: string, startsLine: boolean): void {
    if (value === '') return;
    this.structure.push({ start: this.length, end: this.length + value.length });
    this.append(value);
    this.atLineStart = startsLine;
  }

  /** Replaces the last chunk, which must be the one ending the output. */
  private replaceLastChunk(value: string): void {
    const last = this.chunks.pop() ?? '';
    this.length -= last.length;
    this.currentLine = this.currentLine.slice(0, Math.max(0, this.currentLine.length - last.length));
    if (value !== '') this.append(value);
    this.joined = null;
  }

  /** Drops spaces that would dangle at the end of a line when a break follows text. */
  trimTrailingSpaces(): void {
    const last = this.texts.at(-1);
    if (last === undefined || last.end !== this.length) return;
    const chunk = this.chunks.at(-1) ?? '';
    const trimmed = chunk.replace(/[ \t]+$/, '');
    if (trimmed === chunk) return;
    this.replaceLastChunk(trimmed);
    last.end = this.length;
    if (last.end === last.start) this.texts.pop();
  }

  /** Removes an opening marker written at `start` that turned out to have no content. */
  retractEmphasis(start: number): void {
    const last = this.markers.at(-1);
    if (last === undefined || last.start !== start || !last.opens || last.end !== this.length) return;
    this.markers.pop();
    this.replaceLastChunk('');
  }

  endBlock(): void {
    this.blockEnds.push(this.length);
  }
}

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
  out = '';
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

  text(value: string): void {
    if (value === '') return;
    this.texts.push({ start: this.out.length, end: this.out.length + value.length });
    this.out += value;
    if (value.trim() !== '') this.atLineStart = false;
  }

  atom(value: string): void {
    if (value === '') return;
    this.atomEdges.push(this.out.length);
    this.out += value;
    this.atomEdges.push(this.out.length);
    this.atLineStart = false;
  }

  emphasis(marker: string, opens: boolean): void {
    this.markers.push({ start: this.out.length, end: this.out.length + marker.length, opens, marker });
    this.out += marker;
    this.atLineStart = false;
  }

  /** Line breaks, block separators, prefixes and bullets. */
  structural(value: string, startsLine: boolean): void {
    if (value === '') return;
    this.structure.push({ start: this.out.length, end: this.out.length + value.length });
    this.out += value;
    this.atLineStart = startsLine;
  }

  /** Drops spaces that would dangle at the end of a line when a break follows text. */
  trimTrailingSpaces(): void {
    const last = this.texts.at(-1);
    if (last === undefined || last.end !== this.out.length) return;
    const trimmed = this.out.slice(last.start).replace(/[ \t]+$/, '');
    this.out = this.out.slice(0, last.start) + trimmed;
    last.end = this.out.length;
    if (last.end === last.start) this.texts.pop();
  }

  /** Removes an opening marker written at `start` that turned out to have no content. */
  retractEmphasis(start: number): void {
    const last = this.markers.at(-1);
    if (last === undefined || last.start !== start || !last.opens || last.end !== this.out.length) return;
    this.markers.pop();
    this.out = this.out.slice(0, start);
  }

  endBlock(): void {
    this.blockEnds.push(this.out.length);
  }
}

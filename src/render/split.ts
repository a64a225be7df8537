import { safeCutIndex } from './unicode.ts';

/**
 * Splits rendered Discord Markdown into messages of at most `maxChars`, preferring blank lines,
 * then line ends, then spaces. A code block cut in two is closed at the end of one message and
 * reopened, with its language, at the start of the next.
 */

/** Room for a reopened fence, a closing fence and some code. */
export const MIN_SPLIT_CHARS = 16;

const FENCE_LINE = /^((?: *> )? *)```(.*)$/;
const ZERO_WIDTH_SPACE = '\u200b';
/** A fence line that carries nothing but a language tag. */
const BARE_FENCE_LINE = /^(?: *> )? *```[\w+\-.#]*\s*$/;
const STARTS_BLOCK = /^(?:```|>>> |> |#{1,3} |-# |[-*+] |\d+\. )/;

interface Fence {
  quoted: boolean;
  language: string;
}

interface Line {
  text: string;
  /** Whether this line opens or closes a code block (only the first fragment of a split line does). */
  toggles: boolean;
}

function toggledFence(state: Fence | null, line: Line): Fence | null {
  if (!line.toggles) return state;
  if (state !== null) return null;
  const match = FENCE_LINE.exec(line.text);
  const language = (match?.[2] ?? '').trim();
  return { quoted: (match?.[1] ?? '').includes('>'), language: /^[\w+\-.#]{1,32}$/.test(language) ? language : '' };
}

function closingLine(fence: Fence): string {
  return (fence.quoted ? '> ' : '') + '```';
}

function reopeningLine(fence: Fence, maxChars: number): string {
  const bare = closingLine(fence);
  // The language is a nicety; it must not crowd out the code itself.
  return bare.length * 2 + fence.language.length <= maxChars / 2 ? bare + fence.language : bare;
}

/** Where to cut a line that is longer than `room`: at a space if one is in the back half. */
function lineCutIndex(text: string, room: number, keep: number): number {
  let cut = safeCutIndex(text, room);
  const space = text.lastIndexOf(' ', cut);
  if (space > Math.max(room / 2, keep)) cut = space;
  // The rest starts a line, where ``` would read as a fence and "> ", "- ", "# " as blocks.
  // Past half the room a stray marker is the lesser evil than a tiny piece.
  const floor = Math.max(keep + 1, Math.floor(room / 2));
  while (cut > floor && STARTS_BLOCK.test(text.slice(cut, cut + 8).trimStart())) {
    const earlierSpace = text.lastIndexOf(' ', cut - 1);
    cut = earlierSpace > floor ? earlierSpace : cut - 1;
  }
  // A backslash and the character it escapes stay together.
  while (cut > keep + 1 && text[cut - 1] === '\\') cut -= 1;
  const safe = safeCutIndex(text, cut);
  if (safe > keep) return safe;
  // Only reached when `keep + 1` splits a surrogate pair; taking the whole pair still fits.
  return Math.min(text.length, keep + 2);
}

/** Splits a line in two; the second part keeps the quote marker so it stays in the quote. */
function splitLine(line: Line, room: number): [Line, Line] {
  const marker = /^ *> /.exec(line.text)?.[0] ?? '';
  const quote = marker.length < room - 2 ? marker : '';
  const cut = lineCutIndex(line.text, room, quote.length);
  const rest = line.text.slice(cut).trimStart();
  // Only when no better cut exists does the rest start with ```; an invisible space keeps it
  // from turning into a fence of its own.
  const guarded = rest.startsWith('```') ? ZERO_WIDTH_SPACE + rest : rest;
  return [
    { text: line.text.slice(0, cut), toggles: line.toggles },
    { text: rest === '' ? '' : quote + guarded, toggles: false },
  ];
}

function pushPiece(pieces: string[], body: string[], openAtEnd: Fence | null): void {
  const piece = body.join('\n').trimEnd();
  // A piece of nothing but fences (an empty code block made by the cut) is not worth a message.
  if (body.every((line) => line.trim() === '' || BARE_FENCE_LINE.test(line))) return;
  pieces.push(openAtEnd === null ? piece : piece + '\n' + closingLine(openAtEnd));
}

export function splitMessage(rendered: string, maxChars = 2000): string[] {
  if (!Number.isInteger(maxChars) || maxChars < MIN_SPLIT_CHARS) {
    throw new RangeError(`splitMessage needs maxChars ≥ ${MIN_SPLIT_CHARS}, got ${maxChars}`);
  }
  const lines: Line[] = rendered.split('\n').map((text) => ({ text, toggles: FENCE_LINE.test(text) }));
  const pieces: string[] = [];
  let fence: Fence | null = null;
  let index = 0;
  while (index < lines.length) {
    const first = lines[index];
    if (first === undefined) break;
    // Whitespace at a cut is dropped; a closing fence right at a cut was already written.
    if (first.text.trim() === '' || (fence !== null && first.toggles)) {
      fence = toggledFence(fence, first);
      index += 1;
      continue;
    }
    const header = fence === null ? null : reopeningLine(fence, maxChars);
    const body: string[] = header === null ? [] : [header];
    let length = header?.length ?? 0;
    let state = fence;
    let lastFit = -1;
    let lastBlank = -1;
    let lastBlankInCode = -1;
    const endStates: (Fence | null)[] = [];
    for (let at = index; at < lines.length; at += 1) {
      const line = lines[at];
      if (line === undefined) break;
      const added = (body.length > 0 || at > index ? 1 : 0) + line.text.length;
      if (length + added > maxChars) break;
      length += added;
      const opensHere = state === null && line.toggles;
      state = toggledFence(state, line);
      endStates[at] = state;
      const closing = state === null ? 0 : 1 + closingLine(state).length;
      // Ending right after an opening fence would leave an empty code block.
      if (length + closing > maxChars || opensHere) continue;
      lastFit = at;
      const next = lines[at + 1];
      if (next === undefined || next.text.trim() === '') {
        if (state === null) lastBlank = at;
        else lastBlankInCode = at;
      }
    }
    const last = lastBlank >= 0 ? lastBlank : lastBlankInCode >= 0 ? lastBlankInCode : lastFit;
    if (last < 0) {
      // Not even one whole line fits: cut a line and keep its rest for the next message. An
      // opening fence stays whole so that the cut falls in the code after it.
      body.length = header === null ? 0 : 1;
      let used = header?.length ?? 0;
      let target = index;
      let before = fence;
      const opened = fence === null ? toggledFence(null, first) : null;
      if (opened !== null && index + 1 < lines.length) {
        const spare = maxChars - first.text.length - 1 - (1 + closingLine(opened).length);
        if (spare >= 2) {
          body.push(first.text);
          used = first.text.length;
          before = opened;
          target = index + 1;
        }
      }
      const line = lines[target] ?? first;
      const after = toggledFence(before, line);
      const room = maxChars - used - (body.length > 0 ? 1 : 0) - (after === null ? 0 : 1 + closingLine(after).length);
      const [fragment, rest] = splitLine(line, room);
      lines.splice(target, 1, fragment, rest);
      body.push(fragment.text);
      pushPiece(pieces, body, after);
      fence = after;
      index = target + 1;
      continue;
    }
    for (let at = index; at <= last; at += 1) body.push(lines[at]?.text ?? '');
    const endState = endStates[last] ?? null;
    pushPiece(pieces, body, endState);
    fence = endState;
    index = last + 1;
  }
  return pieces;
}

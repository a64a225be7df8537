import { safeCutIndex } from './unicode.ts';

/** Cuts `text` to at most `max` characters, "…" included, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  const end = safeCutIndex(text, max - 1);
  return text.slice(0, end).trimEnd() + '…';
}

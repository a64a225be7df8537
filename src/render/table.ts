import { displayWidth } from './unicode.ts';

export type Alignment = 'left' | 'right' | 'center' | null;

function pad(text: string, width: number, align: Alignment): string {
  const missing = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(missing) + text;
  if (align === 'center') {
    const left = Math.floor(missing / 2);
    return ' '.repeat(left) + text + ' '.repeat(missing - left);
  }
  return text + ' '.repeat(missing);
}

/**
 * Discord has no tables, so they become monospace text: columns padded to the widest cell,
 * counting CJK characters as two columns, with a rule under the header.
 */
export function formatTable(header: string[], rows: string[][], align: Alignment[]): string[] {
  const columns = Math.max(header.length, ...rows.map((row) => row.length));
  const cell = (row: string[], column: number): string => row[column] ?? '';
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(displayWidth(cell(header, column)), ...rows.map((row) => displayWidth(cell(row, column)))),
  );
  const line = (row: string[]): string =>
    widths
      .map((width, column) => pad(cell(row, column), width, align[column] ?? null))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(Math.max(1, width))).join('-+-');
  return [line(header), rule, ...rows.map(line)];
}

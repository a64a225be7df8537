import { renderToLayout, renderWithFormulas } from './blocks.ts';
import { cutToFit, type CuttableText } from './cut.ts';

/**
 * The opening of a Markdown document as Discord Markdown in at most `maxChars` characters.
 * Headings become bold, code, math and links are never cut into, open emphasis is closed,
 * and a shortened text ends in "…".
 */
export function excerpt(markdown: string, maxChars: number): string {
  return cutToFit(renderToLayout(markdown, { headingsAsBold: true }), maxChars);
}

/**
 * Text with display formulas left as placeholders (FORMULA_MARK) and the TeX of each, for replies
 * that attach formulas as pictures. Cut like `excerpt` when `maxChars` is given; the formulas whose
 * placeholders the cut removed are still listed, so indexes stay stable.
 */
export function markdownWithFormulas(markdown: string, maxChars: number | null): { text: string; formulas: string[] } {
  const { layout, formulas } = renderWithFormulas(markdown, { headingsAsBold: maxChars !== null, displayMath: 'placeholder' });
  return { text: maxChars === null ? layout.out.trimEnd() : cutToFit(layout, maxChars), formulas };
}

/** `excerpt` for plain text: the same sentence-first cutting, with blank lines ending blocks. */
export function excerptPlain(text: string, maxChars: number): string {
  const blockEnds = [...text.matchAll(/[ \t]*\n[ \t]*\n/g)].map((match) => match.index);
  const source: CuttableText = {
    out: text,
    texts: [{ start: 0, end: text.length }],
    markers: [],
    structure: [],
    blockEnds,
    atomEdges: [],
  };
  return cutToFit(source, maxChars);
}

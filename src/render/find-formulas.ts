import type { Token, Tokens } from 'marked';
import { lexMarkdown } from './lexer.ts';

export interface FoundFormula {
  tex: string;
  display: boolean;
  /** 1-based line in the Markdown where the formula starts. */
  line: number;
}

function walk(tokens: readonly Token[], found: { token: Tokens.Generic }[]): void {
  for (const token of tokens as Tokens.Generic[]) {
    if (token.type === 'mathInline' || token.type === 'mathBlock') found.push({ token });
    if (token.tokens) walk(token.tokens, found);
    if (token.type === 'list') for (const item of (token as Tokens.List).items) walk(item.tokens, found);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, found);
    }
  }
}

/** Every formula of a Markdown text as the renderer sees it (code is skipped), with its line. */
export function findFormulas(markdown: string): FoundFormula[] {
  const found: { token: Tokens.Generic }[] = [];
  walk(lexMarkdown(markdown), found);
  const formulas: FoundFormula[] = [];
  let searchFrom = 0;
  for (const { token } of found) {
    // Tokens carry their source text, not its position: find it after the previous one.
    const raw = String(token.raw).trim();
    const at = markdown.indexOf(raw, searchFrom);
    const position = at === -1 ? searchFrom : at;
    if (at !== -1) searchFrom = at + raw.length;
    formulas.push({ tex: String(token.text), display: token.type === 'mathBlock', line: markdown.slice(0, position).split('\n').length });
  }
  return formulas;
}

import { Marked, type Token } from 'marked';
import { blockMathExtension, inlineMathExtension, maskInlineMath } from './math.ts';

const markdown = new Marked({
  gfm: true,
  extensions: [blockMathExtension, inlineMathExtension],
  hooks: { emStrongMask: maskInlineMath },
});

export function lexMarkdown(source: string): Token[] {
  return markdown.lexer(source);
}

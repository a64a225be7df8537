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

/** Inline Markdown lexed as marked lexes the text of a paragraph: the same extensions and hooks. */
export function lexInlineMarkdown(source: string): Token[] {
  // A copy per call, as marked.lexer makes: the lexer writes its tokenizer into its options.
  return new markdown.Lexer({ ...markdown.defaults }).inlineTokens(source);
}

import { renderToLayout } from './blocks.ts';

export { DISCORD_LIMITS } from './limits.ts';
export { escapeMarkdown } from './escape.ts';
export { excerpt, excerptPlain, markdownWithFormulas } from './excerpt.ts';
export { FORMULA_MARK } from './emitter.ts';
export { texToUnicode } from './tex/to-unicode.ts';
export { splitMessage, MIN_SPLIT_CHARS } from './split.ts';
export { truncate } from './truncate.ts';
export { fitEmbed, fitEmbedsTogether, embedLength, truncateRendered } from './embed.ts';
export { displayWidth } from './unicode.ts';

/** Markdown as Discord Markdown: the subset Discord shows, with math as code and tables as text. */
export function renderMarkdown(markdown: string): string {
  return renderToLayout(markdown, { headingsAsBold: false }).out.trimEnd();
}

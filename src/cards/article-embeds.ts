import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Article } from '../corpus/types.ts';
import { t, type Lang } from '../i18n.ts';
import { escapeMarkdown, excerpt, fitEmbed, truncate } from '../render/index.ts';
import { localDay } from '../time.ts';

const BRAND_COLOR = 0x5865f2;
const DIFFICULTY_COLORS = { easy: 0x00af9b, medium: 0xffb800, hard: 0xff2d55 } as const;

export interface EmbedContext {
  lang: Lang;
  timezone: string;
  /** The tag's label in `lang` (from the folder's tags.yml); tags show as written without it. */
  tagLabel?: (tag: string) => string;
}

/** The link a title points to: the article, else for a LeetCode card its problem page. */
export function articleLink(article: Article): string | undefined {
  return article.url ?? article.leetcode?.links.cn ?? undefined;
}

/** A title that reads as a link in Markdown text (lists), with Markdown in the title escaped. */
export function linkedTitle(article: Article): string {
  const title = escapeMarkdown(article.title);
  const link = articleLink(article);
  return link ? `[${title.replace(/[[\]]/g, '\\$&')}](${link})` : `**${title}**`;
}

export function formatTags(tags: readonly string[], label: (tag: string) => string = (tag) => tag): string {
  return tags.map((tag) => `\`${label(tag).replace(/`/g, 'ˋ')}\``).join(' ');
}

/** A tag a member typed, for the inside of a code span in a reply: no backtick, and short. */
export function inlineTag(tag: string): string {
  return truncate(tag.replace(/`/g, 'ˋ'), 100);
}

/** The compact card for announcements, /random and quiz posts: excerpt (or a LeetCode card's question) and links. */
export function articleEmbed(article: Article, context: EmbedContext, options: { excerptChars?: number } = {}): APIEmbed {
  const excerptChars = options.excerptChars ?? 1800;
  const description = article.leetcode
    ? excerpt(article.leetcode.question, Math.max(excerptChars, 3000))
    : excerpt(article.summary ?? article.body, excerptChars);
  return fitEmbed({ ...cardHead(article), description: description || undefined, fields: cardFields(article, context) });
}

/** Title, link and colour of a card. */
export function cardHead(article: Article): Pick<APIEmbed, 'title' | 'url' | 'color'> {
  return {
    title: truncate(article.title, 256),
    url: articleLink(article),
    color: article.leetcode ? DIFFICULTY_COLORS[article.leetcode.difficulty] : BRAND_COLOR,
  };
}

/** Difficulty, tags, date and links. */
export function cardFields(article: Article, context: EmbedContext): APIEmbedField[] {
  const { lang } = context;
  const fields: APIEmbedField[] = [];
  if (article.leetcode) {
    fields.push({ name: t(lang, 'card.difficulty'), value: t(lang, `difficulty.${article.leetcode.difficulty}`), inline: true });
  }
  if (article.tags.length > 0) fields.push({ name: t(lang, 'card.tags'), value: formatTags(article.tags, context.tagLabel), inline: true });
  fields.push({ name: t(lang, 'card.date'), value: localDay(article.date, context.timezone), inline: true });
  const links = linkList(article, lang);
  if (links) fields.push({ name: t(lang, 'card.links'), value: links, inline: false });
  return fields;
}

/** Article and problem links, one line. */
export function linkList(article: Article, lang: Lang): string {
  const links: string[] = [];
  if (article.url) links.push(`[${t(lang, 'card.article')}](${article.url})`);
  if (article.leetcode) {
    links.push(`[LeetCode.cn](${article.leetcode.links.cn})`, `[LeetCode.com](${article.leetcode.links.com})`);
  }
  return links.join(' · ');
}

/**
 * One search result: title linked, the matched passage (Discord Markdown, see searchHitPassage),
 * tags. Kept short: five share one message.
 */
export function searchHitEmbed(article: Article, passage: string, context: EmbedContext): APIEmbed {
  const lines = [passage];
  const meta = [article.leetcode ? t(context.lang, `difficulty.${article.leetcode.difficulty}`) : null, formatTags(article.tags, context.tagLabel)].filter(
    Boolean,
  );
  if (meta.length > 0) lines.push(meta.join(' · '));
  return fitEmbed({
    title: truncate(article.title, 256),
    url: articleLink(article),
    description: lines.join('\n'),
    color: article.leetcode ? DIFFICULTY_COLORS[article.leetcode.difficulty] : BRAND_COLOR,
  });
}

/** A list of articles as lines (for /latest): linked title, date, tags. */
export function articleListEmbed(title: string, articles: readonly Article[], context: EmbedContext): APIEmbed {
  const lines = articles.map((article) => {
    const parts = [linkedTitle(article), localDay(article.date, context.timezone)];
    if (article.tags.length > 0) parts.push(formatTags(article.tags.slice(0, 4), context.tagLabel));
    return `• ${parts.join(' · ')}`;
  });
  return fitEmbed({ title, description: lines.join('\n'), color: BRAND_COLOR });
}

/** An article's index terms, field by field, streamed into a segment builder. */
import type { Article } from '../corpus/types.ts';
import type { SegmentBuilder } from './engine/segment-builder.ts';
import { emitTerms, markdownToPlain } from './text.ts';

/** What of an article is indexed: all a helper thread is sent (analysis-thread.ts). */
export interface IndexedText {
  title: string;
  aliases: readonly string[];
  tags: readonly string[];
  summary: string | null;
  body: string;
  leetcode: { number: number; slug: string } | null;
}

export function indexedText(article: Article): IndexedText {
  const { title, aliases, tags, summary, body, leetcode } = article;
  return { title, aliases, tags, summary, body, leetcode: leetcode && { number: leetcode.number, slug: leetcode.slug } };
}

/** Adds an article's terms to `builder`, field by field in FIELDS order. */
export function addArticle(builder: SegmentBuilder, article: IndexedText): void {
  const emit = builder.addTerm;
  builder.startDocument();
  emitTerms(article.title, true, emit);
  builder.endField(0);
  for (const alias of article.aliases) emitTerms(alias, true, emit);
  if (article.leetcode) {
    emitTerms(String(article.leetcode.number), true, emit);
    emitTerms(article.leetcode.slug, true, emit);
  }
  builder.endField(1);
  for (const tag of article.tags) emitTerms(tag, true, emit);
  builder.endField(2);
  const plain = markdownToPlain(article.body);
  emitTerms(article.summary ? `${article.summary}\n${plain}` : plain, true, emit);
  builder.endField(3);
}

export function* analyseInto(builder: SegmentBuilder, articles: readonly IndexedText[]): Generator<void, void> {
  for (let i = 0; i < articles.length; i++) {
    addArticle(builder, articles[i]!);
    if ((i & 7) === 7) yield;
  }
}

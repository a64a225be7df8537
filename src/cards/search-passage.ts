import type { Article } from '../corpus/types.ts';
import { t, type Lang } from '../i18n.ts';
import { excerpt } from '../render/index.ts';
import { markdownChunks } from '../render/passage-units.ts';
import { markdownPassage, passageQuery, PASSAGE_LENGTH, type PassageQuery } from '../search/passage.ts';

const matchesAny = (texts: readonly string[], query: PassageQuery) =>
  texts.some((text) => {
    const lower = text.toLowerCase();
    return (query.phrase !== '' && lower.includes(query.phrase)) || query.terms.some((term) => lower.includes(term));
  });

/**
 * The passage a search hit shows, as Discord Markdown with the matched words in bold. A LeetCode
 * card's passage comes from its question or summary, never its solution: a member may be quizzed
 * on it. When only the solution matches, the summary is shown with a note saying so.
 */
export function searchHitPassage(article: Article, query: string, lang: Lang): string {
  const wanted = passageQuery(query);
  if (article.leetcode) {
    const found = markdownPassage(article.leetcode.question, wanted) ?? (article.summary ? markdownPassage(article.summary, wanted) : null);
    if (found) return found;
    const summary = opening(article.summary ?? article.leetcode.question);
    const elsewhere = matchesAny([article.title, ...article.aliases, ...article.tags], wanted);
    if (!elsewhere && matchesAny([article.leetcode.answer], wanted)) return `${summary}\n*${t(lang, 'search.matchInSolution')}*`;
    return summary;
  }
  const markdown = [article.summary, article.body].filter((part): part is string => Boolean(part?.trim())).join('\n\n');
  return markdownPassage(markdown, wanted) ?? opening(article.summary ?? article.body);
}

/** The opening of a text as a passage; only its first blocks are rendered, not a whole long note. */
function opening(markdown: string): string {
  return excerpt(markdownChunks(markdown).slice(0, 4).join('\n\n'), PASSAGE_LENGTH);
}

import type { Article } from '../corpus/types.ts';
import { t, type Lang } from '../i18n.ts';
import { excerpt } from '../render/index.ts';
import { markdownPassage, PASSAGE_LENGTH, type PassageQuery } from '../search/passage.ts';
import { PassageSources, type PassageSource } from '../search/passage-source.ts';

const matchesAny = (texts: readonly string[], query: PassageQuery) =>
  texts.some((text) => {
    const lower = text.toLowerCase();
    return (query.phrase !== '' && lower.includes(query.phrase)) || query.terms.some((term) => lower.includes(term));
  });

/**
 * The passage a search hit shows, as Discord Markdown with the matched words in bold. A LeetCode
 * card's passage comes from its question or summary, never its solution: a member may be quizzed
 * on it. When only the solution matches, the summary is shown with a note saying so.
 * `sources` keeps the articles' prepared Markdown between searches (the library's); without it
 * every call prepares its own. `corrections` are the words the search matched in place of
 * misspelt query words, so that a typo's passage shows the word it was corrected to.
 */
export function searchHitPassage(
  article: Article,
  query: string,
  lang: Lang,
  sources: PassageSources = new PassageSources(0),
  corrections: readonly string[] = [],
): string {
  const wanted = withCorrections(sources.query(query), corrections);
  if (article.leetcode) {
    const question = sourceOf(sources, article, 'question');
    const summary = article.summary ? sourceOf(sources, article, 'summary') : null;
    const found = markdownPassage(question, wanted) ?? (summary ? markdownPassage(summary, wanted) : null);
    if (found) return found;
    const shown = opening(summary ?? question);
    const elsewhere = matchesAny([article.title, ...article.aliases, ...article.tags], wanted);
    if (!elsewhere && matchesAny([article.leetcode.answer], wanted)) return `${shown}\n*${t(lang, 'search.matchInSolution')}*`;
    return shown;
  }
  const text = sourceOf(sources, article, 'text');
  return markdownPassage(text, wanted) ?? opening(article.summary ? sourceOf(sources, article, 'summary') : text);
}

/**
 * The query's words and the spellings the search corrected some of them to (SearchHit.corrections),
 * each its own distinct word: the typed one is not in the article, the corrected one is what to show.
 */
function withCorrections(query: PassageQuery, corrections: readonly string[]): PassageQuery {
  const added = corrections.filter((word) => !query.terms.includes(word));
  if (added.length === 0) return query;
  const next = query.stems.reduce((highest, stem) => Math.max(highest, stem + 1), 0);
  return { phrase: query.phrase, terms: [...query.terms, ...added], stems: [...query.stems, ...added.map((_, i) => next + i)] };
}

/** Which of an article's texts a passage is cut from. */
type Part = 'text' | 'question' | 'summary';

/**
 * The prepared form of one of an article's texts; its Markdown is put together only when it is not
 * kept. A function of its own, not a closure made per call: tsx names each closure it makes, about
 * 0.4 µs every time.
 */
function sourceOf(sources: PassageSources, article: Article, part: Part): PassageSource {
  return sources.get(article, part) ?? sources.add(article, part, markdownOf(article, part));
}

function markdownOf(article: Article, part: Part): string {
  if (part === 'question') return article.leetcode?.question ?? '';
  if (part === 'summary') return article.summary ?? '';
  return [article.summary, article.body].filter((text): text is string => Boolean(text?.trim())).join('\n\n');
}

/** The opening of a text as a passage; only its first blocks are rendered, not a whole long note. */
function opening(source: PassageSource): string {
  return source.opening((chunks) => excerpt(chunks.slice(0, 4).join('\n\n'), PASSAGE_LENGTH));
}

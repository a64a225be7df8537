import type { Library } from '../corpus/library.ts';
import type { Article } from '../corpus/types.ts';
import { cardToken } from '../interactions/custom-ids.ts';

const tokenIndexes = new WeakMap<Library, Map<string, Article>>();

/** The visible LeetCode card a button's token names, or undefined (unknown, removed, or not yet published). */
export function articleByToken(library: Library, token: string, now: Date): Article | undefined {
  let index = tokenIndexes.get(library);
  if (!index) {
    index = new Map(library.articles.filter((a) => a.leetcode !== null).map((a) => [cardToken(a.id), a]));
    tokenIndexes.set(library, index);
  }
  const article = index.get(token);
  return article && library.visibleById(article.id, now) ? article : undefined;
}

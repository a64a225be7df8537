/**
 * The yardstick: what search would be with no index at all. Lowercased `includes` of the whole
 * query over title + body of every article, ranked by title hit, then by occurrence count.
 * Autocomplete likewise scans every title and alias.
 */
import type { Article } from '../../src/corpus/types.ts';

interface ScannedArticle {
  /** Kept, as the bot keeps its articles: the scan's memory figure must include them. */
  article: Article;
  id: string;
  title: string;
  titleLower: string;
  bodyLower: string;
  namesLower: string[];
}

export interface ScanHit {
  id: string;
  titleHit: boolean;
  count: number;
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

export class SubstringScan {
  private readonly articles: readonly ScannedArticle[];

  constructor(articles: readonly Article[]) {
    this.articles = articles.map((article) => ({
      article,
      id: article.id,
      title: article.title,
      titleLower: article.title.toLowerCase(),
      bodyLower: article.body.toLowerCase(),
      namesLower: [article.title, ...article.aliases].map((name) => name.toLowerCase()),
    }));
  }

  search(query: string, options: { limit?: number; filter?: (id: string) => boolean } = {}): { total: number; hits: ScanHit[] } {
    const needle = query.trim().toLowerCase();
    if (needle === '') return { total: 0, hits: [] };
    const matches: ScanHit[] = [];
    for (const article of this.articles) {
      const titleHit = article.titleLower.includes(needle);
      const count = countOccurrences(article.bodyLower, needle) + (titleHit ? 1 : 0);
      if (count === 0) continue;
      if (options.filter && !options.filter(article.id)) continue;
      matches.push({ id: article.id, titleHit, count });
    }
    matches.sort((a, b) => Number(b.titleHit) - Number(a.titleHit) || b.count - a.count);
    return { total: matches.length, hits: matches.slice(0, options.limit ?? 5) };
  }

  /** Title prefix first, then any name containing the typed text; at most `limit`, like Discord's 25. */
  complete(prefix: string, limit = 25, filter?: (id: string) => boolean): { id: string; title: string }[] {
    const needle = prefix.trim().toLowerCase();
    const starts: ScannedArticle[] = [];
    const contains: ScannedArticle[] = [];
    for (const article of this.articles) {
      if (needle !== '' && !article.namesLower.some((name) => name.includes(needle))) continue;
      if (filter && !filter(article.id)) continue;
      if (article.titleLower.startsWith(needle)) starts.push(article);
      else contains.push(article);
      if (starts.length >= limit) break;
    }
    return [...starts, ...contains].slice(0, limit).map(({ id, title }) => ({ id, title }));
  }
}

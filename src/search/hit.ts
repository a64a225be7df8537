import type { Article } from '../corpus/types.ts';
import { cutAround, passageFor } from './passage.ts';
import { markdownToPlain, normalize } from './text.ts';
import type { SearchHit } from './types.ts';

/** A result whose passage is cut only when asked for: /search renders its own from the Markdown. */
export class Hit implements SearchHit {
  private cut: string | null = null;

  constructor(
    readonly id: string,
    readonly score: number,
    private readonly makePassage: () => string,
  ) {}

  get passage(): string {
    this.cut ??= this.makePassage();
    return this.cut;
  }
}

/** Plain text around the match in the body, else the summary, else the title. */
export function plainPassage(article: Article, exactQuery: string, terms: readonly string[]): string {
  const plain = normalize(markdownToPlain(article.body));
  return (
    passageFor(plain, exactQuery, terms) ??
    (article.summary ? (passageFor(article.summary, exactQuery, terms) ?? cutAround(article.summary, { start: 0, end: 0 })) : article.title)
  );
}

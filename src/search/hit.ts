import type { Article } from '../corpus/types.ts';
import { cutAround, passageFor } from './passage.ts';
import { markdownToPlain, normalize } from './text.ts';
import type { PlannedTerm } from './engine/scorer/scorer.ts';
import type { Segment } from './engine/segment.ts';
import type { Alternative, ParsedQuery } from './query.ts';
import type { SearchHit } from './types.ts';

/** A result whose passage and corrections are worked out only when asked for: /search renders its own passage from the Markdown. */
export class Hit implements SearchHit {
  private cut: string | null = null;
  private corrected: readonly string[] | null = null;

  constructor(
    readonly id: string,
    readonly score: number,
    private readonly make: { passage: () => string; corrections: () => readonly string[] },
  ) {}

  get passage(): string {
    this.cut ??= this.make.passage();
    return this.cut;
  }

  get corrections(): readonly string[] {
    this.corrected ??= this.make.corrections();
    return this.corrected;
  }
}

/** Whether document `doc` (a global number) holds the index term of `alt`. */
function holds(doc: number, alt: Alternative, segments: readonly Segment[], bases: readonly number[]): boolean {
  const segment = segments[alt.segment]!;
  const local = doc - bases[alt.segment]!;
  return local >= 0 && local < segment.docCount && segment.has(alt.termId, local);
}

/** For each query term, the index words its alternatives matched in document `doc` (a global number). */
export function wordsMatched(doc: number, planned: readonly PlannedTerm[], segments: readonly Segment[], bases: readonly number[]): string[][] {
  return planned.map((term) => term.alternatives.filter((alt) => holds(doc, alt, segments, bases)).map((alt) => segments[alt.segment]!.text(alt.termId)));
}

/**
 * The words document `doc` was found by in place of Latin query words it does not hold as typed:
 * the spellings the typo search corrected them to ("networrk" → "network"). Longer words that
 * merely start with a query word are not corrections (the typed word is in them) and are not
 * looked up at all; nor is anything for a word the document holds as typed.
 */
export function correctionsOf(
  doc: number,
  parsed: ParsedQuery,
  planned: readonly PlannedTerm[],
  segments: readonly Segment[],
  bases: readonly number[],
): string[] {
  const found = new Set<string>();
  parsed.terms.forEach((term, index) => {
    if (term.kind !== 'latin') return;
    const typed = term.term as string;
    const alternatives = planned[index]?.alternatives ?? [];
    const textOf = (alt: Alternative) => segments[alt.segment]!.text(alt.termId);
    if (alternatives.some((alt) => textOf(alt) === typed && holds(doc, alt, segments, bases))) return;
    for (const alt of alternatives) {
      const word = textOf(alt);
      if (!word.includes(typed) && holds(doc, alt, segments, bases)) found.add(word);
    }
  });
  return [...found];
}

/** Plain text around the match in the body, else the summary, else the title. */
export function plainPassage(article: Article, exactQuery: string, terms: readonly string[]): string {
  const plain = normalize(markdownToPlain(article.body));
  return (
    passageFor(plain, exactQuery, terms) ??
    (article.summary ? (passageFor(article.summary, exactQuery, terms) ?? cutAround(article.summary, { start: 0, end: 0 })) : article.title)
  );
}

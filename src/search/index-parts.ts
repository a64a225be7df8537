/**
 * What a SearchIndex is made of beside its postings, and the steps that make it: the per-article
 * tables (names, dates, tags), the duplicate-id check and the small segment of changed articles.
 */
import type { Article } from '../corpus/types.ts';
import { eachSteps, runAtOnce } from './engine/gradual.ts';
import type { Segment } from './engine/segment.ts';
import { SegmentBuilder } from './engine/segment-builder.ts';
import { analyseInto } from './analyse-article.ts';
import { nameEntry, writeNameSketch, type NameEntry } from './names.ts';
import { normalize } from './text.ts';

/** Tags compare normalised and case-folded: "LoRA" and "lora" are one tag. */
export function tagKey(tag: string): string {
  return normalize(tag).trim().toLowerCase();
}

export function checkUnique(articles: readonly Article[]): void {
  runAtOnce(checkUniqueSteps(articles));
}

export function* checkUniqueSteps(articles: readonly Article[]): Generator<void, void> {
  const seen = new Set<string>();
  yield* eachSteps(articles, ({ id }) => {
    // The corpus loader rejects duplicate ids; one here is a bug upstream, not a choice to make.
    if (seen.has(id)) throw new Error(`SearchIndex: duplicate article id "${id}"`);
    seen.add(id);
  });
}

/** The per-article tables of an index, made from its Parts. */
export interface Derived {
  docOf: ReadonlyMap<string, number>;
  dateMs: Float64Array;
  nameOfDoc: readonly (NameEntry | undefined)[];
  /** writeNameSketch's two numbers per document (0 for a dead one). */
  nameSketch: Int32Array;
  names: readonly NameEntry[];
  tagDocs: ReadonlyMap<string, Int32Array>;
}

/** The postings of an index and the articles they are of. */
export interface Parts {
  /** Document order: the large segment's articles, then the small segment's. */
  articles: readonly Article[];
  main: Segment;
  delta: Segment | null;
  /** Documents of the large segment whose article changed or went away. */
  dead: Uint8Array;
  deadCount: number;
}

/**
 * The per-article tables beside the postings (names for autocomplete and "did you mean", dates,
 * tags), a slice at a time. `reuse` holds name entries still valid for their document.
 */
export function* deriveTables(parts: Parts, reuse: readonly (NameEntry | undefined)[]): Generator<void, Derived> {
  const count = parts.articles.length;
  const docOf = new Map<string, number>();
  const dateMs = new Float64Array(count);
  const nameOfDoc: (NameEntry | undefined)[] = new Array(count);
  const nameSketch = new Int32Array(2 * count);
  const names: NameEntry[] = [];
  const tagDocs = new Map<string, number[]>();
  for (let doc = 0; doc < count; doc++) {
    const article = parts.articles[doc]!;
    dateMs[doc] = article.date.getTime();
    if (parts.dead[doc]) continue;
    docOf.set(article.id, doc);
    const name = reuse[doc] ?? nameEntry(doc, article.title, article.aliases, article.date);
    nameOfDoc[doc] = name;
    writeNameSketch(nameSketch, doc, name);
    names.push(name);
    for (const tag of new Set(article.tags.map(tagKey))) {
      const docs = tagDocs.get(tag);
      if (docs) docs.push(doc);
      else tagDocs.set(tag, [doc]);
    }
    if ((doc & 255) === 255) yield;
  }
  return {
    docOf,
    dateMs,
    nameOfDoc,
    nameSketch,
    names,
    tagDocs: new Map([...tagDocs].map(([tag, docs]) => [tag, Int32Array.from(docs)])),
  };
}

/** The small segment of changed articles, scored against the large segment's corpus statistics. */
export function* deltaSteps(articles: readonly Article[], main: Segment): Generator<void, Segment> {
  const builder = new SegmentBuilder();
  yield* analyseInto(builder, articles);
  return yield* builder.build(main.stats());
}

/** `dead` extended by `extra` live documents (the small segment's). */
export function concatDead(dead: Uint8Array, extra: number): Uint8Array {
  const all = new Uint8Array(dead.length + extra);
  all.set(dead);
  return all;
}

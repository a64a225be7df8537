/**
 * Writes a synthetic corpus of real `.md` files (so the real loader is what gets measured) plus a
 * manifest with the planted answers and the query sets. A folder whose manifest matches is reused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateArticle, type ArticleKind, type GeneratedArticle, type VocabularyStyle } from './article-text.ts';
import { PLANTED_QUERIES, plantedSentence, type PlantedQuery } from './planted.ts';
import { buildQuerySets, type QuerySets } from './queries.ts';
import { Random, substream } from './random.ts';

/** Bump when the generated text changes, so stale folders are regenerated rather than reused. */
const GENERATOR_VERSION = 5;
const MANIFEST_NAME = '.bench-manifest.json';
const LEETCODE_SHARE = 0.2;
const ENGLISH_NOTE_SHARE = 0.25;
/** Future-dated articles exist in real corpora and exercise the visibility filter; never planted. */
const FUTURE_SHARE = 0.02;
const TITLE_SAMPLE = 400;

export interface PlantedAnswer extends PlantedQuery {
  answerId: string;
}

export interface CorpusManifest {
  version: number;
  seed: number;
  vocabulary: VocabularyStyle;
  count: number;
  queryCount: number;
  bytes: number;
  kinds: Record<ArticleKind, number>;
  planted: PlantedAnswer[];
  queries: QuerySets;
  generatedInMs: number;
}

export function readManifest(dir: string): CorpusManifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_NAME), 'utf8')) as CorpusManifest;
  } catch {
    return null;
  }
}

function kindOf(random: Random): ArticleKind {
  const roll = random.next();
  if (roll < LEETCODE_SHARE) return 'leetcode';
  return roll < LEETCODE_SHARE + ENGLISH_NOTE_SHARE ? 'note-en' : 'note-zh';
}

/** Half-hour steps from 2019 keep 100,000 articles in the past. */
function dateOf(index: number, future: boolean): string {
  if (future) return '2099-01-01T00:00:00+08:00';
  return new Date(Date.UTC(2019, 0, 1) + index * 30 * 60_000).toISOString();
}

/** Word-level needles that must occur only in the answer: the phrase, and an English phrase's rare first word. */
function needlesOf(planted: PlantedQuery): string[] {
  const phrase = planted.phrase.toLowerCase();
  return planted.group === 'zh' ? [phrase] : [phrase, phrase.split(' ')[0]!];
}

/**
 * The articles of a corpus in order, each with the planted phrase it holds: what writeCorpus
 * writes, for tests that check code against a whole bench corpus without the files.
 */
export function* corpusArticles(options: {
  count: number;
  seed: number;
  vocabulary: VocabularyStyle;
}): Generator<{ index: number; planted: PlantedQuery | null; article: GeneratedArticle }> {
  const { count, seed, vocabulary } = options;
  const plantedAt = new Map<number, PlantedQuery>();
  PLANTED_QUERIES.forEach((planted, k) => plantedAt.set(Math.floor(((k + 0.5) * count) / PLANTED_QUERIES.length), planted));
  if (plantedAt.size !== PLANTED_QUERIES.length) throw new Error(`a corpus of ${count} articles is too small for ${PLANTED_QUERIES.length} planted phrases`);
  const layout = substream(seed, 'layout');
  for (let index = 0; index < count; index++) {
    const kind = kindOf(layout);
    const planted = plantedAt.get(index) ?? null;
    const future = planted === null && layout.chance(FUTURE_SHARE);
    // One stream per article: an article's text depends only on the seed and its index.
    const article = generateArticle(
      { index, kind, date: dateOf(index, future), plantedSentence: planted ? plantedSentence(planted.phrase, kind !== 'note-en') : null },
      new Random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0),
      vocabulary,
    );
    yield { index, planted, article };
  }
}

export function writeCorpus(
  dir: string,
  options: { count: number; seed: number; queryCount: number; vocabulary?: VocabularyStyle },
): { manifest: CorpusManifest; reused: boolean } {
  const vocabulary = options.vocabulary ?? 'zipf';
  const existing = readManifest(dir);
  if (
    existing &&
    existing.version === GENERATOR_VERSION &&
    existing.seed === options.seed &&
    existing.count === options.count &&
    existing.queryCount === options.queryCount &&
    existing.vocabulary === vocabulary
  ) {
    return { manifest: existing, reused: true };
  }
  const started = performance.now();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });

  const { count, seed } = options;
  const needles = PLANTED_QUERIES.map((planted) => ({ planted, needles: needlesOf(planted), holders: [] as string[] }));
  const kinds: Record<ArticleKind, number> = { 'note-zh': 0, 'note-en': 0, leetcode: 0 };
  const titles: { title: string; aliases: string[] }[] = [];
  const answers = new Map<PlantedQuery, string>();
  const madeFolders = new Set<string>();
  let bytes = 0;
  const titleStride = Math.max(1, Math.floor(count / TITLE_SAMPLE));

  for (const { index, planted, article } of corpusArticles({ count, seed, vocabulary })) {
    kinds[article.kind]++;
    if (planted) answers.set(planted, article.id);
    if (index % titleStride === 0) titles.push({ title: article.title, aliases: article.aliases });

    const lower = article.searchableText.toLowerCase();
    for (const entry of needles) {
      if (entry.needles.some((needle) => lower.includes(needle))) entry.holders.push(article.id);
    }

    const folder = path.dirname(path.join(dir, article.path));
    if (!madeFolders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      madeFolders.add(folder);
    }
    fs.writeFileSync(path.join(dir, article.path), article.text);
    bytes += Buffer.byteLength(article.text);
  }

  for (const { planted, holders } of needles) {
    const answer = answers.get(planted);
    if (holders.length !== 1 || holders[0] !== answer) {
      throw new Error(`planted phrase "${planted.phrase}" must occur only in ${answer}, found in ${holders.length}: ${holders.slice(0, 5).join(', ')}`);
    }
  }

  const manifest: CorpusManifest = {
    version: GENERATOR_VERSION,
    seed,
    vocabulary,
    count,
    queryCount: options.queryCount,
    bytes,
    kinds,
    planted: PLANTED_QUERIES.map((planted) => ({ ...planted, answerId: answers.get(planted)! })),
    queries: buildQuerySets(seed, options.queryCount, titles),
    generatedInMs: Math.round(performance.now() - started),
  };
  // Written last: a folder without it is an interrupted generation and is regenerated.
  fs.writeFileSync(path.join(dir, MANIFEST_NAME), JSON.stringify(manifest));
  return { manifest, reused: false };
}

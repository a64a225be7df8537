/** Which chunks of an article's Markdown a passage is looked for in, best first (passage.ts lexes only those). */
import type { PassageSource } from './passage-source.ts';
import type { PassageQuery } from './passage-query.ts';

/**
 * The `most` chunks holding a match, best first: the phrase, then the most distinct terms, then
 * (for a query with characters a formula may make, α) any TeX; earlier first among equals. One
 * scan of the whole lowercased text per term, not one per chunk and term.
 */
export function rankChunks(source: PassageSource, query: PassageQuery, throughTex: boolean, most: number): { index: number; score: number }[] {
  const count = source.chunks.length;
  // Plain arrays: a few dozen chunks, where making typed arrays costs more than using them.
  const scores: number[] = new Array<number>(count).fill(0);
  // A one-word query's phrase is its first term: the term's scan marks the phrase too.
  const phraseIsTerm = query.terms.includes(query.phrase);
  if (query.phrase !== '' && !phraseIsTerm) scoreChunksWith(source, query.phrase, scores, true, null, 0);
  // Distinct stems per chunk: each stem counts once per chunk, however many of its terms are there.
  const stemCount = query.stems.reduce((highest, stem) => Math.max(highest, stem + 1), 0);
  const lastStem: number[] = new Array<number>(count).fill(-1);
  for (let stem = 0; stem < stemCount; stem++) {
    for (let index = 0; index < query.terms.length; index++) {
      const term = query.terms[index]!;
      if (term !== '' && query.stems[index] === stem) scoreChunksWith(source, term, scores, phraseIsTerm && term === query.phrase, lastStem, stem);
    }
  }
  const ranked: { index: number; score: number }[] = [];
  for (let index = 0; index < count; index++) {
    const score = scores[index]! + (throughTex && source.chunks[index]!.includes('\\') ? 1 : 0);
    if (score === 0) continue;
    // Kept sorted by score, then index (which only grows here): insert, drop what falls past `most`.
    let at = ranked.length;
    while (at > 0 && ranked[at - 1]!.score < score) at--;
    if (at >= most) continue;
    ranked.splice(at, 0, { index, score });
    if (ranked.length > most) ranked.pop();
  }
  return ranked;
}

/**
 * Scores each chunk holding `needle`: the phrase's points if it is the phrase, a distinct term's
 * if it is a term (`lastStem`) and no other term of its stem was found there yet.
 */
function scoreChunksWith(source: PassageSource, needle: string, scores: number[], isPhrase: boolean, lastStem: number[] | null, stem: number): void {
  for (let chunk = source.nextChunkWith(needle, 0); chunk !== -1; chunk = source.nextChunkWith(needle, chunk + 1)) {
    if (isPhrase) scores[chunk]! += 1_000_000;
    if (lastStem && lastStem[chunk] !== stem) {
      lastStem[chunk] = stem;
      scores[chunk]! += 10_000;
    }
  }
}

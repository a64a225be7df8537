/** What a passage looks for: the query as typed (lowercased, spaces collapsed) and its words. */
export interface PassageQuery {
  phrase: string;
  terms: string[];
  /** For each term, the number of its singular form: "embeddings" and "embedding" count as one distinct term. */
  stems: number[];
}

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words of a query: Latin words (and their singular), runs of Chinese characters with their
 * two-character pieces, so "扩散模型" also finds "扩散" and "模型" apart.
 */
export function passageQuery(query: string): PassageQuery {
  const phrase = query.toLowerCase().replace(/\s+/g, ' ').trim();
  const terms = new Set<string>();
  for (const run of phrase.match(CJK_RUN) ?? []) {
    terms.add(run);
    if (run.length > 2) for (let i = 0; i + 2 <= run.length; i++) terms.add(run.slice(i, i + 2));
  }
  for (const word of phrase.replace(CJK_RUN, ' ').match(LATIN_WORD) ?? []) {
    if (word.length < 2 && !/\d/.test(word)) continue;
    terms.add(word);
    if (word.length > 3 && word.endsWith('s')) terms.add(word.slice(0, -1));
  }
  const list = [...terms];
  const stemOf = new Map<string, number>();
  const stems = list.map((term) => {
    const stem = term.replace(/s$/, '');
    if (!stemOf.has(stem)) stemOf.set(stem, stemOf.size);
    return stemOf.get(stem)!;
  });
  return { phrase, terms: list, stems };
}

/**
 * Planted phrases: each is written into exactly one article (generation checks it), so each query
 * has one known right answer. Half of the Chinese phrases are made of terms that are common in the
 * corpus (their bigrams are everywhere; only phrase-level ranking finds the article), half contain
 * rare words. Half of the English queries carry a one-letter typo of each kind.
 */

export type PlantedGroup = 'zh' | 'en-exact' | 'en-typo';

export interface PlantedQuery {
  group: PlantedGroup;
  /** What the member types. */
  query: string;
  /** The text written into the answer article. */
  phrase: string;
  /** Kind of typo, for the report. */
  typo: 'transposition' | 'deletion' | 'substitution' | 'insertion' | null;
}

interface PlantedSeed {
  phrase: string;
  query?: string;
  typo?: PlantedQuery['typo'];
}

const CHINESE: readonly PlantedSeed[] = [
  // Common terms, unusual combination.
  { phrase: '梯度裁剪与温度系数的耦合' },
  { phrase: '旋转位置编码的外推上限' },
  { phrase: '键值缓存分页后的碎片率' },
  { phrase: '单调栈维护的候选下标' },
  { phrase: '混合精度下的损失缩放因子' },
  { phrase: '前缀和数组的差分还原' },
  { phrase: '低秩适配矩阵的秩选择' },
  { phrase: '扩散模型的噪声调度偏移' },
  { phrase: '并查集路径压缩的摊还分析' },
  { phrase: '投机解码的接受率估计' },
  // Rare words.
  { phrase: '鲸落式检查点回收' },
  { phrase: '蜂巢状稀疏路由' },
  { phrase: '琥珀色梯度告警' },
  { phrase: '潮汐窗口调度器' },
  { phrase: '榫卯式层间拼接' },
  { phrase: '雁阵式流水并行' },
  { phrase: '砚台缓冲区' },
  { phrase: '青瓷量化码本' },
  { phrase: '螺钿注意力掩码' },
  { phrase: '篆刻式词表剪枝' },
];

const ENGLISH: readonly PlantedSeed[] = [
  { phrase: 'Kolmogorov drift buffer' },
  { phrase: 'Strauss gradient splicing' },
  { phrase: 'Pfeiffer attention sink' },
  { phrase: 'Wexler token bucket' },
  { phrase: 'Brandt residual folding' },
  { phrase: 'Thornquist momentum trap', query: 'Thornqiust momentum trap', typo: 'transposition' },
  { phrase: 'Lindgren softmax clamp', query: 'Lindgren sofmax clamp', typo: 'deletion' },
  { phrase: 'Harrowgate sparse lattice', query: 'Harowgate sparse lattice', typo: 'deletion' },
  { phrase: 'Dvorschak kernel stitching', query: 'Dvorschak kernal stitching', typo: 'substitution' },
  { phrase: 'Ashcroft cache eviction ladder', query: 'Asshcroft cache eviction ladder', typo: 'insertion' },
];

export const PLANTED_QUERIES: readonly PlantedQuery[] = [
  ...CHINESE.map((seed): PlantedQuery => ({ group: 'zh', query: seed.query ?? seed.phrase, phrase: seed.phrase, typo: null })),
  ...ENGLISH.map((seed): PlantedQuery => ({
    group: seed.typo ? 'en-typo' : 'en-exact',
    query: seed.query ?? seed.phrase,
    phrase: seed.phrase,
    typo: seed.typo ?? null,
  })),
];

/** The sentence that carries a phrase, in the article's language. */
export function plantedSentence(phrase: string, chineseArticle: boolean): string {
  if (/[\u4e00-\u9fff]/.test(phrase)) return `顺带记一下${phrase}，这一点在后面的实验里还会用到。`;
  return chineseArticle ? `附注：${phrase} 这个说法来自一篇博客，下面会再提到。` : `A side note on the ${phrase}: it comes back later in the experiments.`;
}

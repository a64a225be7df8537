/**
 * Timing of src/search on a synthetic corpus (not a test: numbers depend on the machine).
 * Run: npx tsx tests/search/bench-search.ts [articleCount] [chineseShare]
 * chineseShare (default 0.75) is the share of sentence words that are Chinese; the rest are
 * English. Chinese costs far more to index: every character starts a bigram.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Article } from '../../src/corpus/types.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { article } from './fixture.ts';

const COUNT = Number(process.argv[2] ?? 10_000);
const CHINESE_SHARE = Number(process.argv[3] ?? 0.75);
const BODY_CHARS = 1_600;

/** Deterministic PRNG so runs are comparable. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const chineseWords = (
  '滑动窗口 低秩分解 最长连续序列 注意力机制 旋转位置编码 动态规划 二叉树 哈希表 双指针 前缀和 单调栈 ' +
  '梯度下降 反向传播 损失函数 正则化 过拟合 卷积 归一化 残差连接 位置编码 自注意力 多头注意力 量化 蒸馏 ' +
  '微调 预训练 推理 缓存 矩阵 向量 概率 采样 扩散模型 生成模型 强化学习 策略梯度 奖励 时间复杂度 空间复杂度 ' +
  '排序 二分查找 回溯 贪心 图 最短路径 拓扑排序 并查集 字典树 线段树 堆 队列 栈 链表 数组 字符串'
).split(' ');
const englishWords = (
  'attention transformer softmax online flash rotary embedding diffusion lora quantization distillation ' +
  'gradient descent backpropagation tokenizer vocabulary decoder encoder inference cache kernel memory ' +
  'bandwidth throughput latency batch sequence window pointer heap stack queue graph tree array hash ' +
  'dynamic programming binary search sorting greedy backtracking union find trie segment prefix sum ' +
  'normalization residual convolution sampling temperature reward policy value network layer'
).split(' ');
/** Log-uniform rank: a cheap Zipf-like skew, so a few characters/words are very common. */
const skewed = <T>(items: readonly T[]): T => items[Math.floor(Math.pow(items.length, random())) - 1]!;
/** 3,500 characters cover 99.5% of modern Chinese text. */
const commonChars = Array.from({ length: 3_500 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20_900)));
const generatedWords = Array.from({ length: 30_000 }, () => {
  let word = '';
  for (let length = 2 + Math.floor(random() * 3); length > 0; length--) word += skewed(commonChars);
  return word;
});

/** An article is about a few topics: its topical words repeat, and popular topics recur across articles. */
interface Topic {
  chinese: string[];
  english: string[];
}

function topic(): Topic {
  return {
    chinese: Array.from({ length: 4 }, () => skewed(chineseWords)),
    english: Array.from({ length: 6 }, () => skewed(englishWords)),
  };
}

function sentence(about: Topic): string {
  const parts: string[] = [];
  const words = 6 + Math.floor(random() * 10);
  for (let i = 0; i < words; i++) {
    const roll = random();
    if (roll < CHINESE_SHARE * 0.27) parts.push(pick(about.chinese));
    else if (roll < CHINESE_SHARE) parts.push(skewed(generatedWords));
    else parts.push(` ${pick(about.english)} `);
  }
  return parts.join('') + '。';
}

function body(about: Topic): string {
  const lines: string[] = [`## ${pick(about.chinese)}${pick(about.english)}`];
  let length = 0;
  while (length < BODY_CHARS) {
    const roll = random();
    const line =
      roll < 0.1
        ? '```python\ndef f(x):\n    return x * 2\n```'
        : roll < 0.2
          ? `- **${pick(about.english)}**: [${pick(about.chinese)}](https://example.com/${pick(englishWords)})`
          : sentence(about);
    lines.push(line);
    length += line.length;
  }
  return lines.join('\n\n');
}

function corpus(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const about = topic();
    return article({
      id: `article-${i}`,
      title: `${pick(about.chinese)} ${pick(about.english)} ${i}`,
      aliases: random() < 0.3 ? [`${pick(about.english)}-${pick(englishWords)}`] : [],
      tags: [pick(['llm', 'algorithm', 'math', 'leetcode'])],
      date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      body: body(about),
    });
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

function time(label: string, runs: number, task: (i: number) => void): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const fmt = (ms: number): string => `${ms.toFixed(3)} ms`;
  console.log(`${label}: p50 ${fmt(percentile(samples, 0.5))}, p99 ${fmt(percentile(samples, 0.99))}, max ${fmt(samples.at(-1)!)}`);
}

const articles = corpus(COUNT);
const chars = articles.reduce((sum, a) => sum + a.body.length, 0);
console.log(`${COUNT} articles, average body ${Math.round(chars / COUNT)} chars, Chinese share of words ${CHINESE_SHARE}`);
console.log(`load average before build: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
// CPU time is reported beside wall time because this machine is shared: wall time also
// counts the time other processes held the CPU. The first build includes JIT warm-up.
let index = SearchIndex.build([]);
for (const label of ['build (cold)', 'build (warm)']) {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  index = SearchIndex.build(articles);
  const cpu = process.cpuUsage(cpuStart);
  const heap = (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
  console.log(
    `${label}: ${(performance.now() - wallStart).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, heap ${heap} MB`,
  );
}

const queries = [
  '滑动窗口', '低秩分解', '最长连续序列', 'rotary embedding', 'flash attention', 'online softmax',
  'flashatention', 'difusion', 'LoRA 低秩', 'attentoin', '注意力机制 softmax', 'dynamic programming 动态规划',
  'transformer', 'a', '的', '二分查找 binary search 时间复杂度',
  '滑动窗口'.repeat(50), 'attention softmax '.repeat(60), '.*(',
];
for (const query of queries) index.search(query);
for (const query of queries) {
  const started = performance.now();
  const { total } = index.search(query);
  console.log(`  ${JSON.stringify(query.slice(0, 24))}: ${total} hits, ${(performance.now() - started).toFixed(2)} ms`);
}
time('search (mixed queries)', 2_000, (i) => index.search(queries[i % queries.length]!));
time('search, 200-char CJK query', 200, () => index.search('滑动窗口'.repeat(50)));
time('search, 1,080-char English query', 200, () => index.search('attention softmax '.repeat(60)));
time('search, no match (AND → swaps → OR)', 200, () => index.search('zzzzqq xyxyxyz'));
const prefixes = ['f', 'fl', 'fla', '滑', '滑动', 'att', 'rotary', 'xyz', '', '树', 'binary s'];
time('complete', 5_000, (i) => index.complete(prefixes[i % prefixes.length]!));
time('suggest', 200, (i) => index.suggest(['flashatention', '滑动窗囗', 'rotery embeding'][i % 3]!));
console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

/** A small mixed Chinese/English corpus; each article exists to make one behaviour testable. */
import type { Article, LeetCodeCard } from '../../src/corpus/types.ts';

interface Draft {
  id: string;
  title: string;
  body: string;
  date?: string;
  tags?: string[];
  aliases?: string[];
  summary?: string | null;
  leetcode?: LeetCodeCard | null;
}

export function article(draft: Draft): Article {
  return {
    id: draft.id,
    path: `notes/${draft.id}.md`,
    title: draft.title,
    date: new Date(draft.date ?? '2024-01-01T00:00:00Z'),
    tags: draft.tags ?? [],
    aliases: draft.aliases ?? [],
    url: null,
    summary: draft.summary ?? null,
    draft: false,
    body: draft.body,
    leetcode: draft.leetcode ?? null,
    hash: `hash-${draft.id}`,
  };
}

const longestConsecutiveQuestion = '给定一个未排序的整数数组 `nums`，找出数字连续的最长序列的长度。要求时间复杂度 O(n)。\n';
const longestConsecutiveAnswer =
  '## 题解\n\n用哈希集合 `unordered_set` 存所有数，只从序列起点开始数，这样得到最长连续序列。\n\n```cpp\nint longestConsecutive(vector<int>& nums) { return 0; }\n```\n';

const filler = '这是一段用来把正文撑长的说明文字，讨论训练时的显存占用与各种工程细节。'.repeat(12);

export const corpus: Article[] = [
  article({
    id: 'flash-attention',
    title: 'FlashAttention 原理',
    date: '2024-03-01T00:00:00Z',
    tags: ['LLM', 'GPU'],
    aliases: ['快速注意力'],
    body: '# FlashAttention\n\nFlashAttention 通过 **tiling** 和 online softmax 减少 HBM 读写。\n\n它是 IO-aware 的精确 attention 算法。',
  }),
  article({
    id: 'online-softmax',
    title: 'Online Softmax',
    date: '2024-02-01T00:00:00Z',
    tags: ['LLM'],
    body: 'Online softmax computes the normaliser in one pass. See [the paper](https://arxiv.org/abs/1805.02867).',
  }),
  article({
    id: 'rope',
    title: 'RoPE: Rotary Position Embedding',
    date: '2024-04-01T00:00:00Z',
    tags: ['LLM'],
    aliases: ['旋转位置编码'],
    body: 'Rotary embedding rotates query and key vectors by a position-dependent angle.',
  }),
  article({
    id: 'lora',
    title: 'LoRA 低秩适配',
    date: '2024-05-01T00:00:00Z',
    tags: ['LLM', 'Fine-Tuning'],
    body: 'LoRA 冻结预训练权重，只训练两个小矩阵：权重更新做低秩分解 ΔW = BA。',
  }),
  article({
    id: 'svd',
    title: '矩阵分解笔记',
    date: '2023-06-01T00:00:00Z',
    tags: ['math'],
    body: '奇异值分解（SVD）可以得到最优的低秩近似。本文只讲数学，不涉及微调。',
  }),
  article({
    id: 'sliding-window',
    title: '滑动窗口技巧',
    date: '2024-06-01T00:00:00Z',
    tags: ['algorithm'],
    body: '滑动窗口用两个指针维护一个区间，适合求最长无重复子串等问题。',
  }),
  article({
    id: 'two-pointers',
    title: '双指针总结',
    date: '2023-08-01T00:00:00Z',
    tags: ['algorithm'],
    body: '双指针常用于有序数组。与窗口类题目相比，它不需要维护区间状态；滑动的是两个端点。',
  }),
  article({
    id: 'diffusion',
    title: 'Diffusion Models 入门',
    date: '2023-09-01T00:00:00Z',
    tags: ['generative'],
    body: 'Diffusion models learn to reverse a gradual noising process. DDPM is the classic formulation.',
  }),
  article({
    id: 'attention-basics',
    title: 'Self-Attention 基础',
    date: '2023-10-01T00:00:00Z',
    tags: ['LLM'],
    body: 'Scaled dot-product attention: softmax(QK^T / sqrt(d)) V. 多头注意力把它并行做多次。',
  }),
  article({
    id: 'kv-cache',
    title: 'KV Cache',
    date: '2023-11-01T00:00:00Z',
    tags: ['LLM', 'inference'],
    summary: '推理时缓存 key/value，避免重复计算。',
    body: 'During decoding, keys and values of past tokens are stored and reused.',
  }),
  article({
    id: 'transformer-notes',
    title: 'Transformer Notes',
    date: '2023-12-01T00:00:00Z',
    body: 'A transformer stacks attention and MLP blocks. Rotary embedding (RoPE) is a common position encoding; flash attention speeds it up.',
  }),
  article({
    id: 'lc-128',
    title: '128. 最长连续序列',
    date: '2024-07-01T00:00:00Z',
    tags: ['leetcode', 'hash'],
    body: longestConsecutiveQuestion + '\n' + longestConsecutiveAnswer,
    leetcode: {
      number: 128,
      slug: 'longest-consecutive-sequence',
      difficulty: 'medium',
      question: longestConsecutiveQuestion,
      answer: longestConsecutiveAnswer,
      links: {
        cn: 'https://leetcode.cn/problems/longest-consecutive-sequence/',
        com: 'https://leetcode.com/problems/longest-consecutive-sequence/',
      },
    },
  }),
  article({
    id: 'long-note',
    title: '大模型训练显存笔记',
    date: '2023-04-01T00:00:00Z',
    tags: ['LLM'],
    body: `${filler}\n\n关键技巧是梯度检查点（gradient checkpointing），用重算换显存。\n\n${filler}`,
  }),
  article({
    id: 'embedding-intro',
    title: 'Embedding 入门',
    date: '2023-05-01T00:00:00Z',
    body: 'Word embedding maps tokens to vectors. A rotary scheme is different: it rotates, and the embedding itself is unchanged.',
  }),
];

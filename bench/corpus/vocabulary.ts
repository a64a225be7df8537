/**
 * Words the generator writes with. The real vocabulary comes first in each list so that
 * `Random.skewed` makes it the frequent part; synthetic words (built from common characters or
 * syllables) add the long tail of rare terms that real notes have (names, identifiers, jargon),
 * which is what makes an index large. None of the words here may contain a planted phrase
 * (planted.ts); generation checks that.
 */

export const CHINESE_TERMS = (
  '注意力机制 自注意力 多头注意力 位置编码 旋转位置编码 残差连接 层归一化 梯度下降 反向传播 损失函数 交叉熵 正则化 ' +
  '过拟合 学习率 预热 余弦退火 权重衰减 批归一化 卷积 池化 激活函数 词嵌入 分词器 词表 解码器 编码器 推理 训练 ' +
  '微调 预训练 低秩分解 低秩适配 量化 蒸馏 剪枝 混合精度 显存 带宽 吞吐量 延迟 键值缓存 投机解码 扩散模型 去噪 ' +
  '噪声调度 采样器 得分匹配 生成模型 变分自编码器 对比学习 强化学习 策略梯度 奖励模型 人类反馈 价值函数 优势函数 ' +
  '蒙特卡洛 马尔可夫链 贝叶斯 最大似然 期望最大化 矩阵乘法 奇异值分解 特征值 向量 张量 概率分布 高斯分布 采样 ' +
  '温度系数 动态规划 滑动窗口 双指针 哈希表 前缀和 单调栈 单调队列 二分查找 回溯 贪心 深度优先搜索 广度优先搜索 ' +
  '拓扑排序 并查集 字典树 线段树 树状数组 堆 优先队列 链表 二叉树 二叉搜索树 最短路径 最小生成树 位运算 快速排序 ' +
  '归并排序 时间复杂度 空间复杂度 状态转移方程 边界条件 记忆化搜索 子数组 子序列 字符串 区间 矩阵 数组 递归 迭代 ' +
  '梯度裁剪 路径压缩 检查点 流水并行 张量并行 数据并行 算子融合 内核 缓存命中 分页 稀疏 路由 专家混合 门控 ' +
  '词向量 上下文窗口 长上下文 外推 插值 困惑度 评测集 基线 消融实验 超参数 批大小 优化器 动量 自适应 收敛 ' +
  '数值稳定性 溢出 下溢 半精度 校准 码本 聚类 检索增强 向量数据库 召回率 准确率 排序模型 提示词 思维链 对齐'
).split(' ');

/** The shared-vocabulary corpus: 200 terms, each drawn evenly, so each is in most articles. */
export const SHARED_CHINESE_TERMS = CHINESE_TERMS.slice(0, 130);

/** Sentence frames for Chinese prose; {a}/{b}/{c} take terms, {w} a rarer synthetic word. */
export const CHINESE_SENTENCES = [
  '{a}的核心思想是把{b}和{c}结合起来。',
  '在实际训练中，{a}往往比{b}更稳定，但需要更多的{c}。',
  '我们先回顾一下{a}，再看{b}如何解决这个问题。',
  '注意这里的{a}并不等价于{b}，区别在于{c}。',
  '如果只看{a}，很容易忽略{b}带来的开销。',
  '论文里把这一步叫做{w}，本质上就是{a}。',
  '{a}的复杂度主要来自{b}，因此可以用{c}来优化。',
  '很多实现会把{a}和{b}合并成一个{w}，减少一次访存。',
  '这一节讨论{a}在{b}场景下的表现，并和{c}做对比。',
  '直觉上，{a}相当于给{b}加了一个约束。',
  '复现的时候，{a}设得太大会导致{b}不收敛。',
  '和{a}相比，{b}省去了{c}，代价是精度略有下降。',
  '把{a}换成{b}之后，{w}的问题就消失了。',
  '实验表明{a}对{b}非常敏感，建议先固定{c}。',
  '先用{a}求出{b}，再用{c}回推答案。',
  '这里的关键是维护{a}，保证{b}始终成立。',
  '面试时经常会追问{a}和{b}的区别。',
  '{w}这个名字来自早期的{a}文献。',
  '当数据量很大时，{a}比{b}更划算。',
  '下面的代码演示了{a}的基本写法。',
];

export const CHINESE_HEADINGS = [
  '核心思想',
  '动机',
  '推导',
  '实现细节',
  '复杂度分析',
  '实验结果',
  '常见误区',
  '小结',
  '延伸阅读',
  '与其他方法的对比',
  '直觉解释',
  '代码',
];

/** Roughly the most frequent Chinese characters: synthetic words drawn from them look like real text to a bigram index. */
const COMMON_CHARS =
  '的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知使点意已把样第想本现问力理外正新线机明长表但实全些安程接体老社条被果电气头重比期开口文数手合真位物区通做性员向路级很给求结解量水次变感至制决资名反转提历象质类感近务流各白必保准号达传立信导却断温深持办据整确值格队商领布包张争效式何响场易';

export const CHINESE_CHARS = [...new Set(COMMON_CHARS)];

export const ENGLISH_TERMS = (
  'attention transformer softmax online flash rotary embedding diffusion lora quantization distillation ' +
  'gradient descent backpropagation tokenizer vocabulary decoder encoder inference cache kernel memory ' +
  'bandwidth throughput latency batch sequence window pointer heap stack queue graph tree array hash ' +
  'dynamic programming binary search sorting greedy backtracking union find trie segment prefix sum ' +
  'normalization residual convolution sampling temperature reward policy value network layer adapter ' +
  'pruning sparsity routing expert gating checkpoint pipeline parallelism optimizer momentum warmup ' +
  'scheduler perplexity benchmark baseline ablation retrieval ranking alignment calibration codebook ' +
  'interpolation extrapolation context precision overflow matrix vector tensor eigenvalue probability'
).split(' ');

export const SHARED_ENGLISH_TERMS = ENGLISH_TERMS.slice(0, 70);

export const ENGLISH_GLUE = (
  'the of and to in is that for it as with on by this we be are from at an or which can not but ' +
  'when each so its than then one more only also into how what if our all these use used because'
).split(' ');

export const ENGLISH_SENTENCES = [
  'The key idea of {a} is to combine {b} with {c}.',
  'In practice {a} is more stable than {b}, but it needs more {c}.',
  'We first revisit {a} and then see how {b} solves the problem.',
  'Note that {a} is not the same as {b}; the difference lies in {c}.',
  'Looking only at {a} hides the cost of {b}.',
  'The paper calls this step {w}, which is really just {a}.',
  'Most of the cost of {a} comes from {b}, so {c} helps.',
  'Many implementations fuse {a} and {b} into one {w} kernel to save a memory round trip.',
  'This section compares {a} with {c} in the {b} setting.',
  'Intuitively, {a} puts a constraint on {b}.',
  'When reproducing it, a large {a} keeps {b} from converging.',
  'Replacing {a} with {b} made the {w} issue disappear.',
  'Keep {a} as an invariant while {b} moves the window.',
  'Interviewers often ask how {a} differs from {b}.',
];

export const ENGLISH_HEADINGS = [
  'Motivation',
  'Core idea',
  'Derivation',
  'Implementation',
  'Complexity',
  'Results',
  'Pitfalls',
  'Summary',
  'Further reading',
  'Comparison',
  'Intuition',
  'Code',
];

/** Open syllables only: synthetic English words can never contain a planted word's consonant clusters. */
const SYLLABLES =
  'ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi vo za ze zi zo'.split(
    ' ',
  );

export function syntheticChineseWord(pickChar: () => string, length: number): string {
  let word = '';
  for (let i = 0; i < length; i++) word += pickChar();
  return word;
}

export function syntheticEnglishWord(pickSyllable: (syllables: readonly string[]) => string, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += pickSyllable(SYLLABLES);
  return word;
}

export const FORMULAS = [
  String.raw`\mathrm{softmax}(x)_i = \frac{e^{x_i}}{\sum_j e^{x_j}}`,
  String.raw`\mathrm{Attention}(Q,K,V) = \mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d_k}}\right)V`,
  String.raw`h = W_0 x + \frac{\alpha}{r} B A x`,
  String.raw`\mathcal{L} = -\sum_{i} y_i \log \hat{y}_i`,
  String.raw`\theta_{t+1} = \theta_t - \eta \nabla_\theta \mathcal{L}(\theta_t)`,
  String.raw`x_t = \sqrt{\bar\alpha_t}\,x_0 + \sqrt{1-\bar\alpha_t}\,\varepsilon`,
  String.raw`dp[i][j] = \max(dp[i-1][j], dp[i][j-1]) + a_{ij}`,
  String.raw`T(n) = 2T(n/2) + O(n) = O(n \log n)`,
  String.raw`\hat{m}_t = \frac{m_t}{1-\beta_1^t},\quad \hat{v}_t = \frac{v_t}{1-\beta_2^t}`,
  String.raw`p(x_t \mid x_{t-1}) = \mathcal{N}(\sqrt{1-\beta_t}\,x_{t-1}, \beta_t I)`,
];

export const INLINE_MATH = [
  String.raw`O(n)`,
  String.raw`O(n \log n)`,
  String.raw`r \ll d`,
  String.raw`\sqrt{d_k}`,
  String.raw`\beta_t`,
  String.raw`\nabla \mathcal{L}`,
  String.raw`W \in \mathbb{R}^{d \times k}`,
  String.raw`O(1)`,
];

export const TAGS_NOTES = [
  'llm',
  'attention',
  'diffusion',
  'peft',
  'training',
  'inference',
  'optimization',
  'math',
  'rl',
  'systems',
  'quantization',
  'retrieval',
];
export const TAGS_LEETCODE = [
  'array',
  'hash-table',
  'two-pointers',
  'sliding-window',
  'dynamic-programming',
  'binary-search',
  'tree',
  'graph',
  'stack',
  'greedy',
  'backtracking',
  'string',
];

/** Parts of synthetic LeetCode problem names: "<subject>中的<goal>" / "<goal> of <subject>". */
export const PROBLEM_SUBJECTS: readonly (readonly [zh: string, en: string])[] = [
  ['二叉树', 'Binary Tree'],
  ['数组', 'Array'],
  ['字符串', 'String'],
  ['链表', 'Linked List'],
  ['矩阵', 'Matrix'],
  ['图', 'Graph'],
  ['区间', 'Intervals'],
  ['子数组', 'Subarray'],
  ['子序列', 'Subsequence'],
  ['网格', 'Grid'],
  ['二叉搜索树', 'BST'],
  ['括号序列', 'Parentheses'],
  ['单词列表', 'Word List'],
  ['股票价格', 'Stock Prices'],
];
export const PROBLEM_GOALS: readonly (readonly [zh: string, en: string])[] = [
  ['最大和', 'Maximum Sum'],
  ['最长长度', 'Longest Length'],
  ['最小代价', 'Minimum Cost'],
  ['所有组合', 'All Combinations'],
  ['第 K 小元素', 'Kth Smallest Element'],
  ['重复元素', 'Duplicates'],
  ['路径总数', 'Number of Paths'],
  ['合法划分', 'Valid Partition'],
  ['最近公共祖先', 'Lowest Common Ancestor'],
  ['翻转次数', 'Flip Count'],
  ['覆盖区间', 'Covering Interval'],
  ['峰值', 'Peak'],
];

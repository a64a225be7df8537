/**
 * One synthetic article as Markdown with YAML front matter, shaped like the shipped content:
 * Chinese notes with English terms, English notes, LeetCode cards with `## 题解`, LaTeX and code.
 */
import type { Random } from './random.ts';
import {
  CHINESE_CHARS,
  CHINESE_HEADINGS,
  CHINESE_SENTENCES,
  CHINESE_TERMS,
  ENGLISH_GLUE,
  ENGLISH_HEADINGS,
  ENGLISH_SENTENCES,
  ENGLISH_TERMS,
  FORMULAS,
  INLINE_MATH,
  PROBLEM_GOALS,
  PROBLEM_SUBJECTS,
  TAGS_LEETCODE,
  TAGS_NOTES,
  SHARED_CHINESE_TERMS,
  SHARED_ENGLISH_TERMS,
  syntheticChineseWord,
  syntheticEnglishWord,
} from './vocabulary.ts';

export type ArticleKind = 'note-zh' | 'note-en' | 'leetcode';

/**
 * `zipf`: a skewed technical vocabulary plus a long tail of synthetic rare words (names,
 * identifiers). `shared`: a few hundred technical terms, each picked evenly, no rare words, so
 * every term is in most articles: the corpus a new user generates to try the bot.
 */
export type VocabularyStyle = 'zipf' | 'shared';

export interface GeneratedArticle {
  id: string;
  /** Relative to the corpus folder, `/`-separated. */
  path: string;
  title: string;
  aliases: string[];
  kind: ArticleKind;
  /** The whole file. */
  text: string;
  /** Title + body, for the generator's own uniqueness checks. */
  searchableText: string;
}

export interface ArticleSpec {
  index: number;
  kind: ArticleKind;
  date: string;
  /** A sentence to put in the middle of the body (a planted phrase). */
  plantedSentence: string | null;
}

/** About 1,600 characters of body, as the brief asks; the spread keeps lengths from being uniform. */
const BODY_CHARS_MIN = 1_400;
const BODY_CHARS_MAX = 1_800;
/** Folders of at most this many files, as a large real content tree would be organised. */
const FILES_PER_FOLDER = 1_000;

/** A topic keeps an article's terms coherent: real notes repeat their few subjects. */
interface Topic {
  chinese: string[];
  english: string[];
  rareChinese: string[];
  rareEnglish: string[];
}

/** The shared style's whole vocabulary: every article draws from all of it. */
const SHARED_TOPIC: Topic = {
  chinese: SHARED_CHINESE_TERMS,
  english: SHARED_ENGLISH_TERMS,
  rareChinese: SHARED_CHINESE_TERMS,
  rareEnglish: SHARED_ENGLISH_TERMS,
};

function topic(random: Random, style: VocabularyStyle): Topic {
  if (style === 'shared') return SHARED_TOPIC;
  return {
    chinese: Array.from({ length: 5 }, () => random.skewed(CHINESE_TERMS)),
    english: Array.from({ length: 5 }, () => random.skewed(ENGLISH_TERMS)),
    rareChinese: Array.from({ length: 3 }, () => syntheticChineseWord(() => random.skewed(CHINESE_CHARS), random.int(2, 3))),
    rareEnglish: Array.from({ length: 3 }, () => syntheticEnglishWord((s) => random.pick(s), random.int(2, 4))),
  };
}

function fill(frame: string, a: () => string, w: () => string): string {
  return frame.replace(/\{[abc]\}/g, () => a()).replace(/\{w\}/g, () => w());
}

function chineseSentence(random: Random, about: Topic): string {
  const term = (): string => (random.chance(0.2) ? ` ${random.pick(about.english)} ` : random.pick(about.chinese));
  const sentence = fill(random.pick(CHINESE_SENTENCES), term, () => random.pick(about.rareChinese));
  return random.chance(0.15) ? sentence.replace('。', `，复杂度是 $${random.pick(INLINE_MATH)}$。`) : sentence;
}

function englishSentence(random: Random, about: Topic): string {
  const term = (): string => (random.chance(0.5) ? random.pick(about.english) : `${random.pick(ENGLISH_GLUE)} ${random.pick(about.english)}`);
  const sentence = fill(random.pick(ENGLISH_SENTENCES), term, () => random.pick(about.rareEnglish));
  return random.chance(0.15) ? sentence.replace(/\.$/, `, in $${random.pick(INLINE_MATH)}$.`) : sentence;
}

function codeBlock(random: Random, about: Topic): string {
  const name = random.pick(about.rareEnglish);
  const field = random.pick(about.english);
  if (random.chance(0.5)) {
    return [
      '```python',
      `def ${name}(${field}, k):`,
      `    # ${random.pick(about.chinese)}`,
      `    best = float("-inf")`,
      `    for i, x in enumerate(${field}):`,
      `        best = max(best, x * k + i)`,
      '    return best',
      '```',
    ].join('\n');
  }
  return [
    '```ts',
    `function ${name}(${field}: number[]): number {`,
    `  const seen = new Map<number, number>();`,
    `  let answer = 0;`,
    `  for (const [i, x] of ${field}.entries()) {`,
    `    answer = Math.max(answer, i - (seen.get(x) ?? i));`,
    `    seen.set(x, i);`,
    '  }',
    '  return answer;',
    '}',
    '```',
  ].join('\n');
}

function block(random: Random, about: Topic, english: boolean): string {
  const roll = random.next();
  if (roll < 0.08) return codeBlock(random, about);
  if (roll < 0.14) return ['$$', random.pick(FORMULAS), '$$'].join('\n');
  if (roll < 0.24) {
    const items = Array.from(
      { length: random.int(2, 4) },
      () => `- **${random.pick(english ? about.english : about.chinese)}**：${english ? englishSentence(random, about) : chineseSentence(random, about)}`,
    );
    return items.join('\n');
  }
  const sentences = Array.from({ length: random.int(2, 4) }, () => (english ? englishSentence(random, about) : chineseSentence(random, about)));
  return english ? sentences.join(' ') : sentences.join('');
}

/** Blocks under level-2 headings until the body reaches its length, with the planted sentence in the middle. */
function prose(random: Random, about: Topic, english: boolean, targetChars: number, planted: string | null, headings: readonly string[]): string[] {
  const blocks: string[] = [];
  let length = 0;
  let plantedDone = planted === null;
  while (length < targetChars) {
    const next = blocks.length % 3 === 0 ? `## ${random.pick(headings)}` : block(random, about, english);
    blocks.push(next);
    length += next.length + 2;
    if (!plantedDone && length >= targetChars / 2) {
      blocks.push(planted!);
      length += planted!.length + 2;
      plantedDone = true;
    }
  }
  if (!plantedDone) blocks.push(planted!);
  return blocks;
}

function yamlString(value: string): string {
  // JSON strings are valid YAML flow scalars and need no further thought about `: ` or leading digits.
  return JSON.stringify(value);
}

function frontMatter(fields: Record<string, string | string[] | null>, leetcode: string | null): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) continue;
    lines.push(`${key}: ${Array.isArray(value) ? `[${value.map(yamlString).join(', ')}]` : yamlString(value)}`);
  }
  if (leetcode) lines.push(`leetcode: ${leetcode}`);
  lines.push('---');
  return lines.join('\n');
}

function folderOf(index: number): string {
  return String(Math.floor(index / FILES_PER_FOLDER)).padStart(3, '0');
}

function noteArticle(spec: ArticleSpec, random: Random, style: VocabularyStyle): GeneratedArticle {
  const about = topic(random, style);
  const english = spec.kind === 'note-en';
  const title = english
    ? `${capitalise(random.pick(about.english))} and ${random.pick(about.english)}: notes on ${random.pick(about.rareEnglish)}`
    : `${random.pick(about.chinese)}：${random.pick(about.chinese)}与${random.pick(about.chinese)}的${random.pick(['原理', '实现', '推导', '笔记', '对比', '误区'])}`;
  const aliases = random.chance(0.4) ? [`${random.pick(about.english)} ${random.pick(about.english)}`, ...(english ? [] : [random.pick(about.chinese)])] : [];
  const summary = random.chance(0.5) ? (english ? englishSentence(random, about) : chineseSentence(random, about)) : null;
  const body = prose(
    random,
    about,
    english,
    random.int(BODY_CHARS_MIN, BODY_CHARS_MAX),
    spec.plantedSentence,
    english ? ENGLISH_HEADINGS : CHINESE_HEADINGS,
  ).join('\n\n');
  const id = `note-${spec.index}`;
  const tags = random.sample(TAGS_NOTES, random.int(1, 3));
  const text = `${frontMatter({ title, date: spec.date, tags, aliases: aliases.length > 0 ? aliases : null, summary }, null)}\n\n${body}\n`;
  return { id, path: `notes/${folderOf(spec.index)}/${id}.md`, title, aliases, kind: spec.kind, text, searchableText: `${title}\n${summary ?? ''}\n${body}` };
}

function leetcodeArticle(spec: ArticleSpec, random: Random, style: VocabularyStyle): GeneratedArticle {
  const about = topic(random, style);
  const [subjectZh, subjectEn] = random.pick(PROBLEM_SUBJECTS);
  const [goalZh, goalEn] = random.pick(PROBLEM_GOALS);
  // Distinct numbers past the real problem range, so ids and "#number" queries are unambiguous.
  const number = 5_000 + spec.index;
  const slug = `${goalEn}-of-${subjectEn}-${number}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const title = `${number}. ${subjectZh}中的${goalZh}`;
  const aliases = [`${goalEn} of ${subjectEn} ${number}`];
  const difficulty = random.pick(['easy', 'medium', 'medium', 'hard']);
  const target = random.int(BODY_CHARS_MIN, BODY_CHARS_MAX);
  const question = [
    `给定一个${subjectZh} \`${random.pick(about.english)}\`，求其中的${goalZh}。${chineseSentence(random, about)}`,
    '### 示例',
    `输入 \`nums = [${Array.from({ length: 5 }, () => random.int(-9, 9)).join(',')}], k = ${random.int(1, 5)}\`，输出 \`${random.int(0, 20)}\`。`,
    '### 提示',
    `- $1 \\le n \\le 10^5$\n- $-10^4 \\le$ \`nums[i]\` $\\le 10^4$`,
  ];
  const solutionHead = ['## 题解', `${chineseSentence(random, about)}${chineseSentence(random, about)}`, codeBlock(random, about)];
  const used = [...question, ...solutionHead].join('\n\n').length;
  const rest = prose(
    random,
    about,
    false,
    Math.max(0, target - used),
    spec.plantedSentence,
    CHINESE_HEADINGS.map((h) => `题解：${h}`),
  )
    // Level-2 headings after `## 题解` would be read as part of the answer anyway; level 3 keeps it one section.
    .map((line) => line.replace(/^## /, '### '));
  const body = [...question, ...solutionHead, ...rest].join('\n\n');
  const id = `${String(number).padStart(4, '0')}-${slug}`.slice(0, 64).replace(/-+$/, '');
  const tags = ['leetcode', ...random.sample(TAGS_LEETCODE, random.int(1, 3))];
  const leetcode = `{ id: ${number}, slug: ${slug}, difficulty: ${difficulty} }`;
  const text = `${frontMatter({ title, date: spec.date, tags, aliases }, leetcode)}\n\n${body}\n`;
  return { id, path: `leetcode/${folderOf(spec.index)}/${id}.md`, title, aliases, kind: 'leetcode', text, searchableText: `${title}\n${body}` };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function generateArticle(spec: ArticleSpec, random: Random, style: VocabularyStyle = 'zipf'): GeneratedArticle {
  return spec.kind === 'leetcode' ? leetcodeArticle(spec, random, style) : noteArticle(spec, random, style);
}

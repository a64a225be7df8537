export type Difficulty = 'easy' | 'medium' | 'hard';

export interface LeetCodeCard {
  /** Problem number on LeetCode, e.g. 128. */
  number: number;
  slug: string;
  difficulty: Difficulty;
  /** Markdown before the first `## 题解` / `## Solution` heading. */
  question: string;
  /** That heading and everything after it (Markdown). */
  answer: string;
  links: { cn: string; com: string };
}

/** One loaded, valid article. Everything is plain data so it can be cached and compared. */
export interface Article {
  id: string;
  /** Path relative to the content folder, with `/` separators. */
  path: string;
  title: string;
  /** Publication instant; the article is invisible before it. */
  date: Date;
  tags: string[];
  aliases: string[];
  /** Resolved article link (`url`, else `SITE_URL/<id>`), or null when there is none. */
  url: string | null;
  summary: string | null;
  draft: boolean;
  /** Markdown body without front matter. */
  body: string;
  leetcode: LeetCodeCard | null;
  /** Hash of the file's bytes: tells an edited article from an unchanged one. */
  hash: string;
}

/** Why a file was not loaded. */
export interface CorpusProblem {
  path: string;
  /** Front-matter field, or `line N`, or null when the whole file is at fault. */
  where: string | null;
  reason: string;
}

export interface LoadResult {
  articles: Article[];
  problems: CorpusProblem[];
}

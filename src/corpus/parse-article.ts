import crypto from 'node:crypto';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { parseIsoInZone } from '../time.ts';
import type { Article, CorpusProblem, Difficulty, LeetCodeCard } from './types.ts';

export interface ParseContext {
  timezone: string;
  siteUrl: string | null;
}

export type ParseOutcome = { ok: true; article: Article } | { ok: false; problems: CorpusProblem[] };

const MAX_ID_LENGTH = 64;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];
const KNOWN_FIELDS = new Set(['title', 'date', 'id', 'tags', 'aliases', 'url', 'summary', 'draft', 'leetcode']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * YAML's core schema keeps `2026-11-20` a string: the default schema would turn it into a UTC
 * midnight Date and lose the rule that a bare date means midnight in TIMEZONE.
 */
const matterOptions = {
  engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object },
};

/** Turns one file's bytes into an article, or every reason it cannot be one. */
export function parseArticle(relativePath: string, bytes: Buffer, context: ParseContext): ParseOutcome {
  const problems: CorpusProblem[] = [];
  const problem = (where: string | null, reason: string): void => {
    problems.push({ path: relativePath, where, reason });
  };

  let text: string;
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    problem(null, 'the file is not valid UTF-8 text');
    return { ok: false, problems };
  }

  let data: Record<string, unknown>;
  let body: string;
  try {
    // gray-matter caches by content; passing options disables that cache, which we want because the
    // same text may be parsed under another timezone.
    const parsed = matter(text, matterOptions);
    data = (parsed.data ?? {}) as Record<string, unknown>;
    body = parsed.content;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    // The YAML parser counts from the line after the opening `---`, from zero.
    problem(mark?.line !== undefined ? `line ${mark.line + 2}` : null, `invalid YAML front matter: ${reason}`);
    return { ok: false, problems };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    problem(null, 'the front matter must be a YAML mapping of fields');
    return { ok: false, problems };
  }

  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) problem(key, `unknown field "${key}" (known: ${[...KNOWN_FIELDS].join(', ')})`);
  }

  const title = requiredString(data, 'title', problem);
  let date: Date | null = null;
  const dateValue = data.date;
  if (dateValue === undefined || dateValue === null || dateValue === '')
    problem('date', 'is required (ISO 8601, e.g. 2026-11-20 or 2026-11-20T20:00:00+08:00)');
  else if (typeof dateValue !== 'string') problem('date', `must be an ISO 8601 date, not ${describe(dateValue)}`);
  else {
    date = parseIsoInZone(dateValue, context.timezone);
    if (!date) problem('date', `"${dateValue}" is not an ISO 8601 date (e.g. 2026-11-20 or 2026-11-20T20:00:00+08:00)`);
  }

  const fileId = relativePath.split('/').pop()!.replace(/\.md$/i, '');
  let id = fileId;
  if (data.id !== undefined) {
    if (typeof data.id !== 'string' || !ID_PATTERN.test(data.id)) {
      problem('id', `${JSON.stringify(data.id)} is not an id: use lowercase letters, digits and "-"`);
    } else id = data.id;
  } else if (!ID_PATTERN.test(fileId)) {
    problem('id', `the file name "${fileId}" is not a valid id: rename the file or set "id" (lowercase letters, digits and "-")`);
  }
  // Ids travel inside button custom_ids, which Discord caps at 100 characters.
  if (id.length > MAX_ID_LENGTH) problem('id', `"${id}" is longer than ${MAX_ID_LENGTH} characters: set a shorter "id"`);

  const tags = stringList(data, 'tags', problem);
  const aliases = stringList(data, 'aliases', problem);
  const summary = optionalString(data, 'summary', problem);
  let draft = false;
  if (data.draft !== undefined && data.draft !== null) {
    if (typeof data.draft !== 'boolean') problem('draft', `must be true or false, not ${describe(data.draft)}`);
    else draft = data.draft;
  }

  let url: string | null = null;
  const urlValue = optionalString(data, 'url', problem);
  if (urlValue !== null) {
    if (isHttpUrl(urlValue)) url = urlValue;
    else problem('url', `"${urlValue}" is not an http(s) URL`);
  } else if (context.siteUrl) {
    url = `${context.siteUrl}/${id}`;
  }

  const articleBody = body.replace(/^\s*\n/, '');
  let leetcode: LeetCodeCard | null = null;
  if (data.leetcode !== undefined && data.leetcode !== null) {
    leetcode = parseLeetCode(data.leetcode, articleBody, problem);
  }

  if (problems.length > 0 || title === null || date === null) return { ok: false, problems };
  return {
    ok: true,
    article: {
      id,
      path: relativePath,
      title,
      date,
      tags,
      aliases,
      url,
      summary,
      draft,
      body: articleBody,
      leetcode,
      hash: crypto.createHash('sha1').update(bytes).digest('hex'),
    },
  };
}

type Report = (where: string | null, reason: string) => void;

function parseLeetCode(value: unknown, body: string, problem: Report): LeetCodeCard | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('leetcode', `must be a mapping like { id: 128, slug: longest-consecutive-sequence, difficulty: medium }, not ${describe(value)}`);
    return null;
  }
  const fields = value as Record<string, unknown>;
  const number = typeof fields.id === 'number' ? fields.id : typeof fields.id === 'string' && /^\d+$/.test(fields.id) ? Number(fields.id) : NaN;
  const slug = fields.slug;
  const difficulty = typeof fields.difficulty === 'string' ? fields.difficulty.toLowerCase() : fields.difficulty;
  let valid = true;
  if (!Number.isInteger(number) || number <= 0) {
    problem('leetcode.id', `must be the problem number, not ${describe(fields.id)}`);
    valid = false;
  }
  if (typeof slug !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    problem('leetcode.slug', `must be the problem's URL slug (e.g. two-sum), not ${describe(slug)}`);
    valid = false;
  }
  if (!DIFFICULTIES.includes(difficulty as Difficulty)) {
    problem('leetcode.difficulty', `must be easy, medium or hard, not ${describe(fields.difficulty)}`);
    valid = false;
  }
  const split = splitQuestionAndAnswer(body);
  if (!split) {
    problem('leetcode', 'a LeetCode card needs an answer: a "## 题解" or "## Solution" heading after the question');
    valid = false;
  }
  if (!valid || !split) return null;
  const slugText = slug as string;
  return {
    number,
    slug: slugText,
    difficulty: difficulty as Difficulty,
    question: split.question,
    answer: split.answer,
    links: {
      cn: `https://leetcode.cn/problems/${slugText}/`,
      com: `https://leetcode.com/problems/${slugText}/`,
    },
  };
}

/** Finds the first level-2 `题解`/`Solution` heading outside fenced code. */
export function splitQuestionAndAnswer(body: string): { question: string; answer: string } | null {
  const lines = body.split('\n');
  let fence: string | null = null;
  for (let i = 0, start = 0; i < lines.length; start += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence === null && /^\s{0,3}##\s+(题解|solution)\s*#*\s*$/i.test(line)) {
      // Slices of the body rather than joined lines: V8 keeps a slice as a view of the body, which the
      // article holds anyway, so a card's question and answer cost no second copy of its text.
      return {
        question: body.slice(0, Math.max(0, start - 1)).trim(),
        answer: body.slice(start).trim(),
      };
    }
  }
  return null;
}

function requiredString(data: Record<string, unknown>, field: string, problem: Report): string | null {
  const value = data[field];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    problem(field, 'is required');
    return null;
  }
  if (typeof value !== 'string') {
    // YAML reads `title: 2024` as a number; a title is text, so say how to quote it.
    problem(field, `must be text, not ${describe(value)} (quote it: ${field}: "${String(value)}")`);
    return null;
  }
  return value.trim();
}

function optionalString(data: Record<string, unknown>, field: string, problem: Report): string | null {
  const value = data[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    problem(field, `must be text, not ${describe(value)}`);
    return null;
  }
  return value.trim() || null;
}

function stringList(data: Record<string, unknown>, field: string, problem: Report): string[] {
  const value = data[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problem(field, `must be a list of text, not ${describe(value)}`);
    return [];
  }
  const result: string[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'string' && item.trim()) result.push(item.trim());
    else if (typeof item === 'number') result.push(String(item));
    else problem(`${field}[${index}]`, `must be text, not ${describe(item)}`);
  });
  return [...new Set(result)];
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

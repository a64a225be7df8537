import path from 'node:path';
import { isTopicTag, type TagVocabulary } from './tag-vocabulary.ts';
import type { Article, CorpusProblem } from './types.ts';

/**
 * Conventions a loaded corpus should follow. Breaking one does not stop a file from loading (an admin's own
 * folder may have other conventions), so `npm run check` reports these as warnings, and as errors with --strict.
 */
export interface LintInput {
  articles: readonly Article[];
  /** Every .md path of the folder, loaded or not: a link to a broken file is not a link to a missing one. */
  markdownPaths: ReadonlySet<string>;
  /** Raw text of an article's file, for line numbers. */
  textOf: (relativePath: string) => string;
  /** The folder's tags.yml, or null when it has none. */
  vocabulary: TagVocabulary | null;
}

export function lintCorpus(input: LintInput): CorpusProblem[] {
  const warnings: CorpusProblem[] = [];
  const sorted = [...input.articles].sort((a, b) => a.path.localeCompare(b.path));
  const lines = new Map(sorted.map((article) => [article.path, new SourceLines(input.textOf(article.path))]));
  const at = (article: Article, line: number | null, reason: string) =>
    warnings.push({ path: article.path, where: line === null ? null : `line ${line}`, reason });

  // Names (title and aliases) open articles in /card; two articles sharing one open the wrong article.
  const nameHolders = new Map<string, { path: string; line: number | null }>();
  for (const article of sorted) {
    const source = lines.get(article.path)!;
    const names = [
      { kind: 'title', text: article.title, line: source.fieldLine('title') },
      ...article.aliases.map((alias) => ({ kind: 'alias', text: alias, line: source.listItemLine('aliases', alias) })),
    ];
    const own = new Set<string>();
    for (const name of names) {
      const key = nameKey(name.text);
      if (!key || own.has(key)) continue;
      own.add(key);
      const holder = nameHolders.get(key);
      if (holder) {
        const where = holder.line === null ? holder.path : `${holder.path} line ${holder.line}`;
        at(article, name.line, `${name.kind} "${name.text}" is also a title or alias of ${where}: /card cannot tell them apart`);
      } else nameHolders.set(key, { path: article.path, line: name.line });
    }
  }

  for (const article of sorted) {
    const source = lines.get(article.path)!;
    if (input.vocabulary) {
      for (const tag of article.tags) {
        if (!input.vocabulary.has(tag)) {
          at(article, source.listItemLine('tags', tag), `tag "${tag}" is not in tags.yml: use a tag from it or add one with its zh and en labels`);
        }
      }
    }
    if (article.leetcode) {
      if (!article.aliases.some(isEnglish)) {
        at(
          article,
          source.fieldLine('aliases') ?? source.fieldLine('title'),
          `a LeetCode card needs the problem's English title as an alias (e.g. "${titleCase(article.leetcode.slug)}")`,
        );
      }
      const topics = article.tags.filter(isTopicTag);
      if (topics.length !== 1) {
        const reason =
          topics.length === 0
            ? `a LeetCode card needs one topic tag${input.vocabulary ? ` (${input.vocabulary.topics().join(', ')})` : ' (topic-…)'}`
            : `a LeetCode card has one topic tag, not ${topics.length} (${topics.join(', ')})`;
        at(article, source.fieldLine('tags') ?? source.fieldLine('title'), reason);
      }
    }
    for (const link of source.relativeLinks()) {
      const target = resolveArticleLink(article.path, link.target);
      if (target !== null && !input.markdownPaths.has(target) && !input.markdownPaths.has(`${target}.md`)) {
        at(article, link.line, `link "${link.target}" points to ${target.endsWith('.md') ? target : `${target}.md`}, which does not exist`);
      }
    }
  }
  return warnings;
}

function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Plain ASCII with letters in it: "Two Sum", "3Sum", "LRU Cache". */
function isEnglish(alias: string): boolean {
  return /^[\x20-\x7E]+$/.test(alias) && /[A-Za-z]{2}/.test(alias);
}

function titleCase(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** The folder-relative path a relative Markdown link points to, or null when it is not a link to an article. */
function resolveArticleLink(fromPath: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('/') || target.startsWith('//')) return null;
  let bare = target.replace(/[?#].*$/, '');
  try {
    bare = decodeURI(bare);
  } catch {
    // keep it as written
  }
  if (!bare) return null;
  const extension = path.posix.extname(bare);
  if (extension && extension.toLowerCase() !== '.md') return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), bare)).replace(/\/$/, '');
}

/** Line numbers in a file's raw text: front-matter fields and list items, and links in the body. */
class SourceLines {
  private readonly lines: string[];
  private readonly frontMatterEnd: number;

  constructor(text: string) {
    this.lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    let end = 0;
    if (this.lines[0]?.trim() === '---') {
      const close = this.lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
      end = close === -1 ? 0 : close;
    }
    this.frontMatterEnd = end;
  }

  /** Line (from 1) of a top-level front-matter field. */
  fieldLine(field: string): number | null {
    const index = this.fieldIndex(field);
    return index === -1 ? null : index + 1;
  }

  /** Line of an item of a list field, in flow (`[a, b]`) or block (`- a`) style; else the field's line. */
  listItemLine(field: string, item: string): number | null {
    const start = this.fieldIndex(field);
    if (start === -1) return null;
    const quoted = new RegExp(`(^|[\\s\\[,'"-])${escapeRegExp(item)}($|[\\s\\],'"])`);
    for (let i = start; i < this.frontMatterEnd; i++) {
      const line = this.lines[i]!;
      if (i > start && /^\S/.test(line)) break;
      const value = i === start ? line.slice(line.indexOf(':') + 1) : line;
      if (quoted.test(value)) return i + 1;
    }
    return start + 1;
  }

  /** Relative-looking link targets in the body, outside code, with their lines. */
  relativeLinks(): { target: string; line: number }[] {
    const links: { target: string; line: number }[] = [];
    let fence: string | null = null;
    for (let i = this.frontMatterEnd === 0 ? 0 : this.frontMatterEnd + 1; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fenceMatch) {
        const marker = fenceMatch[1]!;
        if (fence === null) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        continue;
      }
      if (fence !== null) continue;
      const prose = line.replace(/`[^`]*`/g, '');
      for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*)?\)/g)) links.push({ target: match[1]!, line: i + 1 });
      const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(prose);
      if (definition) links.push({ target: definition[1]!, line: i + 1 });
    }
    return links;
  }

  private fieldIndex(field: string): number {
    const pattern = new RegExp(`^["']?${escapeRegExp(field)}["']?\\s*:`);
    for (let i = 1; i < this.frontMatterEnd; i++) if (pattern.test(this.lines[i]!)) return i;
    return -1;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

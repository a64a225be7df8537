import fs from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Lang } from '../i18n.ts';
import type { CorpusProblem } from './types.ts';

/**
 * A content folder's tag vocabulary, `tags.yml` at its root: one entry per tag with a Chinese and an English
 * label. Members see the labels in their language; `npm run check -- --strict` rejects tags outside it.
 *
 * ```yaml
 * topic-linked-list: { zh: 链表, en: Linked list }
 * ```
 */
export const VOCABULARY_FILE = 'tags.yml';

/** Tags that name one of the Hot 100 study list's topics start with this; `/quiz topic:` offers them. */
export const TOPIC_PREFIX = 'topic-';

export interface TagLabels {
  zh: string;
  en: string;
}

export class TagVocabulary {
  constructor(
    readonly labels: ReadonlyMap<string, TagLabels>,
    /** Line of each entry in tags.yml, for messages. */
    readonly lines: ReadonlyMap<string, number> = new Map(),
  ) {}

  static readonly empty = new TagVocabulary(new Map());

  has(tag: string): boolean {
    return this.labels.has(tag);
  }

  /** The tag's label in the member's language; the tag itself when the vocabulary does not know it. */
  label(tag: string, lang: Lang): string {
    return this.labels.get(tag)?.[lang] ?? tag;
  }

  /** Topic tags of the vocabulary, in its order. */
  topics(): string[] {
    return [...this.labels.keys()].filter(isTopicTag);
  }
}

export function isTopicTag(tag: string): boolean {
  return tag.startsWith(TOPIC_PREFIX) && tag.length > TOPIC_PREFIX.length;
}

export interface VocabularyLoad {
  /** Null when the folder has no tags.yml: then any tag is allowed and tags show as written. */
  vocabulary: TagVocabulary | null;
  problems: CorpusProblem[];
}

/** Reads `<dir>/tags.yml`. A missing file is no problem; a broken one is, and its good entries still load. */
export async function loadTagVocabulary(dir: string): Promise<VocabularyLoad> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, VOCABULARY_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { vocabulary: null, problems: [] };
    return { vocabulary: null, problems: [{ path: VOCABULARY_FILE, where: null, reason: `cannot read the file: ${(error as Error).message}` }] };
  }
  return parseTagVocabulary(text);
}

export function parseTagVocabulary(text: string): VocabularyLoad {
  const problems: CorpusProblem[] = [];
  const problem = (line: number | null, reason: string) => problems.push({ path: VOCABULARY_FILE, where: line === null ? null : `line ${line}`, reason });
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    problem(mark?.line !== undefined ? mark.line + 1 : null, `invalid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}`);
    return { vocabulary: new TagVocabulary(new Map()), problems };
  }
  if (data === undefined || data === null) return { vocabulary: new TagVocabulary(new Map()), problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problem(null, 'must be a mapping from each tag to { zh: …, en: … }');
    return { vocabulary: new TagVocabulary(new Map()), problems };
  }
  const entryLines = topLevelKeyLines(text);
  const labels = new Map<string, TagLabels>();
  const lines = new Map<string, number>();
  for (const [tag, value] of Object.entries(data as Record<string, unknown>)) {
    const line = entryLines.get(tag) ?? null;
    const entry = value as Partial<Record<string, unknown>> | null;
    const zh = typeof entry?.zh === 'string' ? entry.zh.trim() : '';
    const en = typeof entry?.en === 'string' ? entry.en.trim() : '';
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || !zh || !en) {
      problem(line, `"${tag}" needs a Chinese and an English label: ${tag}: { zh: …, en: … }`);
      continue;
    }
    labels.set(tag, { zh, en });
    if (line !== null) lines.set(tag, line);
  }
  return { vocabulary: new TagVocabulary(labels, lines), problems };
}

/** Line (from 1) of each top-level key; the YAML parser does not keep positions. */
function topLevelKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^(?:"([^"]+)"|'([^']+)'|([^\s#'"][^:]*?))\s*:(?:\s|$)/.exec(line);
    const key = match?.[1] ?? match?.[2] ?? match?.[3];
    if (key !== undefined && !lines.has(key)) lines.set(key, index + 1);
  });
  return lines;
}

/**
 * The articles of the index cache (index-cache.ts), a chunk per section: how they are laid out in
 * bytes and read back, and the error a cache that cannot be trusted is rejected with.
 */
import v8 from 'node:v8';
import type { FileStamp } from './load.ts';
import type { Article } from './types.ts';

/** One article of the cache and the file it was parsed from (null: kept as the last good version of a broken file). */
export interface CachedArticle {
  stamp: FileStamp | null;
  article: Article;
}

/** Why a cache file is not used: it is rebuilt, never half trusted. */
export class CacheRejected extends Error {}

/** Numbers per article in a chunk's spans: wide (0/1), body start, body length, question at, its length, answer at, its length. */
const SPAN = 7;

interface ChunkMeta {
  entries: CachedArticle[];
  spans: Int32Array;
  /** Characters (= bytes) of the ASCII bodies. */
  narrowLength: number;
}

/**
 * A chunk of articles: their bodies as two strings (the ASCII bodies in Latin-1, the others
 * in UTF-16), everything else v8-serialised, with where each body lies. Read back, a body is a
 * slice of its chunk's string, which V8 keeps as a view: decoding a chunk copies two large
 * strings instead of hundreds of small ones through the young generation (most of a warm start
 * was the garbage collector moving bodies). A LeetCode card's question and answer, slices of the
 * body when parsed, become slices of the body again rather than copies.
 */
export function encodeChunk(entries: readonly CachedArticle[]): Buffer {
  const narrow: string[] = [];
  const wide: string[] = [];
  let narrowLength = 0;
  let wideLength = 0;
  const spans = new Int32Array(entries.length * SPAN);
  const stripped = entries.map(({ stamp, article }, i): CachedArticle => {
    const body = article.body;
    // ASCII only (Latin-1 beyond ASCII is rare): such a body is kept by V8 in one byte per character.
    const isNarrow = Buffer.byteLength(body, 'utf8') === body.length;
    const start = isNarrow ? narrowLength : wideLength;
    if (isNarrow) {
      narrow.push(body);
      narrowLength += body.length;
    } else {
      wide.push(body);
      wideLength += body.length;
    }
    const card = article.leetcode;
    const questionAt = card ? body.indexOf(card.question) : -1;
    const answerAt = card ? body.indexOf(card.answer) : -1;
    const sliced = card !== null && questionAt >= 0 && answerAt >= 0;
    spans.set(
      [isNarrow ? 0 : 1, start, body.length, sliced ? questionAt : -1, card?.question.length ?? 0, sliced ? answerAt : -1, card?.answer.length ?? 0],
      i * SPAN,
    );
    return { stamp, article: { ...article, body: '', leetcode: card && sliced ? { ...card, question: '', answer: '' } : card } };
  });
  const meta = v8.serialize({ entries: stripped, spans, narrowLength } satisfies ChunkMeta);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(meta.length, 0);
  return Buffer.concat([length, meta, Buffer.from(narrow.join(''), 'latin1'), Buffer.from(wide.join(''), 'utf16le')]);
}

export function decodeChunk(bytes: Uint8Array, chunk: number, into: CachedArticle[]): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const rejected = (why: string) => new CacheRejected(`articles chunk ${chunk} ${why}`);
  if (buffer.length < 4) throw rejected('is cut short');
  const metaEnd = 4 + buffer.readUInt32LE(0);
  if (metaEnd > buffer.length) throw rejected('is cut short');
  let meta: ChunkMeta;
  try {
    meta = v8.deserialize(buffer.subarray(4, metaEnd)) as ChunkMeta;
  } catch {
    throw rejected('cannot be read');
  }
  const { entries, spans, narrowLength } = meta;
  if (!Array.isArray(entries) || !(spans instanceof Int32Array) || spans.length !== entries.length * SPAN || !(narrowLength <= buffer.length - metaEnd)) {
    throw rejected('is not a list of articles');
  }
  // Copies: `bytes` is a buffer the next chunk is read into.
  const strings = [buffer.toString('latin1', metaEnd, metaEnd + narrowLength), buffer.toString('utf16le', metaEnd + narrowLength)];
  for (let i = 0; i < entries.length; i++) {
    const at = i * SPAN;
    const text = strings[spans[at]!];
    const start = spans[at + 1]!;
    const length = spans[at + 2]!;
    if (text === undefined || start < 0 || length < 0 || start + length > text.length) throw rejected('has a body outside its text');
    const { article } = entries[i]!;
    article.body = text.slice(start, start + length);
    const card = article.leetcode;
    const questionAt = spans[at + 3]!;
    const answerAt = spans[at + 5]!;
    if (card && questionAt >= 0) {
      const questionEnd = questionAt + spans[at + 4]!;
      const answerEnd = answerAt + spans[at + 6]!;
      if (answerAt < 0 || questionEnd > length || answerEnd > length) throw rejected('has a card outside its body');
      card.question = article.body.slice(questionAt, questionEnd);
      card.answer = article.body.slice(answerAt, answerEnd);
    }
    into.push(entries[i]!);
  }
}

/**
 * The warm-start cache: the parsed articles (each with the size and mtime of the file it came
 * from) and the search index's large segment, in one file beside the store.
 *
 * Layout: a magic line; the sections, each aligned to 8 bytes so the index arrays can be read
 * without decoding; a JSON header listing them (offset, length, CRC-32); and a fixed-size trailer
 * giving the header's offset, length and CRC-32. The header comes last because its contents are
 * known only once every section is written, and sections are written as they are made. Articles
 * are stored 250 to a section (index-cache-articles.ts) so that neither writing nor reading holds the
 * event loop for long. Anything unexpected (another engine version, another parse context, a
 * bad checksum, a truncated file) rejects the whole file: it is rebuilt, never half trusted.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { ENGINE_VERSION, type IndexSnapshot } from '../search/index.ts';
import type { SegmentData } from '../search/engine/segment.ts';
import { CacheRejected, decodeChunk, encodeChunk, type CachedArticle } from './index-cache-articles.ts';

export { CacheRejected, type CachedArticle };

/** Changes when the layout of this file changes (the engine has its own version). */
const CACHE_FORMAT = 3;
const MAGIC = Buffer.from('studycards-index\n', 'latin1');
/** Small enough that deserialising one chunk (and the scavenges it causes) stays a short pause. */
const ARTICLES_PER_CHUNK = 250;
/** The last bytes of the file: the header's offset (float64, exact to 2^53), its length and its CRC-32 (uint32 each). */
const TRAILER_LENGTH = 16;
/** Bytes checksummed between two returns to the event loop. */
const CRC_SLICE = 4 << 20;

export interface CacheContents {
  entries: CachedArticle[];
  snapshot: IndexSnapshot;
}

const ARRAY_FIELDS = ['bigramOf', 'termStart', 'docs', 'impacts', 'maxImpact', 'fieldDf', 'fieldLengthSums', 'latinOrder', 'deletions'] as const;
type ArrayField = (typeof ARRAY_FIELDS)[number];
const ARRAY_TYPES = {
  bigramOf: Int32Array,
  termStart: Int32Array,
  docs: Int32Array,
  impacts: Uint16Array,
  maxImpact: Float32Array,
  fieldDf: Int32Array,
  fieldLengthSums: Float64Array,
  latinOrder: Int32Array,
  deletions: Float64Array,
} as const;

interface SectionInfo {
  name: string;
  offset: number;
  length: number;
  crc: number;
}

interface Header {
  format: number;
  engine: string;
  /** Hash of the content folder and the parse context: articles parsed under another are not these. */
  key: string;
  littleEndian: boolean;
  docCount: number;
  ids: string[];
  articleChunks: number;
  sections: SectionInfo[];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The cache file for a content folder (several bots may share one data folder). */
export function cachePath(cacheDir: string, contentDir: string): string {
  const digest = crypto.createHash('sha1').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
  return path.join(cacheDir, `index-cache-${digest}.bin`);
}

export function cacheKey(contentDir: string, context: object): string {
  return crypto
    .createHash('sha1')
    .update(JSON.stringify([path.resolve(contentDir), context]))
    .digest('hex');
}

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function crcOf(bytes: Uint8Array): Promise<number> {
  let crc = 0;
  for (let at = 0; at < bytes.length; at += CRC_SLICE) {
    crc = zlib.crc32(bytes.subarray(at, Math.min(bytes.length, at + CRC_SLICE)), crc);
    if (at + CRC_SLICE < bytes.length) await pause();
  }
  return crc;
}

function bytesOf(array: ArrayBufferView): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/**
 * Writes the cache atomically (temporary file, then rename), one section at a time: each is made,
 * checksummed, written and dropped before the next, so the extra memory is about one articles chunk
 * rather than the whole file (freed buffers would otherwise stay in the process's resident size).
 */
export async function writeCache(file: string, key: string, contents: CacheContents): Promise<void> {
  const segment = contents.snapshot.segment;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(temporary, 'w');
  try {
    let position = 0;
    const write = async (bytes: Uint8Array): Promise<void> => {
      for (let done = 0; done < bytes.length;) done += (await handle.write(bytes, done, bytes.length - done, position + done)).bytesWritten;
      position += bytes.length;
    };
    const infos: SectionInfo[] = [];
    const section = async (name: string, bytes: Uint8Array): Promise<void> => {
      const gap = align(position) - position;
      if (gap > 0) await write(Buffer.alloc(gap));
      infos.push({ name, offset: position, length: bytes.length, crc: await crcOf(bytes) });
      await write(bytes);
    };
    await write(MAGIC);
    for (const field of ARRAY_FIELDS) await section(field, bytesOf(segment[field]));
    await section('strings', Buffer.from(segment.strings, 'utf8'));
    let chunks = 0;
    for (let at = 0; at < contents.entries.length; at += ARTICLES_PER_CHUNK) {
      await section(`articles-${chunks++}`, encodeChunk(contents.entries.slice(at, at + ARTICLES_PER_CHUNK)));
    }
    const header: Header = {
      format: CACHE_FORMAT,
      engine: ENGINE_VERSION,
      key,
      littleEndian: LITTLE_ENDIAN,
      docCount: segment.docCount,
      ids: contents.snapshot.ids,
      articleChunks: chunks,
      sections: infos,
    };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const trailer = Buffer.alloc(TRAILER_LENGTH);
    trailer.writeDoubleLE(position, 0);
    trailer.writeUInt32LE(headerBytes.length, 8);
    trailer.writeUInt32LE(zlib.crc32(headerBytes), 12);
    await write(headerBytes);
    await write(trailer);
  } catch (error) {
    await handle.close();
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await fs.rename(temporary, file);
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

/** Bytes read (and checksummed) per read call: big enough for few thread-pool round trips. */
const READ_SLICE = 16 << 20;

/**
 * Reads and checks the cache. Resolves null when there is no file; rejects with CacheRejected
 * (saying why) when there is one that cannot be trusted.
 *
 * Each section is read on its own into memory of its own (8-aligned, so the index arrays are
 * used as read, without a copy), checksummed as it arrives; the next articles chunk is read while
 * one is decoded. The whole file is never in memory at once.
 */
export async function readCache(file: string, key: string): Promise<CacheContents | null> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CacheRejected(`cannot read it: ${(error as Error).message}`);
  }
  let prefetch: Promise<unknown> | null = null;
  try {
    return await readOpenCache(handle, key, (pending) => (prefetch = pending));
  } finally {
    // A read still running when a check failed must end before its file is closed.
    await (prefetch as Promise<unknown> | null)?.catch(() => undefined);
    await handle.close();
  }
}

async function readOpenCache(handle: fs.FileHandle, key: string, reading: (pending: Promise<unknown>) => void): Promise<CacheContents> {
  const size = (await handle.stat()).size;
  const readAt = async (target: Uint8Array, position: number, onSlice?: (slice: Uint8Array) => Promise<void>): Promise<void> => {
    for (let done = 0; done < target.length;) {
      const length = Math.min(READ_SLICE, target.length - done);
      const { bytesRead } = await handle.read(target, done, length, position + done);
      if (bytesRead < length) throw new CacheRejected('it ends early (truncated?)');
      await onSlice?.(target.subarray(done, done + length));
      done += length;
    }
  };
  const magic = new Uint8Array(MAGIC.length);
  if (size < MAGIC.length + TRAILER_LENGTH) throw new CacheRejected('not an index cache file');
  await readAt(magic, 0);
  if (!MAGIC.equals(magic)) throw new CacheRejected('not an index cache file');
  const trailer = Buffer.alloc(TRAILER_LENGTH);
  const trailerStart = size - TRAILER_LENGTH;
  await readAt(trailer, trailerStart);
  const headerStart = trailer.readDoubleLE(0);
  const headerLength = trailer.readUInt32LE(8);
  // The header sits right before the trailer: any other place means the file was cut or spliced.
  if (!(Number.isInteger(headerStart) && headerStart >= MAGIC.length && headerStart + headerLength === trailerStart)) {
    throw new CacheRejected('its trailer does not point at a header (truncated?)');
  }
  const headerBytes = Buffer.alloc(headerLength);
  await readAt(headerBytes, headerStart);
  if (zlib.crc32(headerBytes) !== trailer.readUInt32LE(12)) throw new CacheRejected('its header fails its checksum');
  let header: Header;
  try {
    header = JSON.parse(headerBytes.toString('utf8')) as Header;
  } catch {
    throw new CacheRejected('unreadable header');
  }
  if (header.format !== CACHE_FORMAT || header.engine !== ENGINE_VERSION) {
    throw new CacheRejected(`written by another version (format ${header.format}, engine ${header.engine}; this is ${CACHE_FORMAT}, ${ENGINE_VERSION})`);
  }
  if (header.key !== key) throw new CacheRejected('written for another content folder or parse settings');
  if (header.littleEndian !== LITTLE_ENDIAN) throw new CacheRejected('written on a machine of another byte order');
  if (!Array.isArray(header.sections) || !Array.isArray(header.ids)) throw new CacheRejected('unreadable header');
  const infos = new Map<string, SectionInfo>();
  for (const info of header.sections) {
    if (!(info.offset >= MAGIC.length && info.offset % 8 === 0 && info.length >= 0 && info.offset + info.length <= headerStart)) {
      throw new CacheRejected(`section ${info.name} lies outside the file (truncated?)`);
    }
    infos.set(info.name, info);
  }
  /** A section's bytes: in memory of its own (aligned for any typed array), or in `scratch` when that is large enough. */
  const section = async (name: string, scratch?: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> => {
    const info = infos.get(name);
    if (!info) throw new CacheRejected(`section ${name} is missing`);
    const bytes = scratch && scratch.length >= info.length ? scratch.subarray(0, info.length) : new Uint8Array(info.length);
    let crc = 0;
    await readAt(bytes, info.offset, async (slice) => {
      for (let at = 0; at < slice.length; at += CRC_SLICE) {
        crc = zlib.crc32(slice.subarray(at, Math.min(slice.length, at + CRC_SLICE)), crc);
        await pause();
      }
    });
    if (crc !== info.crc) throw new CacheRejected(`section ${name} fails its checksum`);
    return bytes;
  };
  const arrays = {} as Record<ArrayField, ArrayBufferView>;
  for (const field of ARRAY_FIELDS) {
    const bytes = await section(field);
    const Type = ARRAY_TYPES[field];
    if (bytes.length % Type.BYTES_PER_ELEMENT !== 0) throw new CacheRejected(`section ${field} has a partial element`);
    arrays[field] = new Type(bytes.buffer, 0, bytes.length / Type.BYTES_PER_ELEMENT);
  }
  const strings = Buffer.from((await section('strings')).buffer).toString('utf8');
  const segment = { ...arrays, docCount: header.docCount, strings } as SegmentData;
  checkSegment(segment, header.ids.length);
  const entries: CachedArticle[] = [];
  // Two buffers, one read into while the other is decoded, reused for every chunk: a fresh buffer
  // per chunk made V8 count hundreds of MB of external memory and collect garbage far more often.
  let longest = 0;
  for (const [name, info] of infos) if (name.startsWith('articles-')) longest = Math.max(longest, info.length);
  const scratch = [new Uint8Array(longest), new Uint8Array(longest)];
  let next: Promise<Uint8Array<ArrayBuffer>> | null = header.articleChunks > 0 ? section('articles-0', scratch[0]) : null;
  for (let chunk = 0; next; chunk++) {
    const bytes = await next;
    next = chunk + 1 < header.articleChunks ? section(`articles-${chunk + 1}`, scratch[(chunk + 1) % 2]) : null;
    if (next) reading(next);
    decodeChunk(bytes, chunk, entries);
    await pause();
  }
  return { entries, snapshot: { version: header.engine, ids: header.ids, segment } };
}

/** Bounds the index arrays promise each other: a cache that breaks them would make searches read garbage. */
function checkSegment(segment: SegmentData, idCount: number): void {
  const terms = segment.bigramOf.length;
  const postings = segment.docs.length;
  const ok =
    segment.docCount === idCount &&
    segment.termStart.length === terms + 1 &&
    segment.termStart[0] === 0 &&
    segment.termStart[terms] === postings &&
    segment.impacts.length === postings &&
    segment.maxImpact.length === terms &&
    segment.fieldDf.length === terms * 4 &&
    segment.fieldLengthSums.length === 4 &&
    segment.latinOrder.every((id) => id >= 0 && id < terms);
  if (!ok) throw new CacheRejected('index arrays do not fit together');
}

/**
 * The cache file itself: what writeCache writes readCache gives back, and a file whose trailer,
 * header or sections do not hold together is rejected with a reason rather than half trusted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CacheRejected, readCache, writeCache, type CacheContents } from '../../src/corpus/index-cache.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { SearchIndex } from '../../src/search/index.ts';

const KEY = 'the-key';
const TRAILER = 16;
let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-index-cache-'));
  file = path.join(dir, 'cache', 'index.bin');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function contents(): Promise<CacheContents> {
  const content = path.join(dir, 'content');
  fs.mkdirSync(content);
  fs.writeFileSync(path.join(content, 'a.md'), '---\ntitle: Alpha\ndate: 2024-01-01\n---\nsliding window 滑动窗口\n');
  fs.writeFileSync(path.join(content, 'b.md'), '---\ntitle: Beta\ndate: 2024-01-02\n---\nbinary search 二分查找\n');
  // An ASCII body (stored apart from the others) that is also a LeetCode card.
  fs.writeFileSync(
    path.join(content, 'c.md'),
    '---\ntitle: "1. Two Sum"\ndate: 2024-01-03\nleetcode: { id: 1, slug: two-sum, difficulty: easy }\n---\nFind two numbers.\n\n## Solution\n\nUse a map.\n',
  );
  const { articles } = await loadCorpus(content, { timezone: 'UTC', siteUrl: null });
  const taken = SearchIndex.build(articles).snapshot()!;
  return { entries: articles.map((article) => ({ stamp: null, article })), snapshot: taken.snapshot };
}

/** The header as written, and a way to write the file back with another header (valid trailer and CRC). */
function openHeader(): { header: { sections: { name: string; offset: number; length: number; crc: number }[] }; rewrite: (header: object) => void } {
  const bytes = fs.readFileSync(file);
  const start = bytes.readDoubleLE(bytes.length - TRAILER);
  const header = JSON.parse(bytes.toString('utf8', start, bytes.length - TRAILER));
  const rewrite = (changed: object) => {
    const json = Buffer.from(JSON.stringify(changed), 'utf8');
    const trailer = Buffer.alloc(TRAILER);
    trailer.writeDoubleLE(start, 0);
    trailer.writeUInt32LE(json.length, 8);
    trailer.writeUInt32LE(zlib.crc32(json), 12);
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, start), json, trailer]));
  };
  return { header, rewrite };
}

async function rejection(): Promise<string> {
  const error = await readCache(file, KEY).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CacheRejected);
  return (error as Error).message;
}

describe('index cache file', () => {
  it('reads back what was written, with every section 8-byte aligned and no temporary file left', async () => {
    const written = await contents();
    await writeCache(file, KEY, written);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['index.bin']);
    const read = await readCache(file, KEY);
    expect(read).toEqual(written);
    const { header } = openHeader();
    expect(header.sections.map((section) => section.name)).toContain('articles-0');
    for (const section of header.sections) expect(section.offset % 8).toBe(0);
  });

  it("gives back ASCII and CJK bodies, and a LeetCode card's question and answer", async () => {
    const written = await contents();
    await writeCache(file, KEY, written);
    const read = (await readCache(file, KEY))!;
    const bodies = read.entries.map((entry) => entry.article.body);
    expect(bodies).toEqual(written.entries.map((entry) => entry.article.body));
    expect(bodies.some((body) => /二分/.test(body)) && bodies.some((body) => /^[\x20-\x7e\n]*$/.test(body))).toBe(true);
    const card = read.entries.find((entry) => entry.article.leetcode)!.article.leetcode!;
    expect([card.question, card.answer]).toEqual(['Find two numbers.', '## Solution\n\nUse a map.']);
  });

  it('rejects an articles chunk whose bodies lie outside its text, even with a matching checksum', async () => {
    await writeCache(file, KEY, await contents());
    const { header, rewrite } = openHeader();
    const chunk = header.sections.find((section) => section.name === 'articles-0')!;
    // The last two bytes are the end of the UTF-16 text: without them the CJK body overruns it.
    chunk.length -= 2;
    chunk.crc = zlib.crc32(fs.readFileSync(file).subarray(chunk.offset, chunk.offset + chunk.length));
    rewrite(header);
    expect(await rejection()).toMatch(/articles chunk 0 has a body outside its text/);
  });

  it('resolves null when there is no file', async () => {
    expect(await readCache(file, KEY)).toBeNull();
  });

  it('rejects a trailer that points outside the file', async () => {
    await writeCache(file, KEY, await contents());
    const bytes = fs.readFileSync(file);
    bytes.writeDoubleLE(bytes.length * 2, bytes.length - TRAILER);
    fs.writeFileSync(file, bytes);
    expect(await rejection()).toMatch(/trailer/);
  });

  it('rejects a file cut short', async () => {
    await writeCache(file, KEY, await contents());
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 5));
    expect(await rejection()).toMatch(/trailer|checksum/);
  });

  it('rejects a header whose bytes changed', async () => {
    await writeCache(file, KEY, await contents());
    const bytes = fs.readFileSync(file);
    const at = bytes.length - TRAILER - 3;
    bytes[at] = bytes[at]! ^ 0x01;
    fs.writeFileSync(file, bytes);
    expect(await rejection()).toMatch(/header fails its checksum/);
  });

  it('rejects a header that places a section over the header itself', async () => {
    await writeCache(file, KEY, await contents());
    const { header, rewrite } = openHeader();
    const last = header.sections.at(-1)!;
    last.length += 8;
    rewrite(header);
    expect(await rejection()).toMatch(/lies outside/);
  });

  it('rejects a cache of another key', async () => {
    await writeCache(file, KEY, await contents());
    await expect(readCache(file, 'another-key')).rejects.toThrow(/another content folder/);
  });
});

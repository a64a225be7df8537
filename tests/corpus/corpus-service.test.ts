/**
 * Reloads: only new and changed files are read, the index follows adds, edits, deletions and
 * renames, a file that turns bad keeps its last good version; and the warm-start cache, which is
 * used when it can be trusted and otherwise ignored (logged once) and rebuilt.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorpusService } from '../../src/corpus/corpus-service.ts';
import { cachePath } from '../../src/corpus/index-cache.ts';
import type { Library } from '../../src/corpus/library.ts';
import { AnalysisHelper, HELPER_FROM } from '../../src/search/analysis-thread.ts';
import { SegmentBuilder } from '../../src/search/engine/segment-builder.ts';
import { SearchIndex } from '../../src/search/index.ts';

const context = { timezone: 'UTC', siteUrl: null };
const note = (title: string, body: string, extra = '') => `---\ntitle: ${title}\ndate: 2024-01-01\n${extra}---\n${body}\n`;
const made: string[] = [];

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-reload-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) write(dir, name, text);
  return dir;
}

let tick = Date.UTC(2025, 0, 1) / 1000;
/** Writes a file with an mtime never seen before, so a same-size edit still counts as a change. */
function write(dir: string, name: string, text: string): void {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  tick += 10;
  fs.utimesSync(file, tick, tick);
}

function logged(): { logger: pino.Logger; lines: () => { msg: string; reason?: string }[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

function service(dir: string, options: { cacheDir?: string; logger?: pino.Logger; publishBeforeIndexFrom?: number } = {}): CorpusService {
  return new CorpusService(dir, context, options.logger ?? pino({ level: 'silent' }), () => new Date('2026-01-01T00:00:00Z'), {
    cacheDir: options.cacheDir ?? null,
    publishBeforeIndexFrom: options.publishBeforeIndexFrom,
  });
}

const found = (library: Library, query: string): string[] =>
  library.search
    .search(query, { limit: 50 })
    .hits.map((hit) => hit.id)
    .sort();

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('CorpusService.reload: incremental', () => {
  const initial = {
    'a.md': note('Alpha', 'sliding window 滑动窗口'),
    'b.md': note('Beta', 'binary search 二分查找'),
    'c.md': note('Gamma', 'sliding puzzle'),
  };

  it('reads nothing when nothing changed, and keeps the same library', async () => {
    const dir = folder(initial);
    const corpus = service(dir);
    const first = await corpus.reload();
    expect(first.filesRead).toBe(3);
    const again = await corpus.reload();
    expect(again).toMatchObject({ ok: true, changed: false, filesRead: 0 });
    expect(again.library).toBe(first.library);
  });

  it('finds an added file, forgets a deleted one, and takes an edit, reading only those files', async () => {
    const dir = folder(initial);
    const corpus = service(dir);
    await corpus.reload();
    write(dir, 'd.md', note('Delta', 'sliding window again'));
    fs.rmSync(path.join(dir, 'c.md'));
    write(dir, 'b.md', note('Beta', 'hash map 哈希表'));
    const outcome = await corpus.reload();
    expect(outcome).toMatchObject({ ok: true, changed: true, filesRead: 2 });
    const library = outcome.library;
    expect(library.articles.map((a) => a.id).sort()).toEqual(['a', 'b', 'd']);
    expect(found(library, 'sliding')).toEqual(['a', 'd']);
    expect(found(library, 'puzzle')).toEqual([]);
    expect(found(library, '二分查找')).toEqual([]);
    expect(found(library, '哈希表')).toEqual(['b']);
    expect(library.search.complete('Gam')).toEqual([]);
    expect(library.search.complete('Del')).toEqual([{ id: 'd', title: 'Delta' }]);
  });

  it('follows a rename: the article moves to its new id and path', async () => {
    const dir = folder(initial);
    const corpus = service(dir);
    await corpus.reload();
    fs.renameSync(path.join(dir, 'c.md'), path.join(dir, 'notes-c.md'));
    const { library, filesRead } = await corpus.reload();
    expect(filesRead).toBe(1);
    expect(library.byId.has('c')).toBe(false);
    expect(library.byId.get('notes-c')?.path).toBe('notes-c.md');
    expect(found(library, 'puzzle')).toEqual(['notes-c']);
  });

  it('keeps the last good version of a file that turns bad, and takes the fix', async () => {
    const dir = folder(initial);
    const corpus = service(dir);
    await corpus.reload();
    write(dir, 'b.md', '---\ntitle: [broken\n---\nbinary heap\n');
    const broken = await corpus.reload();
    expect(broken.newProblems.map((p) => p.path)).toEqual(['b.md']);
    expect(broken.library.byId.get('b')?.title).toBe('Beta');
    expect(found(broken.library, '二分查找')).toEqual(['b']);
    expect(found(broken.library, 'heap')).toEqual([]);
    // Unchanged and still bad: not read again, still served.
    const still = await corpus.reload();
    expect(still.filesRead).toBe(0);
    expect(found(still.library, '二分查找')).toEqual(['b']);
    write(dir, 'b.md', note('Beta', 'binary heap'));
    const fixed = await corpus.reload();
    expect(fixed.library.problems).toEqual([]);
    expect(found(fixed.library, 'heap')).toEqual(['b']);
    expect(found(fixed.library, '二分查找')).toEqual([]);
  });

  it('gives the same answers after many small changes as a fresh load of the same folder', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`n${i}.md`] = note(`Note ${i}`, `topic${i % 7} common words ${i % 3 === 0 ? 'rare' : ''}`);
    const dir = folder(files);
    const corpus = service(dir);
    await corpus.reload();
    for (let round = 0; round < 5; round++) {
      write(dir, `n${round * 3}.md`, note(`Note ${round * 3}`, `topic${round} edited round${round}`));
      fs.rmSync(path.join(dir, `n${round * 3 + 1}.md`));
      write(dir, `new${round}.md`, note(`New ${round}`, `topic${round} common round${round}`));
      await corpus.reload();
    }
    const fresh = service(dir);
    await fresh.reload();
    for (const query of ['topic1', 'common', 'rare', 'round3', 'edited', 'topic4 common', 'note']) {
      expect(found(corpus.library, query)).toEqual(found(fresh.library, query));
      expect(corpus.library.search.search(query).total).toBe(fresh.library.search.search(query).total);
    }
  });
});

describe('CorpusService: a large first load', () => {
  it('serves the articles while their index is built, and search says it is indexing', async () => {
    const dir = folder({ 'a.md': note('Alpha', 'sliding window'), 'b.md': note('Beta', 'binary search') });
    const corpus = service(dir, { publishBeforeIndexFrom: 2 });
    const loading = corpus.reload();
    await corpus.articlesReady();
    const early = corpus.library;
    expect(early.byId.get('a')?.title).toBe('Alpha');
    const page = early.search.search('sliding');
    expect(page.total).toBe(0);
    expect(page.indexing?.etaSeconds).toBeGreaterThanOrEqual(1);
    const { library } = await loading;
    expect(library.search.search('sliding').indexing).toBeUndefined();
    expect(found(library, 'sliding')).toEqual(['a']);
  });

  it('loads a corpus under the threshold whole before saying it is ready', async () => {
    const dir = folder({ 'a.md': note('Alpha', 'sliding window') });
    const corpus = service(dir);
    const loading = corpus.reload();
    await corpus.articlesReady();
    expect(found(corpus.library, 'sliding')).toEqual(['a']);
    await loading;
  });
});

describe('CorpusService: a first load of a large folder', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('hands each article to the index helper as it is parsed, and indexes exactly the articles it keeps', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < HELPER_FROM + 50; i++) files[`n/${String(i).padStart(5, '0')}.md`] = note(`Note ${i}`, `窗口 ${i} sliding${i % 13} 注意力`);
    files['n/00007.md'] = note('Draft', 'draft only', 'draft: true\n');
    files['n/00011.md'] = note('Twin', 'duplicate id', 'id: "00010"\n');
    files['n/00012.md'] = 'no front matter at all';
    const dir = folder(files);
    const add = vi.spyOn(AnalysisHelper.prototype, 'add');
    const absorb = vi.spyOn(SegmentBuilder.prototype, 'absorb');
    const corpus = service(dir);
    const { library } = await corpus.reload();
    // Every file that parsed: all but the broken one (the draft and the duplicate parse, then are left out).
    expect(add).toHaveBeenCalledTimes(HELPER_FROM + 50 - 1);
    const indexed = library.articles.filter((a) => !a.draft);
    expect(indexed.some((a) => a.title === 'Twin' || a.title === 'Draft')).toBe(false);
    // The helper's postings were used, the draft's and the duplicate's left out.
    expect(absorb).toHaveBeenCalledTimes(1);
    const keep = absorb.mock.calls[0]![1]!;
    expect(keep.length).toBe(HELPER_FROM + 50 - 1);
    expect(keep.reduce((sum, bit) => sum + bit, 0)).toBe(indexed.length);
    expect((corpus as unknown as { index: SearchIndex }).index.snapshot()).toEqual(SearchIndex.build(indexed).snapshot());
    expect(library.search.search('sliding3').total).toBe(indexed.filter((a) => a.body.includes('sliding3 ')).length);
  });

  it('says in the log when the helper failed, and indexes on the main thread instead', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < HELPER_FROM; i++) files[`n/${String(i).padStart(5, '0')}.md`] = note(`Note ${i}`, `窗口 ${i}`);
    const dir = folder(files);
    const failing = path.join(dir, 'failing-helper.mjs');
    fs.writeFileSync(failing, "throw new Error('helper broke');\n");
    const start = AnalysisHelper.start.bind(AnalysisHelper);
    vi.spyOn(AnalysisHelper, 'start').mockImplementation(() => start(pathToFileURL(failing).href));
    const log = logged();
    const corpus = service(dir, { logger: log.logger });
    const { library } = await corpus.reload();
    expect(log.lines()).toContainEqual(
      expect.objectContaining({ msg: 'index helper thread failed; indexing on the main thread instead', reason: expect.stringContaining('helper broke') }),
    );
    expect((corpus as unknown as { index: SearchIndex }).index.snapshot()).toEqual(SearchIndex.build(library.articles).snapshot());
  });
});

describe('CorpusService: the warm-start cache', () => {
  const initial = {
    'a.md': note('Alpha', 'sliding window 滑动窗口'),
    'b.md': note('Beta', 'binary search 二分查找'),
    'draft.md': note('Draft', 'secret words', 'draft: true\n'),
  };

  async function warmed(files: Record<string, string>): Promise<{ dir: string; cacheDir: string }> {
    const dir = folder(files);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-cache-'));
    made.push(cacheDir);
    const corpus = service(dir, { cacheDir });
    await corpus.reload();
    await corpus.backgroundSettled();
    expect(fs.existsSync(cachePath(cacheDir, dir))).toBe(true);
    return { dir, cacheDir };
  }

  it('starts from the cache without reading unchanged files', async () => {
    const { dir, cacheDir } = await warmed(initial);
    const { logger, lines } = logged();
    const outcome = await service(dir, { cacheDir, logger }).reload();
    expect(outcome.filesRead).toBe(0);
    expect(outcome.library.articles.map((a) => a.id).sort()).toEqual(['a', 'b', 'draft']);
    expect(outcome.library.byId.get('a')?.date).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(found(outcome.library, '滑动窗口')).toEqual(['a']);
    expect(found(outcome.library, 'secret')).toEqual([]);
    expect(lines().map((line) => line.msg)).toContain('index cache loaded');
  });

  it('re-reads a file changed while the bot was down and forgets one deleted meanwhile', async () => {
    const { dir, cacheDir } = await warmed(initial);
    write(dir, 'a.md', note('Alpha', 'two pointers 双指针'));
    fs.rmSync(path.join(dir, 'b.md'));
    write(dir, 'c.md', note('Gamma', 'binary search again'));
    const { library, filesRead } = await service(dir, { cacheDir }).reload();
    expect(filesRead).toBe(2);
    expect(library.articles.map((a) => a.id).sort()).toEqual(['a', 'c', 'draft']);
    expect(found(library, '双指针')).toEqual(['a']);
    expect(found(library, '滑动窗口')).toEqual([]);
    expect(found(library, 'binary')).toEqual(['c']);
    expect(found(library, '二分查找')).toEqual([]);
  });

  for (const [damage, spoil] of [
    ['flipped bytes', (bytes: Buffer) => bytes.map((byte, i) => (i > bytes.length / 2 && i < bytes.length / 2 + 64 ? byte ^ 0xff : byte))],
    ['a truncated file', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.7))],
    ['a foreign file', () => Buffer.from('{"not": "an index cache"}')],
    ['an empty file', () => Buffer.alloc(0)],
  ] as const) {
    it(`ignores a cache with ${damage}, says so once, and rebuilds it`, async () => {
      const { dir, cacheDir } = await warmed(initial);
      const file = cachePath(cacheDir, dir);
      fs.writeFileSync(file, spoil(fs.readFileSync(file)));
      const { logger, lines } = logged();
      const corpus = service(dir, { cacheDir, logger });
      const outcome = await corpus.reload();
      expect(outcome.filesRead).toBe(3);
      expect(found(outcome.library, '滑动窗口')).toEqual(['a']);
      await corpus.reload();
      await corpus.backgroundSettled();
      const ignored = lines().filter((line) => line.msg === 'index cache ignored; it will be rebuilt');
      expect(ignored).toHaveLength(1);
      expect(ignored[0]!.reason).toBeTruthy();
      const again = await service(dir, { cacheDir }).reload();
      expect(again.filesRead).toBe(0);
      expect(found(again.library, '二分查找')).toEqual(['b']);
    });
  }

  it('ignores a cache written for other parse settings', async () => {
    const { dir, cacheDir } = await warmed(initial);
    const { logger, lines } = logged();
    const other = new CorpusService(dir, { timezone: 'Asia/Shanghai', siteUrl: null }, logger, () => new Date(), { cacheDir });
    const outcome = await other.reload();
    expect(outcome.filesRead).toBe(3);
    expect(outcome.library.byId.get('a')?.date).toEqual(new Date('2023-12-31T16:00:00Z'));
    expect(lines().some((line) => line.msg === 'index cache ignored; it will be rebuilt')).toBe(true);
  });
});

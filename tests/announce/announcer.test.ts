import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { AnnouncementLedger } from '../../src/announce/announcement-ledger.ts';
import { announceToChannel, announcementNonce, MAX_BACKLOG, MAX_POSTS_PER_TICK, pendingForChannel } from '../../src/announce/announcer.ts';
import { CorpusService } from '../../src/corpus/corpus-service.ts';
import type { Reply } from '../../src/interactions/types.ts';
import { PostFailure, type ChannelPoster } from '../../src/scheduling/types.ts';
import { KeyValueStore } from '../../src/store/key-value-store.ts';

const logger = pino({ level: 'silent' });
const target = { guildId: '200000000000000001', channelId: '300000000000000001' };

class FakePoster implements ChannelPoster {
  posts: { channelId: string; title: string | undefined; nonce: string }[] = [];
  failures = 0;
  async post(channelId: string, message: Reply, nonce: string) {
    if (this.failures > 0) {
      this.failures--;
      throw new PostFailure('HTTP 500', true, 500);
    }
    this.posts.push({ channelId, title: message.embeds?.[0]?.title, nonce });
    return { messageId: String(this.posts.length) };
  }
}

/** The i-th minute of 2 November: a distinct, increasing publication time per new file. */
function minuteOf(i: number): string {
  return `2026-11-02T${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`;
}

function article(id: string, date: string, extra = '') {
  return `---\ntitle: ${id}\ndate: ${date}\n${extra}---\n正文 ${id}。\n`;
}

async function setup(files: Record<string, string>, backfill = 0) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-announce-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  let now = new Date('2026-11-29T00:00:00Z');
  const corpus = new CorpusService(dir, { timezone: 'UTC', siteUrl: null }, logger, () => now);
  const kv = await KeyValueStore.open({ kind: 'memory' }, logger);
  const poster = new FakePoster();
  const ledger = new AnnouncementLedger(kv);
  const tick = async () => {
    const { library } = await corpus.reload();
    return announceToChannel(target, library, now, { ledger, poster, logger, timezone: 'UTC', backfill });
  };
  const pendingWhilePaused = async () => {
    const { library } = await corpus.reload();
    return pendingForChannel(target, library, now, { ledger, logger, backfill }, { bounded: true });
  };
  return { dir, poster, tick, pendingWhilePaused, setNow: (d: string) => (now = new Date(d)) };
}

describe('announcements', () => {
  it('announces every one of more new files than the backlog bound in a channel it can post to', async () => {
    const { dir, poster, tick } = await setup({ 'seed.md': article('seed', '2026-11-01') });
    await tick();
    const count = MAX_BACKLOG + 12;
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `n${i}.md`), article(`n${i}`, minuteOf(i)));
    for (let i = 0; i < Math.ceil(count / MAX_POSTS_PER_TICK); i++) await tick();
    expect(poster.posts.map((p) => p.title)).toEqual(Array.from({ length: count }, (_, i) => `n${i}`));
  });

  it("bounds only a paused channel's backlog, dropping the oldest waiting articles", async () => {
    const { dir, poster, tick, pendingWhilePaused } = await setup({ 'seed.md': article('seed', '2026-11-01') });
    await tick();
    const count = MAX_BACKLOG + 3;
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `n${i}.md`), article(`n${i}`, minuteOf(i)));
    const { due } = await pendingWhilePaused();
    expect(due.map((a) => a.id)).toEqual(Array.from({ length: MAX_BACKLOG }, (_, i) => `n${i + 3}`));
    await tick();
    expect(poster.posts.map((p) => p.title)).toEqual(['n3', 'n4', 'n5', 'n6', 'n7']);
  });

  it('does not flood a channel on its first tick, apart from the backfill', async () => {
    const { poster, tick } = await setup({ 'a.md': article('a', '2026-11-01'), 'b.md': article('b', '2026-11-02'), 'c.md': article('c', '2026-11-03') }, 1);
    const report = await tick();
    expect(report.initialized).toBe(true);
    expect(poster.posts.map((p) => p.title)).toEqual(['c']);
    await tick();
    expect(poster.posts).toHaveLength(1);
  });

  it('announces a new file once, and not again when it is edited', async () => {
    const { dir, poster, tick } = await setup({ 'a.md': article('a', '2026-11-01') });
    await tick();
    fs.writeFileSync(path.join(dir, 'new.md'), article('new', '2026-11-28'));
    await tick();
    fs.writeFileSync(path.join(dir, 'new.md'), article('new', '2026-11-28', 'tags: [edited]\n'));
    await tick();
    expect(poster.posts.map((p) => p.title)).toEqual(['new']);
  });

  it('announces a future article when its time comes, never before, and never drafts', async () => {
    const { poster, tick, setNow } = await setup({
      'a.md': article('a', '2026-11-01'),
      'soon.md': article('soon', '2026-11-30T08:00:00Z'),
      'draft.md': article('draft', '2026-11-02', 'draft: true\n'),
    });
    await tick();
    expect(poster.posts).toHaveLength(0);
    setNow('2026-11-30T07:59:59Z');
    await tick();
    expect(poster.posts).toHaveLength(0);
    setNow('2026-11-30T08:00:00Z');
    await tick();
    expect(poster.posts.map((p) => p.title)).toEqual(['soon']);
  });

  it('posts at most 5 per tick, oldest first, the rest on later ticks', async () => {
    const { dir, poster, tick } = await setup({ 'a.md': article('a', '2026-11-01') });
    await tick();
    for (let i = 1; i <= 7; i++) fs.writeFileSync(path.join(dir, `n${i}.md`), article(`n${i}`, `2026-11-${String(10 + i)}`));
    const first = await tick();
    expect(first.posted).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(first.pending).toBe(2);
    expect(MAX_POSTS_PER_TICK).toBe(5);
    await tick();
    expect(poster.posts.map((p) => p.title)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7']);
  });

  it('retries a failed post on a later tick, keeping the order, and records only accepted posts', async () => {
    const { dir, poster, tick } = await setup({ 'a.md': article('a', '2026-11-01') });
    await tick();
    fs.writeFileSync(path.join(dir, 'x.md'), article('x', '2026-11-20'));
    fs.writeFileSync(path.join(dir, 'y.md'), article('y', '2026-11-21'));
    poster.failures = 1;
    const failed = await tick();
    expect(failed.posted).toEqual([]);
    expect(failed.error).toMatch(/500/);
    await tick();
    await tick();
    expect(poster.posts.map((p) => p.title)).toEqual(['x', 'y']);
  });

  it('posts nothing twice: what was announced is read back from the store on every tick', async () => {
    const { dir, poster, tick } = await setup({ 'a.md': article('a', '2026-11-01') });
    await tick();
    fs.writeFileSync(path.join(dir, 'x.md'), article('x', '2026-11-20'));
    await tick();
    const again = await tick();
    expect(again.posted).toEqual([]);
    expect(poster.posts).toHaveLength(1);
  });

  it('derives a stable nonce of at most 25 characters per channel and article', () => {
    const nonce = announcementNonce('300000000000000001', 'some-article');
    expect(nonce.length).toBeLessThanOrEqual(25);
    expect(nonce).toBe(announcementNonce('300000000000000001', 'some-article'));
    expect(nonce).not.toBe(announcementNonce('300000000000000002', 'some-article'));
  });
});

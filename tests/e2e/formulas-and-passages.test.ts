import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.ts';
import { findFormulas } from '../../src/render/find-formulas.ts';
import { startDiscordDouble, type ApiAttachment, type ApiEmbed, type ApiMessage, type DiscordDouble } from '../../discord-double/index.ts';
import { startBot, type BotRun } from '../../kit/bot-harness.ts';

const SHIPPED_CONTENT = path.resolve(import.meta.dirname, '..', '..', 'content');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let double: DiscordDouble;
let run: BotRun;
let articles: Article[];

beforeAll(async () => {
  double = await startDiscordDouble();
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-formulas-'));
  run = await startBot(double, { CONTENT_DIR: SHIPPED_CONTENT, FORMULA_CACHE_DIR: cacheDir });
  articles = run.app.deps.corpus.library.visible(new Date());
}, 60_000);

afterAll(async () => {
  await run?.app.stop();
  await double?.close();
});

/** Text a member reads as text: code spans and code blocks removed (LaTeX may stay there). */
function proseOf(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, '').replace(/(`+)[\s\S]*?\1/g, '');
}

function texts(message: ApiMessage): string[] {
  return [
    message.content,
    ...message.embeds.flatMap((embed: ApiEmbed) => [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).map((field) => field.value)]),
  ];
}

const LATEX_COMMAND = /\\[a-zA-Z]{2,}/;

function decodePng(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

async function command(name: string, options: Record<string, string | number | boolean>): Promise<ApiMessage> {
  return (await double.sendCommand({ name, options })).reply(10_000);
}

describe('formulas against the Discord double (shipped content)', () => {
  it('/card of a note with display math attaches its formulas as PNG pictures, in order with the text', async () => {
    const article = articles.find((a) => !a.leetcode && findFormulas(a.body).some((f) => f.display));
    expect(article, 'the shipped notes have display math').toBeDefined();
    const reply = await command('card', { query: article!.id });
    expect(reply.attachments.length).toBeGreaterThan(0);
    const shown = reply.embeds.map((embed) => (embed.image as { url?: string } | undefined)?.url).filter(Boolean);
    expect(shown).toEqual(reply.attachments.map((a: ApiAttachment) => `attachment://${a.filename}`));
    for (const attachment of reply.attachments) {
      expect(attachment.filename).toMatch(/^formula-\d+\.png$/);
      expect(attachment.content_type).toBe('image/png');
      expect(attachment.description).toBeTruthy();
      const { width, height } = decodePng(double.attachmentData(attachment));
      expect(width).toBeGreaterThan(40);
      expect(height).toBeGreaterThan(20);
      expect({ width, height }).toEqual({ width: attachment.width, height: attachment.height });
    }
    expect(reply.embeds.length).toBeLessThanOrEqual(10);
  });

  it('/card, /search and /latest of every shipped article show no LaTeX command in text', async () => {
    for (const article of articles) {
      const card = await command('card', { query: article.id });
      for (const text of texts(card)) expect(proseOf(text), `${article.id}: ${text}`).not.toMatch(LATEX_COMMAND);
      const hits = await command('search', { query: article.title.slice(0, 40) });
      for (const text of texts(hits)) expect(proseOf(text), `${article.id}: ${text}`).not.toMatch(LATEX_COMMAND);
    }
    const latest = await command('latest', { count: 10 });
    for (const text of texts(latest)) expect(proseOf(text)).not.toMatch(LATEX_COMMAND);
  }, 120_000);

  it('/search for a word found only in a solution shows no solution text, and says where the match is', async () => {
    let checked = 0;
    for (const article of articles.filter((a) => a.leetcode)) {
      const visible = [article.title, ...article.aliases, ...article.tags, article.summary ?? '', article.leetcode!.question].join('\n').toLowerCase();
      // An identifier of the solution's code or prose that nothing else of the card contains.
      const word = article.leetcode!.answer.match(/[A-Za-z]{6,}/g)?.find((candidate) => !visible.includes(candidate.toLowerCase()));
      if (!word) continue;
      const reply = await command('search', { query: word });
      const hit = reply.embeds.find((embed) => embed.title === article.title);
      if (!hit) continue;
      checked += 1;
      expect(hit.description!.toLowerCase(), `${article.id} / ${word}`).not.toContain(word.toLowerCase());
      expect(hit.description).toContain('匹配内容在题解中');
    }
    expect(checked, 'some solution-only words are found by search').toBeGreaterThan(0);
  }, 120_000);

  it('a hit shows a passage with the matched words in bold', async () => {
    const reply = await command('search', { query: 'score matching' });
    expect(reply.embeds.length).toBeGreaterThan(0);
    for (const embed of reply.embeds) {
      expect(embed.description, embed.title).toMatch(/\*\*[^*]*(score|matching)[^*]*\*\*/i);
    }
  });

  it('a code block is never flattened into a passage', async () => {
    const reply = await command('search', { query: 'deque' });
    for (const embed of reply.embeds) {
      const passage = embed.description!.split('\n')[0]!;
      expect(passage).not.toMatch(/function \w+\(.*\)\s*[:{]/);
      expect(passage).not.toMatch(/\\\[\\\]/);
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDeps, silentLogger } from '../../kit/deps.ts';
import { buttons, click as kitClick, commandInput as kitCommandInput } from '../../kit/invoke.ts';
import { ALICE, BOB, CHANNEL_A, GUILD_A, GUILD_B } from '../../kit/members.ts';
import type { Lang } from '../../src/i18n.ts';
import type { BotDeps, CommandInput, ComponentReply, Member, OptionValue, Reply } from '../../src/interactions/types.ts';
import { PostFailure, type ChannelPoster } from '../../src/scheduling/types.ts';
import type { KeyValueStore } from '../../src/store/key-value-store.ts';

export const logger = silentLogger;
export { ALICE, BOB };
export const GUILD = GUILD_A;
export const OTHER_GUILD = GUILD_B;
export const CHANNEL = CHANNEL_A;

export interface CardSpec {
  number: number;
  slug: string;
  date?: string;
  difficulty?: 'easy' | 'medium' | 'hard';
}

/** LeetCode articles in a temporary content folder, one file each. */
export function writeCorpus(cards: readonly CardSpec[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studycards-quiz-'));
  fs.mkdirSync(path.join(dir, 'leetcode'));
  for (const card of cards) {
    const id = `${String(card.number).padStart(4, '0')}-${card.slug}`;
    const text = [
      '---',
      `title: "${card.number}. ${card.slug}"`,
      `date: "${card.date ?? '2026-01-01'}"`,
      'tags: [leetcode]',
      `leetcode: { id: ${card.number}, slug: ${card.slug}, difficulty: ${card.difficulty ?? 'medium'} }`,
      '---',
      '',
      `题目 ${card.number}：给定一个数组。`,
      '',
      '## 题解',
      '',
      `题解 ${card.number}：用哈希表。`,
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'leetcode', `${id}.md`), text);
  }
  return dir;
}

export function cardSpecs(count: number): CardSpec[] {
  // Published a day apart, so "oldest first" is also problem-number order.
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    slug: `problem-${i + 1}`,
    date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
  }));
}

export function articleId(spec: CardSpec): string {
  return `${String(spec.number).padStart(4, '0')}-${spec.slug}`;
}

export interface Harness {
  deps: BotDeps;
  kv: KeyValueStore;
  dir: string;
}

/**
 * Bot dependencies over a content folder. Passing the `kv` of an earlier harness simulates a
 * restart: every object is new, only the store is shared.
 */
export async function startHarness(options: { dir: string; timezone?: string; quizCron?: string; kv?: KeyValueStore }): Promise<Harness> {
  const env: Record<string, string> = { TIMEZONE: options.timezone ?? 'UTC', SITE_URL: '' };
  if (options.quizCron) env.QUIZ_CRON = options.quizCron;
  // Every handler and job gets its instant explicitly; this clock only stamps the corpus load.
  const deps = await buildDeps({ contentDir: options.dir, env, now: new Date('2026-06-01T00:00:00Z'), kv: options.kv });
  return { deps, kv: deps.stores.kv, dir: options.dir };
}

/** /quiz and friends as `user` at `now`, in English and guild A unless told otherwise. */
export function commandInput(
  user: Member,
  now: Date,
  options: { guildId?: string | null; lang?: Lang; values?: Record<string, OptionValue> } = {},
): CommandInput {
  return kitCommandInput({ options: options.values }, { user, now, guildId: options.guildId, lang: options.lang ?? 'en' });
}

/** A click answered as the Discord adapter answers it, in English and guild A unless told otherwise. */
export function click(
  customId: string,
  user: Member,
  now: Date,
  deps: BotDeps,
  options: { guildId?: string | null; lang?: Lang } = {},
): Promise<ComponentReply> {
  return kitClick(customId, deps, { user, now, guildId: options.guildId, lang: options.lang ?? 'en' });
}

export { buttons };

export function buttonId(reply: Reply, predicate: (label: string, customId: string) => boolean): string {
  const found = buttons(reply).find((b) => predicate(b.label, b.customId));
  if (!found) throw new Error(`no such button among ${JSON.stringify(buttons(reply))}`);
  return found.customId;
}

/** A Discord channel stand-in: messages by id, nonce deduplication, and failures on demand. */
export class FakeChannelPoster implements ChannelPoster {
  readonly messages: { id: string; channelId: string; message: Reply; nonce: string }[] = [];
  readonly attempts: string[] = [];
  /** Queued outcomes for the next calls: fail before Discord accepts, or accept and then lose the answer. */
  readonly script: ('reject' | 'accept-then-throw')[] = [];
  private nextId = 500000000000000001n;

  async post(channelId: string, message: Reply, nonce: string): Promise<{ messageId: string }> {
    this.attempts.push(nonce);
    const step = this.script.shift();
    if (step === 'reject') throw new PostFailure('Discord answered 503', true, 503);
    const existing = this.messages.find((m) => m.channelId === channelId && m.nonce === nonce);
    const id = existing?.id ?? String(this.nextId++);
    if (!existing) this.messages.push({ id, channelId, message, nonce });
    if (step === 'accept-then-throw') throw new PostFailure('connection reset after the request was sent', true, null);
    return { messageId: id };
  }
}

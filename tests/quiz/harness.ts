import { ComponentRoutes } from '../../src/interactions/component-routing.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { command as cardCommand } from '../../commands/card.ts';
import { command as leaderboardCommand } from '../../commands/leaderboard.ts';
import { command as quizCommand } from '../../commands/quiz.ts';
import { command as statsCommand } from '../../commands/stats.ts';
import { loadConfig } from '../../src/config.ts';
import { CorpusService } from '../../src/corpus/corpus-service.ts';
import type { Lang } from '../../src/i18n.ts';
import type { ActionRow, BotDeps, CommandInput, ComponentInput, ComponentReply, Member, OptionValue, Reply } from '../../src/interactions/types.ts';
import { PostFailure, type ChannelPoster } from '../../src/scheduling/types.ts';
import { KeyValueStore } from '../../src/store/key-value-store.ts';
import { createStores } from '../../src/stores.ts';
import { FormulaImages } from '../../src/render/formula-images/index.ts';

export const logger = pino({ level: 'silent' });

export const GUILD = '100000000000000001';
export const OTHER_GUILD = '100000000000000002';
export const CHANNEL = '200000000000000001';
export const ALICE: Member = { id: '300000000000000001', name: 'Alice' };
export const BOB: Member = { id: '300000000000000002', name: 'Bob' };

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
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, slug: `problem-${i + 1}`, date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10) }));
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
  const env: Record<string, string> = { CONTENT_DIR: options.dir, STORE_URL: 'memory://', TIMEZONE: options.timezone ?? 'UTC' };
  if (options.quizCron) env.QUIZ_CRON = options.quizCron;
  const loaded = loadConfig(env, { requireToken: false });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const config = loaded.config;
  const kv = options.kv ?? (await KeyValueStore.open({ kind: 'memory' }, logger));
  // Every handler and job gets its instant explicitly; this clock only stamps the corpus load.
  const clock = () => new Date('2026-06-01T00:00:00Z');
  const corpus = new CorpusService(options.dir, { timezone: config.timezone, siteUrl: null }, logger, clock);
  await corpus.reload();
  const deps: BotDeps = { config, logger, corpus, stores: createStores(kv), clock, random: () => 0.5, version: 'test', formulas: new FormulaImages({ cacheDir: null, logger }) };
  return { deps, kv, dir: options.dir };
}

export function commandInput(user: Member, now: Date, options: { guildId?: string | null; lang?: Lang; values?: Record<string, OptionValue> } = {}): CommandInput {
  return {
    user,
    guildId: options.guildId === undefined ? GUILD : options.guildId,
    channelId: CHANNEL,
    lang: options.lang ?? 'en',
    canManageGuild: false,
    now,
    logger,
    subcommand: null,
    options: options.values ?? {},
  };
}

const routes = new ComponentRoutes([quizCommand, cardCommand, statsCommand, leaderboardCommand]);

/** Routes a click the way the Discord adapter does: the prefix picks the handler, the rest are args. */
export function click(customId: string, user: Member, now: Date, deps: BotDeps, options: { guildId?: string | null; lang?: Lang } = {}): Promise<ComponentReply> {
  const route = routes.route(customId);
  if (!route) throw new Error(`no handler for ${customId}`);
  const input: ComponentInput = {
    user,
    guildId: options.guildId === undefined ? GUILD : options.guildId,
    channelId: CHANNEL,
    lang: options.lang ?? 'en',
    canManageGuild: false,
    now,
    logger,
    args: route.args,
    messageId: '400000000000000001',
  };
  return route.handler.handle(input, deps);
}

export function buttons(reply: Reply): { label: string; customId: string }[] {
  return (reply.components ?? []).flatMap((row: ActionRow) =>
    row.components.flatMap((component) => ('custom_id' in component && 'label' in component ? [{ label: String(component.label), customId: component.custom_id }] : [])),
  );
}

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

import { performance } from 'node:perf_hooks';
import { customIds as customIdsOf } from './buttons.ts';
import pino from 'pino';
import { CorpusService } from '../src/corpus/corpus-service.ts';
import { t } from '../src/i18n.ts';
import type { ApiMessage, DiscordDouble, InteractionHandle } from '../discord-double/index.ts';

/** Words members would type, taken from the corpus the bot serves. */
export interface Vocabulary {
  queries: string[];
  titles: string[];
  tags: string[];
}

export async function vocabularyOf(contentDir: string): Promise<Vocabulary> {
  const corpus = new CorpusService(contentDir, { timezone: 'UTC', siteUrl: null }, pino({ level: 'silent' }), () => new Date());
  await corpus.reload();
  const now = new Date();
  const articles = corpus.library.visible(now);
  const titles = articles.map((a) => a.title);
  const tags = corpus.library.tagCounts(now).map((c) => c.tag);
  // Whole titles, their first words, aliases, tags and a few typos: what people search for.
  const queries = [
    ...titles,
    ...titles.map((title) => title.split(/[\s：:，,]/)[0]!),
    ...articles.flatMap((a) => a.aliases),
    ...tags,
    'attenton',
    '滑动窗',
    'dynamic programing',
  ];
  return { queries: queries.filter((q) => q.trim().length > 0).map((q) => [...q].slice(0, 100).join('')), titles, tags };
}

export type LoadKind = 'search' | 'card' | 'latest' | 'random' | 'autocomplete' | 'click';

export interface LoadPlan {
  interactions: number;
  members: number;
  durationMs: number;
  seed: number;
}

export interface LoadFailure {
  kind: LoadKind;
  what: string;
  reason: string;
}

export interface LoadResult {
  sent: number;
  answered: number;
  /** Dispatch to accepted callback, per interaction, in ms. */
  latencies: { kind: LoadKind; ms: number }[];
  failures: LoadFailure[];
  /** Interactions of this run that Discord (the double) saw go unacknowledged past its deadline. */
  deadlineMisses: number;
  wallMs: number;
}

/** Park–Miller: the same seed gives the same sequence of members and actions on every machine. */
function prng(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const APOLOGIES = [t('en', 'error.internal'), t('zh', 'error.internal'), t('en', 'error.storeUnavailable'), t('zh', 'error.storeUnavailable')];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Drives `plan.interactions` interactions from `plan.members` members, spread evenly (with jitter)
 * over `plan.durationMs` and sent without waiting for earlier ones, as a busy server would. Buttons
 * are pressed on the member's own latest reply that has some. `onSample` runs every 250 ms.
 */
export async function runLoad(double: DiscordDouble, vocabulary: Vocabulary, plan: LoadPlan, onSample?: () => Promise<void>): Promise<LoadResult> {
  const random = prng(plan.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length) % list.length]!;
  const members = Array.from({ length: plan.members }, (_, i) => ({
    id: String(880000000000000000n + BigInt(i)),
    username: `member${i}`,
    locale: i % 3 === 0 ? 'en-US' : 'zh-CN',
  }));
  const lastWithButtons = new Map<string, ApiMessage>();
  const result: LoadResult = { sent: 0, answered: 0, latencies: [], failures: [], deadlineMisses: 0, wallMs: 0 };
  const missesBefore = double.interactionFailures.length;
  const inFlight: Promise<void>[] = [];
  const fail = (kind: LoadKind, what: string, reason: unknown): void => {
    result.failures.push({ kind, what, reason: reason instanceof Error ? reason.message : String(reason) });
  };

  async function followCommand(kind: LoadKind, what: string, member: (typeof members)[number], handle: InteractionHandle): Promise<void> {
    const callback = await handle.callback();
    result.latencies.push({ kind, ms: callback.elapsedMs });
    if (callback.status >= 400) return fail(kind, what, `callback answered ${callback.status}`);
    const reply = await handle.reply(10_000);
    result.answered++;
    if (APOLOGIES.some((apology) => reply.content.includes(apology))) return fail(kind, what, `apology: ${reply.content}`);
    if (customIdsOf(reply).length > 0) lastWithButtons.set(member.id, reply);
  }

  async function one(index: number): Promise<void> {
    const member = pick(members);
    const roll = random();
    const actor = { user: member, locale: member.locale };
    const own = lastWithButtons.get(member.id);
    let kind: LoadKind =
      roll < 0.25 ? 'search' : roll < 0.45 ? 'card' : roll < 0.65 ? 'autocomplete' : roll < 0.75 ? 'latest' : roll < 0.85 ? 'random' : 'click';
    if (kind === 'click' && !own) kind = 'random';
    const what = `#${index} ${kind}`;
    result.sent++;
    try {
      if (kind === 'autocomplete') {
        const title = pick(vocabulary.titles);
        const startedAt = performance.now();
        const focused =
          random() < 0.6
            ? { name: 'card', focused: { name: 'query', value: [...title].slice(0, 1 + Math.floor(random() * 4)).join('') } }
            : { name: 'random', focused: { name: 'tag', value: pick(vocabulary.tags).slice(0, 3) } };
        await double.sendAutocomplete({ ...actor, ...focused });
        result.latencies.push({ kind, ms: performance.now() - startedAt });
        result.answered++;
        return;
      }
      if (kind === 'click') {
        const message = double.message(own!.id) ?? own!;
        const ids = customIdsOf(message);
        if (ids.length === 0) {
          lastWithButtons.delete(member.id);
          kind = 'random';
        } else {
          const handle = await double.clickButton({ ...actor, message, customId: pick(ids) });
          return await followCommand('click', what, member, handle);
        }
      }
      const options: Record<string, string | number> =
        kind === 'search'
          ? { query: pick(vocabulary.queries) }
          : kind === 'card'
            ? { query: random() < 0.7 ? pick(vocabulary.titles).slice(0, 200) : pick(vocabulary.queries) }
            : kind === 'latest'
              ? { count: 1 + Math.floor(random() * 10) }
              : random() < 0.5
                ? { tag: pick(vocabulary.tags) }
                : {};
      await followCommand(kind, what, member, await double.sendCommand({ ...actor, name: kind, options }));
    } catch (error) {
      fail(kind, what, error);
    }
  }

  const startedAt = performance.now();
  const gap = plan.durationMs / plan.interactions;
  let sampling = true;
  const sampler = (async () => {
    while (sampling && onSample) {
      await onSample();
      await sleep(250);
    }
  })();
  for (let i = 0; i < plan.interactions; i++) {
    const due = startedAt + i * gap + random() * gap;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(one(i));
  }
  await Promise.all(inFlight);
  result.wallMs = performance.now() - startedAt;
  sampling = false;
  await sampler;
  result.deadlineMisses = double.interactionFailures.length - missesBefore;
  return result;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { CorpusService } from '../src/corpus/corpus-service.ts';
import type { BotDeps } from '../src/interactions/types.ts';
import { KeyValueStore } from '../src/store/key-value-store.ts';
import { FormulaImages } from '../src/render/formula-images/index.ts';
import { createStores } from '../src/stores.ts';
import { seededRandom } from './random.ts';

export const FIXTURE_CORPUS = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'corpus');
export const FIXED_NOW = new Date('2026-11-29T12:00:00Z');
export const silentLogger = pino({ level: 'silent' });

export interface DepsOptions {
  /** Content folder; the fixture corpus by default. */
  contentDir?: string;
  /** More environment, as the bot reads it (TIMEZONE, QUIZ_CRON, …). */
  env?: Record<string, string>;
  /** The clock, and the instant the corpus is loaded at. */
  now?: Date;
  /** An earlier deps' store: every object is new, only the store is shared (a restart). */
  kv?: KeyValueStore;
  random?: () => number;
}

/**
 * Deps as the bot builds them, over a content folder and an in-memory store: the one deps
 * builder of the tests and benchmarks.
 */
export async function buildDeps(options: DepsOptions = {}): Promise<BotDeps> {
  const env = {
    CONTENT_DIR: options.contentDir ?? FIXTURE_CORPUS,
    STORE_URL: 'memory://',
    TIMEZONE: 'Asia/Shanghai',
    SITE_URL: 'https://notes.example',
    ...options.env,
  };
  const loaded = loadConfig(env, { requireToken: false });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const { config } = loaded;
  const now = options.now ?? FIXED_NOW;
  const corpus = new CorpusService(config.contentDir, { timezone: config.timezone, siteUrl: config.siteUrl }, silentLogger, () => now);
  await corpus.reload();
  const kv = options.kv ?? (await KeyValueStore.open({ kind: 'memory' }, silentLogger));
  return {
    config,
    logger: silentLogger,
    corpus,
    stores: createStores(kv),
    clock: () => now,
    random: options.random ?? seededRandom(1),
    version: '9.9.9',
    formulas: new FormulaImages({ cacheDir: null, logger: silentLogger }),
  };
}

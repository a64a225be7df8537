import path from 'node:path';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config.ts';
import { CorpusService } from '../../src/corpus/corpus-service.ts';
import { langFromLocale } from '../../src/i18n.ts';
import type { BotDeps, CommandInput, OptionValue } from '../../src/interactions/types.ts';
import { KeyValueStore } from '../../src/store/key-value-store.ts';
import { createStores } from '../../src/stores.ts';
import { FormulaImages } from '../../src/render/formula-images/index.ts';

export const FIXTURE_CORPUS = path.join(import.meta.dirname, '..', 'fixtures', 'corpus');
export const FIXED_NOW = new Date('2026-11-29T12:00:00Z');

/** Deps over the fixture corpus and an in-memory store, as the bot would build them. */
export async function fixtureDeps(env: Record<string, string> = {}, now = FIXED_NOW): Promise<BotDeps> {
  const result = loadConfig({ CONTENT_DIR: FIXTURE_CORPUS, STORE_URL: 'memory://', TIMEZONE: 'Asia/Shanghai', SITE_URL: 'https://notes.example', ...env }, { requireToken: false });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const config: Config = result.config;
  const logger = pino({ level: 'silent' });
  const corpus = new CorpusService(config.contentDir, { timezone: config.timezone, siteUrl: config.siteUrl }, logger, () => now);
  await corpus.reload();
  const stores = createStores(await KeyValueStore.open({ kind: 'memory' }, logger));
  let seed = 1;
  return { config, logger, corpus, stores, clock: () => now, random: () => ((seed = (seed * 16807) % 2147483647) / 2147483647), version: '9.9.9', formulas: new FormulaImages({ cacheDir: null, logger }) };
}

export function commandInput(options: Record<string, OptionValue> = {}, extra: Partial<CommandInput> = {}): CommandInput {
  return {
    user: { id: '100000000000000001', name: 'alice' },
    guildId: '200000000000000001',
    channelId: '300000000000000001',
    lang: langFromLocale(extra.lang === 'en' ? 'en-US' : 'zh-CN'),
    canManageGuild: false,
    now: FIXED_NOW,
    logger: pino({ level: 'silent' }),
    subcommand: null,
    options,
    ...extra,
  };
}

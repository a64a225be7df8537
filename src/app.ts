import { allCommands } from '../commands/index.ts';
import type { Config } from './config.ts';
import { CorpusService } from './corpus/corpus-service.ts';
import { startDiscordBot, type DiscordBot } from './discord/bot.ts';
import type { BotDeps } from './interactions/types.ts';
import type { Logger } from './logging.ts';
import { KeyValueStore } from './store/key-value-store.ts';
import { createStores } from './store/stores.ts';
import { readVersion } from './version.ts';

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock?: () => Date;
  random?: () => number;
}

export interface App {
  deps: BotDeps;
  bot: DiscordBot;
  stop(): Promise<void>;
}

/** Wires the pieces with one explicit deps object; main.ts and the end-to-end tests both start here. */
export async function startApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const kv = await KeyValueStore.open(config.store, logger);
  const corpus = new CorpusService(config.contentDir, { timezone: config.timezone, siteUrl: config.siteUrl }, logger, clock);
  const loaded = await corpus.reload();
  logger.info({ articles: loaded.library.articles.length, problems: loaded.library.problems.length, dir: config.contentDir }, 'corpus loaded');

  const deps: BotDeps = {
    config,
    logger,
    corpus,
    stores: createStores(kv),
    clock,
    random: options.random ?? Math.random,
    version: readVersion(),
  };
  let bot: DiscordBot;
  try {
    bot = await startDiscordBot(deps, allCommands);
  } catch (error) {
    await kv.close();
    throw error;
  }

  return {
    deps,
    bot,
    async stop() {
      await bot.stop();
      await kv.close();
    },
  };
}

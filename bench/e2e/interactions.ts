/**
 * End to end through the Discord double: the real app (startBot, as the e2e tests start it) answers
 * /search and /help alternately, one at a time. The figure is the double's CallbackRecord.elapsedMs:
 * INTERACTION_CREATE dispatched → callback received. /help does no search, so the ratio of the two
 * is what search adds on top of the gateway, discord.js, routing and rendering.
 */
import { allCommands } from '../../commands/index.ts';
import type { BotDeps } from '../../src/interactions/types.ts';
import { startDiscordDouble } from '../../discord-double/index.ts';
import { startBot } from '../../kit/bot-harness.ts';
import { commandInput } from '../../kit/invoke.ts';
import { mean, median, percentile } from '../stats.ts';

export interface EndToEndOptions {
  contentDir: string;
  searchQueries: readonly string[];
  /** Interactions of each command per round. */
  perCommand: number;
  rounds: number;
  warmUp: number;
  /** Extra configuration for the bot, e.g. INDEX_CACHE_DIR. */
  env?: Record<string, string>;
}

export interface CommandFigures {
  median: number;
  p95: number;
  mean: number;
  max: number;
}

export interface EndToEndRound {
  search: CommandFigures;
  help: CommandFigures;
}

export interface EndToEndResult {
  rounds: EndToEndRound[];
  /** Medians over rounds of each figure. */
  search: CommandFigures;
  help: CommandFigures;
  /** search / help, of the medians and of the means. */
  medianRatio: number;
  meanRatio: number;
  failures: number;
  articles: number;
  /**
   * The command handlers alone, called in-process on the same deps (no gateway, discord.js or HTTP):
   * how much of the end-to-end gap is the handler's own work.
   */
  handlers: { search: CommandFigures; help: CommandFigures; searchReplyChars: number; helpReplyChars: number };
  handlersCount: number;
  /**
   * The handlers' own time inside the measured interactions (the router's "command answered"
   * handlerMs), medians: what of each end-to-end figure is the command's work, the rest being
   * the gateway, discord.js, the HTTP round trip and the double.
   */
  inRun: { search: number; help: number };
}

function figures(samples: readonly number[]): CommandFigures {
  return { median: median(samples), p95: percentile(samples, 95), mean: mean(samples), max: Math.max(...samples) };
}

function medianOf(rounds: readonly CommandFigures[]): CommandFigures {
  return {
    median: median(rounds.map((r) => r.median)),
    p95: median(rounds.map((r) => r.p95)),
    mean: median(rounds.map((r) => r.mean)),
    max: median(rounds.map((r) => r.max)),
  };
}

function commandNamed(name: string) {
  const command = allCommands.find((c) => c.definition.name === name);
  if (!command) throw new Error(`no /${name} command`);
  return command;
}

async function timeHandlers(deps: BotDeps, queries: readonly string[], count: number): Promise<EndToEndResult['handlers']> {
  const search = commandNamed('search');
  const help = commandNamed('help');
  const searchMs: number[] = [];
  const helpMs: number[] = [];
  const searchChars: number[] = [];
  const helpChars: number[] = [];
  for (let i = 0; i < count; i++) {
    let start = performance.now();
    const searchReply = await search.run(commandInput({ options: { query: queries[i % queries.length]! } }), deps);
    searchMs.push(performance.now() - start);
    start = performance.now();
    const helpReply = await help.run(commandInput(), deps);
    helpMs.push(performance.now() - start);
    searchChars.push(JSON.stringify(searchReply).length);
    helpChars.push(JSON.stringify(helpReply).length);
  }
  return { search: figures(searchMs), help: figures(helpMs), searchReplyChars: median(searchChars), helpReplyChars: median(helpChars) };
}

/** Median handlerMs of the bot's "command answered" lines for `command`, after the warm-up's. */
function handlerMedian(logs: readonly Record<string, unknown>[], command: string, warmUp: number): number {
  const times = logs.filter((line) => line.msg === 'command answered' && line.command === command).map((line) => Number(line.handlerMs));
  return median(times.slice(warmUp));
}

export async function runEndToEnd(options: EndToEndOptions): Promise<EndToEndResult> {
  const double = await startDiscordDouble();
  const run = await startBot(double, { CONTENT_DIR: options.contentDir, ...options.env });
  try {
    let next = 0;
    const ask = async (name: 'search' | 'help'): Promise<number> => {
      const query = options.searchQueries[next++ % options.searchQueries.length]!;
      const handle = await double.sendCommand(name === 'search' ? { name, options: { query } } : { name });
      const callback = await handle.callback();
      // Waiting for the visible reply keeps interactions strictly one at a time.
      await handle.reply();
      return callback.elapsedMs;
    };
    for (let i = 0; i < options.warmUp; i++) {
      await ask('search');
      await ask('help');
    }
    const rounds: EndToEndRound[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const search: number[] = [];
      const help: number[] = [];
      for (let i = 0; i < options.perCommand; i++) {
        search.push(await ask('search'));
        help.push(await ask('help'));
      }
      rounds.push({ search: figures(search), help: figures(help) });
    }
    const search = medianOf(rounds.map((r) => r.search));
    const help = medianOf(rounds.map((r) => r.help));
    const inRun = { search: handlerMedian(run.logs, 'search', options.warmUp), help: handlerMedian(run.logs, 'help', options.warmUp) };
    const handlers = await timeHandlers(run.app.deps, options.searchQueries, options.perCommand);
    return {
      handlers,
      handlersCount: options.perCommand,
      inRun,
      rounds,
      search,
      help,
      medianRatio: search.median / help.median,
      meanRatio: search.mean / help.mean,
      failures: double.interactionFailures.length,
      articles: run.app.deps.corpus.library.articles.length,
    };
  } finally {
    await run.app.stop();
    await double.close();
  }
}

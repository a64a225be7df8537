import { allCommands } from '../commands/index.ts';
import { AnnouncementLedger } from './announce/announcement-ledger.ts';
import { announceToChannel } from './announce/announcer.ts';
import type { Config } from './config.ts';
import { CorpusService } from './corpus/corpus-service.ts';
import { settleWithin, startDiscordBot, type DiscordBot } from './discord/bot.ts';
import { RestChannelPoster } from './discord/channel-poster.ts';
import { RestDailyThreads } from './discord/daily-threads.ts';
import { RestDirectMessenger } from './discord/direct-messenger.ts';
import { runReminders } from './habits/reminders/reminder-job.ts';
import type { BotDeps } from './interactions/types.ts';
import type { Logger } from './logging.ts';
import { startHealthServer } from './health-server.ts';
import { JobScheduler, type Job } from './scheduling/job-scheduler.ts';
import { ConfiguredTargets } from './scheduling/target-directory.ts';
import { QuizSchedule, runDailyQuiz } from './quiz/daily-quiz.ts';
import { KeyValueStore } from './store/key-value-store.ts';
import { createLeases } from './store/lease.ts';
import { createStores } from './stores.ts';
import { readVersion } from './version.ts';
import { FormulaImages } from './render/formula-images/index.ts';

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock?: () => Date;
  random?: () => number;
}

export interface App {
  deps: BotDeps;
  bot: DiscordBot;
  scheduler: JobScheduler;
  /** The port /healthz listens on, when HEALTH_PORT is set (0 picks a free one). */
  healthPort: number | null;
  /** Graceful: refuse new work, let running work finish (5 s at most), then close everything. */
  stop(): Promise<void>;
}

/** How long a shutdown waits for interactions and jobs already running. */
const SHUTDOWN_GRACE_MS = 5000;

/** Wires the pieces with one explicit deps object; main.ts and the end-to-end tests both start here. */
export async function startApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const kv = await KeyValueStore.open(config.store, logger);
  const corpus = new CorpusService(config.contentDir, { timezone: config.timezone, siteUrl: config.siteUrl }, logger, clock, { cacheDir: config.indexCacheDir });
  const loaded = await corpus.reload();
  logger.info({ articles: loaded.library.articles.length, problems: loaded.library.problems.length, dir: config.contentDir }, 'corpus loaded');

  const stores = createStores(kv);
  const deps: BotDeps = { config, logger, corpus, stores, clock, random: options.random ?? Math.random, version: readVersion(), formulas: new FormulaImages({ cacheDir: config.formulaCacheDir, logger }) };
  let bot: DiscordBot;
  try {
    bot = await startDiscordBot(deps, allCommands);
  } catch (error) {
    await kv.close();
    throw error;
  }

  // MathJax's set-up takes a moment: paid now, not by the first member who opens a formula.
  void deps.formulas.warmUp().catch((error: unknown) => logger.warn({ err: error }, 'formula renderer warm-up failed'));

  const poster = new RestChannelPoster(bot.client.rest);
  const targets = new ConfiguredTargets(stores.guildSettings, config, (id) => poster.channelGuild(id), logger);
  const ledger = new AnnouncementLedger(kv);
  const quizSchedule = new QuizSchedule();
  const dailyThreads = new RestDailyThreads(bot.client.rest);
  const jobs: Job[] = [
    {
      name: 'announce',
      crons: [config.announceCron],
      timezone: config.timezone,
      async run(now) {
        // Rescanning here is what makes new, changed and removed files show up without a restart.
        const { library } = await corpus.reload();
        let posted = 0;
        for (const target of await targets.targets('announce')) {
          const report = await announceToChannel(target, library, now, { ledger, poster, logger, timezone: config.timezone, backfill: config.announceBackfill });
          posted += report.posted.length;
        }
        logger.debug({ job: 'announce', posted }, 'tick done');
      },
    },
    {
      name: 'quiz',
      // QUIZ_CRON posts on time; the minutely run catches up after downtime and serves guilds
      // whose /config quiz-time differs. One post per guild and local day either way.
      crons: [config.quizCron, '* * * * *'],
      timezone: config.timezone,
      async run(now) {
        const report = await runDailyQuiz(now, deps, poster, await targets.targets('quiz'), quizSchedule, dailyThreads);
        logger.debug({ job: 'quiz', posted: report.posted.length }, 'tick done');
      },
    },
  ];
  const leases = createLeases(kv);
  const messenger = new RestDirectMessenger(bot.client.rest);
  jobs.push({
    name: 'remind',
    crons: [config.remindCron],
    timezone: config.timezone,
    async run(now) {
      const report = await runReminders(now, deps, messenger, leases);
      logger.debug({ job: 'remind', sent: report.sent.length, turnedOff: report.turnedOff.length }, 'tick done');
    },
  });
  const scheduler = new JobScheduler(jobs, logger, clock, leases);
  scheduler.start();
  // A quiz missed while the bot was down is posted now rather than at the next minute; the lease
  // keeps shards that start in the same minute from all doing it.
  const startedAt = clock();
  void scheduler.runClaimed('quiz', new Date(startedAt.getTime() - (startedAt.getTime() % 60_000)), 'startup');

  const health =
    config.healthPort === null
      ? null
      : await startHealthServer(
          config.healthPort,
          async () => {
            const gatewayReady = bot.isReady();
            let storeReachable = true;
            try {
              await kv.ping();
            } catch {
              storeReachable = false;
            }
            return {
              healthy: gatewayReady && storeReachable,
              body: {
                status: gatewayReady && storeReachable ? 'ok' : 'unhealthy',
                gateway: gatewayReady ? 'ready' : 'down',
                store: storeReachable ? 'reachable' : 'unreachable',
                articles: corpus.library.articles.length,
                contentProblems: corpus.library.problems.length,
                jobs: scheduler.status(),
              },
            };
          },
          logger,
        );

  return {
    deps,
    bot,
    scheduler,
    healthPort: health ? (health.address() as { port: number }).port : null,
    async stop() {
      await Promise.all([bot.drain(SHUTDOWN_GRACE_MS), settleWithin([scheduler.stop()], SHUTDOWN_GRACE_MS)]);
      await bot.stop();
      health?.closeAllConnections();
      await new Promise((resolve) => (health ? health.close(resolve) : resolve(undefined)));
      await kv.close();
      logger.info('stopped');
    },
  };
}

import { allCommands } from '../commands/index.ts';
import { AnnouncementLedger } from './announce/announcement-ledger.ts';
import { announceToChannel, pendingForChannel } from './announce/announcer.ts';
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
import { JobGuard } from './health/job-guard.ts';
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
  /** How often a paused channel is checked again (default 5 minutes); tests shorten it. */
  probeIntervalMs?: number;
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
/** A job failing this many ticks in a row for a channel is alerted and reported by /healthz. */
const FAILING_AFTER_TICKS = 3;

/** Wires the pieces with one explicit deps object; main.ts and the end-to-end tests both start here. */
export async function startApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const kv = await KeyValueStore.open(config.store, logger);
  const corpus = new CorpusService(config.contentDir, { timezone: config.timezone, siteUrl: config.siteUrl }, logger, clock, {
    cacheDir: config.indexCacheDir,
  });
  // A large corpus is served (search says "indexing") while its index is built; a small one is simply loaded first.
  const loading = corpus.reload().then((loaded) => {
    logger.info({ articles: loaded.library.articles.length, problems: loaded.library.problems.length, dir: config.contentDir }, 'corpus loaded');
    return loaded;
  });
  // Fails start-up when it fails before the articles are served; logged when it fails after.
  loading.catch((error: unknown) => logger.error({ err: error, dir: config.contentDir }, 'corpus load failed'));
  await Promise.race([loading, corpus.articlesReady()]);

  const stores = createStores(kv);
  const deps: BotDeps = {
    config,
    logger,
    corpus,
    stores,
    clock,
    random: options.random ?? Math.random,
    version: readVersion(),
    formulas: new FormulaImages({ cacheDir: config.formulaCacheDir, logger }),
  };
  let bot: DiscordBot;
  try {
    bot = await startDiscordBot(deps, allCommands);
  } catch (error) {
    await kv.close();
    throw error;
  }

  // MathJax's set-up takes a moment: paid now, not by the first member who opens a formula.
  void deps.formulas.warmUp().catch((error: unknown) => logger.warn({ err: error }, 'formula renderer warm-up failed'));

  const channels = new RestChannelPoster(bot.client.rest, bot.client.user!.id, logger);
  deps.channelAccess = channels;
  const targets = new ConfiguredTargets(stores.guildSettings, config, (id) => channels.channelGuild(id), logger);
  const ledger = new AnnouncementLedger(kv);
  const guard = new JobGuard({
    health: stores.channelHealth,
    settings: stores.guildSettings,
    access: channels,
    alertPoster: channels,
    logger,
    clock,
    probeIntervalMs: options.probeIntervalMs ?? 5 * 60_000,
    failingAfterTicks: FAILING_AFTER_TICKS,
  });
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
        await guard.contentProblems(library.problems, await stores.guildSettings.configuredGuilds());
        let posted = 0;
        const all = await targets.targets('announce');
        const open = new Set(await guard.admit('announce', all));
        const poster = guard.monitored('announce', all, channels);
        for (const target of all) {
          const announceDeps = { ledger, poster, logger, timezone: config.timezone, backfill: config.announceBackfill };
          if (open.has(target)) {
            const report = await announceToChannel(target, library, now, {
              ...announceDeps,
              beforePosting: (pending) => guard.noteBacklog('announce', target, pending),
            });
            posted += report.posted.length;
            await guard.noteBacklog('announce', target, report.pending);
          } else {
            // A paused channel keeps its backlog (bounded) for when it comes back.
            await guard.noteBacklog('announce', target, (await pendingForChannel(target, library, now, announceDeps, { bounded: true })).due.length);
          }
        }
        await guard.summarize('announce', all);
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
        const all = await targets.targets('quiz');
        const report = await runDailyQuiz(now, deps, guard.monitored('quiz', all, channels), await guard.admit('quiz', all), quizSchedule, dailyThreads);
        await guard.summarize('quiz', all);
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

  /** Per job, the channels it has been failing on for several ticks (any process may have run them). */
  const failingJobsReport = async () => {
    const report: Record<string, unknown> = {};
    for (const job of ['announce', 'quiz'] as const) {
      const summary = await stores.channelHealth.summary(job).catch(() => undefined);
      if (summary && summary.failing.length > 0) report[job] = summary.failing;
    }
    return report;
  };
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
            // Jobs failing are reported but keep the answer 200: a restart would not fix a permission.
            const failingJobs = storeReachable ? await failingJobsReport() : {};
            const degraded = Object.keys(failingJobs).length > 0;
            return {
              healthy: gatewayReady && storeReachable,
              body: {
                status: gatewayReady && storeReachable ? (degraded ? 'degraded' : 'ok') : 'unhealthy',
                gateway: gatewayReady ? 'ready' : 'down',
                store: storeReachable ? 'reachable' : 'unreachable',
                articles: corpus.library.articles.length,
                contentProblems: corpus.library.problems.length,
                jobs: scheduler.status(),
                failingJobs,
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
      // Each phase is bounded and timed, so a slow shutdown says where the time went.
      // Ticks blocked on a store that does not answer cannot record anything: they are not waited for.
      kv.beginShutdown();
      const phases: Record<string, number> = {};
      const timed = async (phase: string, work: () => Promise<unknown>) => {
        const startedAt = Date.now();
        await work();
        phases[phase] = Date.now() - startedAt;
      };
      await Promise.all([
        timed('interactionsMs', () => bot.drain(SHUTDOWN_GRACE_MS)),
        timed('jobsMs', () => settleWithin([scheduler.stop()], SHUTDOWN_GRACE_MS)),
      ]);
      await timed('gatewayMs', () => bot.stop());
      await timed('healthMs', async () => {
        health?.closeAllConnections();
        if (health) await settleWithin([new Promise((resolve) => health.close(resolve))], 1000);
      });
      await timed('storeMs', () => kv.close());
      logger.info(phases, 'stopped');
    },
  };
}

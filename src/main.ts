import { fileURLToPath } from 'node:url';
import { startApp } from './app.ts';
import { loadConfigOrExit } from './config.ts';
import { isShardProcess, runShardManager, shardId } from './discord/sharding.ts';
import { createLogger } from './logging.ts';

const config = loadConfigOrExit({ requireToken: true });
const shard = isShardProcess() ? shardId() : null;
const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken, passwordOf(config)] }).child(shard === null ? {} : { shardId: shard });

// Signal handlers go in before anything starts: a SIGTERM during start-up must still end cleanly.
let stop: (() => Promise<void>) | null = null;
let stopRequested: NodeJS.Signals | null = null;
/**
 * Every step of a shutdown is bounded (5 s for work in flight, 2 s for the gateway, 3 s for the
 * store), so this only fires when something is badly stuck; it beats `docker stop`'s 10 s SIGKILL
 * with a log line saying so.
 */
const SHUTDOWN_DEADLINE_MS = 9000;
const shutdown = (signal: NodeJS.Signals) => {
  logger.info({ signal }, 'shutting down');
  setTimeout(() => {
    logger.error({ deadlineMs: SHUTDOWN_DEADLINE_MS }, 'shutdown did not finish in time; exiting anyway');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  stop!().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
};
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopRequested) return;
    stopRequested = signal;
    if (stop) shutdown(signal);
  });
}

try {
  if (shard === null && config.shardCount !== null && config.shardCount > 1) {
    logger.info({ shards: config.shardCount, shardIds: config.shardIds ?? 'all', store: config.storeUrlForLogs }, 'starting studycards shard manager');
    stop = (await runShardManager(config, logger, fileURLToPath(import.meta.url))).stop;
  } else {
    // The shards of a process group share HEALTH_PORT's neighbourhood: its first shard answers on
    // HEALTH_PORT (what a container's HEALTHCHECK asks), the next on HEALTH_PORT + 1, and so on.
    const offset = shard === null ? 0 : config.shardIds ? config.shardIds.indexOf(shard) : shard;
    const healthPort = config.healthPort !== null && config.healthPort !== 0 ? config.healthPort + Math.max(0, offset) : config.healthPort;
    logger.info({ store: config.storeUrlForLogs, contentDir: config.contentDir, timezone: config.timezone }, 'starting studycards');
    stop = (await startApp({ config: { ...config, healthPort }, logger })).stop;
  }
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}
if (stopRequested) shutdown(stopRequested);

function passwordOf(c: typeof config): string | null {
  if (c.store.kind !== 'redis' && c.store.kind !== 'postgres') return null;
  try {
    return decodeURIComponent(new URL(c.store.url).password) || null;
  } catch {
    return null;
  }
}

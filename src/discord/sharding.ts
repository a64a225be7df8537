import { ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import { BOT_NODE_ARGS } from '../bot-command.ts';
import type { Config } from '../config.ts';

/** Set by discord.js in every process a ShardingManager spawns: such a process is one shard. */
export function isShardProcess(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHARDING_MANAGER !== undefined && env.SHARDS !== undefined;
}

export function shardId(env: NodeJS.ProcessEnv = process.env): number {
  return isShardProcess(env) ? Number(env.SHARDS) : 0;
}

/**
 * Runs SHARD_COUNT shard processes (or the SHARD_IDS among them) with discord.js's own
 * ShardingManager. Each is an ordinary bot process for its guilds; they share the store, which is
 * also where scheduled ticks are claimed, so process groups on several hosts cooperate.
 */
export async function runShardManager(config: Config, logger: Logger, entryFile: string): Promise<{ stop(): Promise<void> }> {
  const manager = new ShardingManager(entryFile, {
    totalShards: config.shardCount!,
    // SHARD_IDS: the rest of the shards run on other hosts that share the store.
    shardList: config.shardIds ?? 'auto',
    token: config.discordToken!,
    mode: 'process',
    respawn: true,
    // Each shard is a bot process: started like one (its environment, MALLOC_MMAP_THRESHOLD_ included, is this one's).
    execArgv: [...BOT_NODE_ARGS],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id }, 'shard started');
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process exited'));
  });
  // A second between shard processes spreads their start-up work; discord.js itself waits out
  // Discord's IDENTIFY rate limit (one per 5 s) between the shards' logins.
  await manager.spawn({ amount: config.shardCount!, delay: 1000, timeout: 120_000 });
  logger.info({ shards: config.shardCount, shardIds: [...manager.shards.keys()] }, 'all shards ready');
  return {
    async stop() {
      manager.respawn = false;
      await Promise.all(
        [...manager.shards.values()].map(
          (shard) =>
            new Promise<void>((resolve) => {
              const child = shard.process;
              if (!child || child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

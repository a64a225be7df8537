import fs from 'node:fs';
import { afterEach } from 'vitest';
import { startDiscordDouble, type DiscordDouble, type DoubleOptions } from '../../../discord-double/index.ts';
import { copyFixtureCorpus, startBot, type BotRun } from '../../../kit/bot-harness.ts';
import { BotProcess } from '../../../kit/bot-process.ts';
import { RedisServer } from '../../../kit/redis-server.ts';
import { sleep } from '../../../kit/wait.ts';

/**
 * Everything one fault test starts (the double, bots, private Redis servers, temp folders), torn
 * down after it in the order that cannot hang: Redis thawed before bots stop, bots before Discord.
 */
export class FaultLab {
  double: DiscordDouble | undefined;
  private readonly runs: BotRun[] = [];
  private readonly redisServers: RedisServer[] = [];
  private readonly processes: BotProcess[] = [];
  private readonly folders: string[] = [];
  private readonly cleanups: (() => Promise<void> | void)[] = [];

  async discord(options: DoubleOptions = {}): Promise<DiscordDouble> {
    if (this.double) throw new Error('this test already started a Discord double');
    this.double = await startDiscordDouble(options);
    return this.double;
  }

  /** The real app in this process (startApp, as main.ts runs it), with its log lines captured. */
  async bot(env: Record<string, string> = {}): Promise<BotRun> {
    if (!this.double) throw new Error('start the Discord double first');
    const run = await startBot(this.double, { CONTENT_DIR: env.CONTENT_DIR ?? this.corpus(), ...env });
    this.runs.push(run);
    return run;
  }

  /** The bot on a private Redis the test can kill or freeze. */
  async botOnRedis(env: Record<string, string> = {}): Promise<{ run: BotRun; redis: RedisServer }> {
    const redis = await this.redis();
    const run = await this.bot({ STORE_URL: redis.url, ...env });
    return { run, redis };
  }

  async stopBot(run: BotRun): Promise<void> {
    this.runs.splice(this.runs.indexOf(run), 1);
    await run.app.stop();
  }

  /** The bot as its own process (`tsx src/main.ts`), killed after the test if still running. */
  botProcess(env: Record<string, string>): BotProcess {
    const bot = new BotProcess(env);
    this.processes.push(bot);
    return bot;
  }

  async redis(): Promise<RedisServer> {
    const server = await RedisServer.start();
    this.redisServers.push(server);
    return server;
  }

  /** A copy of the fixture corpus the test may damage. */
  corpus(): string {
    const dir = copyFixtureCorpus();
    this.folders.push(dir);
    return dir;
  }

  onCleanup(step: () => Promise<void> | void): void {
    this.cleanups.push(step);
  }

  async cleanup(): Promise<void> {
    for (const step of this.cleanups.splice(0).reverse()) await step();
    for (const bot of this.processes.splice(0)) await bot.kill();
    for (const server of this.redisServers) server.thaw();
    for (const run of this.runs.splice(0)) {
      // A bot whose store vanished may take a moment to give up its connection; never hang the suite on it.
      await Promise.race([run.app.stop(), sleep(5_000)]);
    }
    for (const server of this.redisServers.splice(0)) await server.stop();
    await this.double?.close();
    this.double = undefined;
    for (const dir of this.folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One lab per test, cleaned up after each. */
export function useFaultLab(): FaultLab {
  const lab = new FaultLab();
  afterEach(() => lab.cleanup());
  return lab;
}

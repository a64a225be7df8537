/**
 * Load: 2,000 interactions from 100 simulated members over about 20 s through the Discord double
 * (mixed /search, /card, autocomplete, /latest, /random and button clicks). Prints the count,
 * callback latency percentiles, failures, and the bot's memory before, at peak and after a forced
 * GC. Run with `npx tsx bench/load.ts` (not part of `npm test`). The bot runs in a child process
 * started with --expose-gc, so its memory is its own and the GC is real.
 *
 * Options (env): LOAD_INTERACTIONS (2000), LOAD_MEMBERS (100), LOAD_SECONDS (20), CONTENT_DIR (content),
 * LOAD_LOG_LEVEL (the bot's LOG_LEVEL, warn) and LOAD_BOT_LOG (a file to write the bot's log to).
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDiscordDouble } from '../discord-double/index.ts';
import { percentile, runLoad, vocabularyOf, type LoadKind } from '../kit/load-driver.ts';
import { BOT_ENV, BOT_NODE_ARGS } from '../src/bot-command.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const interactions = Number(process.env.LOAD_INTERACTIONS ?? 2000);
const members = Number(process.env.LOAD_MEMBERS ?? 100);
const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const contentDir = path.resolve(ROOT, process.env.CONTENT_DIR ?? 'content');

interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

class BotChild {
  private waiting: { resolve: (message: Record<string, unknown>) => void; reject: (error: Error) => void }[] = [];
  readonly output: string[] = [];

  constructor(readonly child: ChildProcess) {
    child.on('message', (message: Record<string, unknown>) => this.waiting.shift()?.resolve(message));
    child.on('exit', (code) => {
      const error = new Error(`bot exited with ${code}:\n${this.output.slice(-20).join('\n')}`);
      for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    });
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(...chunk.toString().split('\n').filter(Boolean)));
    child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
  }

  next(): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  async memory(gc: boolean): Promise<Memory & { gcAvailable: boolean; cpuMs: number }> {
    const answer = this.next();
    this.child.send({ type: 'memory', gc });
    const message = await answer;
    const cpu = message.cpu as NodeJS.CpuUsage;
    return { ...(message.usage as Memory), gcAvailable: message.gcAvailable as boolean, cpuMs: (cpu.user + cpu.system) / 1000 };
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'stop' });
    await exited;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

const double = await startDiscordDouble();
const child = fork(path.join(ROOT, 'kit/load-bot-process.ts'), [], {
  cwd: ROOT,
  // The bot's own flags and allocator setting, so that its memory figures are the bot's.
  execArgv: ['--expose-gc', ...BOT_NODE_ARGS],
  env: {
    ...BOT_ENV,
    PATH: process.env.PATH ?? '',
    DISCORD_TOKEN: double.token,
    DISCORD_API_BASE: double.apiBase,
    CONTENT_DIR: contentDir,
    STORE_URL: 'memory://',
    TIMEZONE: 'Asia/Shanghai',
    SITE_URL: 'https://notes.example',
    ANNOUNCE_CRON: '0 0 1 1 *',
    QUIZ_CRON: '0 0 1 1 *',
    LOG_LEVEL: process.env.LOAD_LOG_LEVEL ?? 'warn',
  },
  stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
});
const bot = new BotChild(child);
const ready = await bot.next();
if (ready.type !== 'ready') throw new Error(`bot did not start: ${JSON.stringify(ready)}`);
while (double.registeredCommands().length === 0) await new Promise((resolve) => setTimeout(resolve, 50));

const vocabulary = await vocabularyOf(contentDir);
const started = await bot.memory(true);
// A short warm-up so the baseline includes what any running bot has loaded (JIT, caches, sockets).
await runLoad(double, vocabulary, { interactions: 100, members: 10, durationMs: 2000, seed: 1 });
const before = await bot.memory(true);

let peak: Memory = before;
const driverCpuBefore = process.cpuUsage();
const result = await runLoad(double, vocabulary, { interactions, members, durationMs: seconds * 1000, seed: 2026 }, async () => {
  const sample = await bot.memory(false);
  if (sample.rss > peak.rss) peak = { ...sample, heapUsed: Math.max(sample.heapUsed, peak.heapUsed) };
  else if (sample.heapUsed > peak.heapUsed) peak = { ...peak, heapUsed: sample.heapUsed };
});
const driverCpu = process.cpuUsage(driverCpuBefore);
const botCpuMs = (await bot.memory(false)).cpuMs - before.cpuMs;
await new Promise((resolve) => setTimeout(resolve, 1000));
const after = await bot.memory(true);
await bot.stop();
await double.close();

const all = result.latencies.map((l) => l.ms).sort((a, b) => a - b);
const lines = [
  `load: ${interactions} interactions from ${members} members over ${seconds} s, corpus ${path.relative(ROOT, contentDir) || '.'} (${vocabulary.titles.length} articles)`,
  `sent ${result.sent}, answered ${result.answered}, failures ${result.failures.length}, not acknowledged within 3 s ${result.deadlineMisses}, wall ${(result.wallMs / 1000).toFixed(1)} s (${(result.sent / (result.wallMs / 1000)).toFixed(0)}/s)`,
  `callback latency (dispatch → callback): p50 ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}, p99 ${ms(percentile(all, 99))}, max ${ms(percentile(all, 100))}`,
];
for (const kind of ['search', 'card', 'autocomplete', 'latest', 'random', 'click'] satisfies LoadKind[]) {
  const values = result.latencies
    .filter((l) => l.kind === kind)
    .map((l) => l.ms)
    .sort((a, b) => a - b);
  if (values.length > 0)
    lines.push(
      `  ${kind.padEnd(12)} n=${String(values.length).padStart(4)}  p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  max ${ms(percentile(values, 100))}`,
    );
}
lines.push(
  `CPU during the run: bot ${(botCpuMs / 1000).toFixed(1)} s (${(botCpuMs / result.sent).toFixed(1)} ms per interaction), double and driver ${((driverCpu.user + driverCpu.system) / 1e6).toFixed(1)} s; machine load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  `bot memory (${before.gcAvailable ? 'after a forced GC' : 'no --expose-gc: GC not forced'} before and after):`,
  `  at start      rss ${mb(started.rss)}  heap ${mb(started.heapUsed)}`,
  `  before load   rss ${mb(before.rss)}  heap ${mb(before.heapUsed)}`,
  `  peak          rss ${mb(peak.rss)}  heap ${mb(peak.heapUsed)}`,
  `  after load    rss ${mb(after.rss)}  heap ${mb(after.heapUsed)}  (heap ${after.heapUsed >= before.heapUsed ? '+' : ''}${mb(after.heapUsed - before.heapUsed)} vs before)`,
);
const reasons = new Map<string, number>();
for (const failure of result.failures) {
  const reason = `${failure.kind}: ${failure.reason.replace(/\d{17,20}/g, '…').slice(0, 160)}`;
  reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
}
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 10)) lines.push(`  failure ×${count}: ${reason}`);
const warnings = bot.output.filter((line) => /"level":(40|50|60)/.test(line) || !line.startsWith('{'));
lines.push(`bot warnings/errors logged: ${warnings.length}`, ...warnings.slice(0, 5).map((line) => `  ${line.slice(0, 300)}`));
console.log(lines.join('\n'));
if (process.env.LOAD_BOT_LOG) fs.writeFileSync(process.env.LOAD_BOT_LOG, bot.output.join('\n'));
process.exitCode = result.failures.length === 0 && result.deadlineMisses === 0 ? 0 : 1;

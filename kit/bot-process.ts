import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { BOT_ENV, BOT_NODE_ARGS } from '../src/bot-command.ts';
import { waitUntil } from './wait.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The bot as `npm start` and the Dockerfile run it (src/bot-command.ts), in a child process a test
 * can SIGKILL. Only the given variables (and the allocator setting) reach it, so nothing from the
 * test runner's environment changes its config.
 */
export class BotProcess {
  readonly logs: Record<string, unknown>[] = [];
  /** Output that is not a JSON log line (configuration errors go to stderr as plain text). */
  readonly plainOutput: string[] = [];
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, [...BOT_NODE_ARGS, 'src/main.ts'], {
      cwd: REPO_ROOT,
      // Debug level by default: tests wait for per-tick lines.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'debug', ...BOT_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    this.collect(this.child.stdout!);
    this.collect(this.child.stderr!);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The first log line with this message, or matching this predicate. */
  waitForLog(match: string | ((line: Record<string, unknown>) => boolean), timeoutMs = 30_000): Promise<Record<string, unknown>> {
    const matches = typeof match === 'string' ? (line: Record<string, unknown>) => line.msg === match : match;
    const what = typeof match === 'string' ? `"${match}"` : 'a matching line';
    return waitUntil(
      () => {
        if (!this.running) throw new Error(`the bot exited while waiting for ${what}:\n${this.output()}`);
        return this.logs.find(matches);
      },
      `the bot to log ${what}`,
      timeoutMs,
      50,
    );
  }

  /** SIGTERM or SIGINT: what an orchestrator or Ctrl-C sends. */
  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** SIGKILL: no shutdown handler runs, nothing is flushed; what was written is all there is. */
  async kill(): Promise<Exit> {
    if (this.running) this.child.kill('SIGKILL');
    return this.exited;
  }

  /** Everything the process printed, for failure messages. */
  output(): string {
    return [...this.logs.map((line) => JSON.stringify(line)), ...this.plainOutput].join('\n');
  }

  private collect(stream: NodeJS.ReadableStream): void {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        try {
          this.logs.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          this.plainOutput.push(line);
        }
      }
    });
  }
}

/** Parent side of start-child.ts: spawns it, times it from the spawn, collects its figures. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { BOT_ENV, BOT_NODE_ARGS } from '../../src/bot-command.ts';
import type { ChildEvent, ChildMode, DoneEvent, FirstSearchEvent } from './protocol.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CHILD_SCRIPT = path.join(import.meta.dirname, 'start-child.ts');

export interface ChildRun {
  /** Spawn to the first answered search, as the parent saw it. */
  fromSpawnMs: number;
  first: FirstSearchEvent;
  done: DoneEvent;
}

export interface SpawnOptions {
  /** Extra environment, e.g. TSX_DISABLE_CACHE=1 for a start without tsx's transform cache. */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Load with bench/child/bounded-load.ts instead of src/corpus/load.ts. */
  bounded?: boolean;
  /** The index cache folder (engine and warm modes). */
  cacheDir?: string;
}

/**
 * The child's command line and environment: the Dockerfile's (node flags, tsx as a loader, the
 * allocator setting; src/bot-command.ts, which the Dockerfile's CMD is tested against), so that
 * its memory and start time are the bot's.
 */
export function childCommand(mode: ChildMode, dir: string, firstQuery: string, options: SpawnOptions = {}): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: [
      ...BOT_NODE_ARGS,
      CHILD_SCRIPT,
      mode,
      dir,
      firstQuery,
      ...(options.bounded ? ['bounded'] : []),
      ...(options.cacheDir ? [`--cache=${options.cacheDir}`] : []),
    ],
    env: { ...process.env, ...BOT_ENV, ...options.env },
  };
}

export function runChild(mode: ChildMode, dir: string, firstQuery: string, options: SpawnOptions = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const { args, env } = childCommand(mode, dir, firstQuery, options);
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let first: FirstSearchEvent | null = null;
    let firstAt = 0;
    let done: DoneEvent | null = null;
    let buffered = '';
    let stderr = '';
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL');
        reject(new Error(`${mode} child on ${dir} took longer than ${options.timeoutMs} ms`));
      },
      options.timeoutMs ?? 30 * 60_000,
    );

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      for (let newline = buffered.indexOf('\n'); newline !== -1; newline = buffered.indexOf('\n')) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const event = JSON.parse(line) as ChildEvent;
        if (event.event === 'first-search') {
          firstAt = performance.now();
          first = event;
        } else done = event;
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 || !first || !done) {
        reject(new Error(`${mode} child exited with ${code ?? signal}; stderr:\n${stderr.slice(-2000)}`));
        return;
      }
      resolve({ fromSpawnMs: firstAt - started, first, done });
    });
  });
}

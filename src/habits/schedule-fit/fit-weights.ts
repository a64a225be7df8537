import { fork } from 'node:child_process';
import type { FsrsWeights } from '../../quiz/fsrs.ts';
import { historyItems, type TrainingReview } from './training-items.ts';

/** Fewer useful items than this and the optimizer only returns the defaults back, or noise. */
export const MIN_TRAINING_ITEMS = 50;
const DEFAULT_TIMEOUT_MS = 120_000;
const PROCESS_FILE = new URL('./fit-process.mjs', import.meta.url);

export class NotEnoughTrainingData extends Error {}

/** How many items the optimizer would learn from, without building them. */
export function usableItemCount(histories: readonly TrainingReview[][]): number {
  return histories.reduce((sum, history) => sum + historyItems(history).length, 0);
}

/**
 * FSRS-6 weights fitted to the member's card histories with the FSRS optimizer (fsrs-rs through
 * @open-spaced-repetition/binding), in a child process (fit-process.mjs): the bot's event loop
 * keeps answering while it trains, and an optimizer crash costs the fit, not the bot.
 */
export async function fitWeights(histories: readonly TrainingReview[][], options: { timeoutMs?: number } = {}): Promise<FsrsWeights> {
  const usable = usableItemCount(histories);
  if (usable < MIN_TRAINING_ITEMS) throw new NotEnoughTrainingData(`${usable} usable items`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const payload = { histories: histories.map((h) => [h.map((r) => r.rating), h.map((r) => r.deltaT)]) };
  const answer = await new Promise<{ weights?: number[]; error?: string }>((resolve, reject) => {
    // No inherited flags: the parent may run under a TypeScript loader or a test runner.
    const child = fork(PROCESS_FILE, [], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('message', (message) => resolve(message as { weights?: number[]; error?: string }));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the optimizer process ended (${signal ?? `exit ${code}`}) without an answer: ${stderr.trim().split('\n')[0] ?? ''}`));
    });
    child.send(payload);
  });
  if (answer.error !== undefined || !answer.weights) throw new Error(`the optimizer failed: ${answer.error ?? 'no weights'}`);
  const weights = answer.weights;
  if (weights.length !== 21 || weights.some((w) => !Number.isFinite(w))) throw new Error(`the optimizer returned ${weights.length} weights`);
  // Stored as JSON: a few decimals are all the scheduler's precision needs.
  return weights.map((w) => Math.round(w * 1e6) / 1e6);
}

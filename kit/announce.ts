import fs from 'node:fs';
import path from 'node:path';
import type { BotRun } from './bot-harness.ts';
import { countLogs, waitUntil } from './wait.ts';

/** Every scheduled run of a job logs "tick done" when it finishes without throwing. */
export const tickDone =
  (job: string) =>
  (line: Record<string, unknown>): boolean =>
    line.job === job && line.msg === 'tick done';

/** Finished runs of a job so far. */
export function finishedTicks(run: BotRun, job: 'announce' | 'quiz'): number {
  return countLogs(run.logs, tickDone(job));
}

/** Waits for `n` more finished ticks of a job. */
export async function moreTicks(run: BotRun, job: 'announce' | 'quiz', n: number, timeoutMs = 15_000): Promise<void> {
  const target = finishedTicks(run, job) + n;
  await waitUntil(() => finishedTicks(run, job) >= target, `${n} more "${job}" ticks`, timeoutMs);
}

/**
 * Writes `count` new notes dated one day apart, so the announcer's oldest-first order is known.
 * Returns their titles in the order they must be posted.
 */
export function writeNewNotes(contentDir: string, count: number, prefix = 'fresh'): string[] {
  const titles: string[] = [];
  for (let i = 1; i <= count; i++) {
    const day = String(i).padStart(2, '0');
    const title = `新笔记 ${prefix} ${day}`;
    const body = `---\ntitle: ${title}\ndate: 2026-10-${day}\ntags: [fresh]\n---\n第 ${i} 篇新内容。\n`;
    writeAtomically(path.join(contentDir, 'notes', `${prefix}-${day}.md`), body);
    titles.push(title);
  }
  return titles;
}

/** A rescan never sees a half-written file: the bytes land under a name the loader skips, then move. */
export function writeAtomically(file: string, content: string | Buffer): void {
  const temporary = `${file}.partial`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

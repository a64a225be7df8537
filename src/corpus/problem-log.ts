import type { Logger } from 'pino';
import { formatProblem } from './load.ts';
import type { Article, CorpusProblem } from './types.ts';

/** Logs each content problem once, when it first appears, so a rescan every few minutes does not flood the log. */
export class ProblemLog {
  private reported = new Set<string>();

  constructor(private readonly logger: Logger) {}

  /**
   * Logs the problems of this reload that were not there at the last one (saying whether the
   * file's last good version is kept, `retained`) and those of the last one that are gone; returns the new ones.
   */
  note(problems: readonly CorpusProblem[], retained: readonly Article[]): CorpusProblem[] {
    const keys = new Set<string>();
    const fresh: CorpusProblem[] = [];
    for (const problem of problems) {
      const key = formatProblem(problem);
      keys.add(key);
      if (!this.reported.has(key)) fresh.push(problem);
    }
    const retainedPaths = new Set(retained.map((a) => a.path));
    for (const problem of fresh) {
      this.logger.warn(
        { path: problem.path, field: problem.where, reason: problem.reason, keptLastGood: retainedPaths.has(problem.path) },
        `content problem: ${formatProblem(problem)}`,
      );
    }
    for (const key of this.reported) {
      if (!keys.has(key)) this.logger.info({ problem: key }, 'content problem resolved');
    }
    this.reported = keys;
    return fresh;
  }
}

import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { Leases } from '../store/lease.ts';

export interface Job {
  name: string;
  /** node-cron expressions; the job runs on each of them (5 or 6 fields). */
  crons: string[];
  timezone: string;
  run(now: Date): Promise<void>;
}

export interface JobStatus {
  lastStartedAt: Date | null;
  lastFinishedAt: Date | null;
  lastError: string | null;
  running: boolean;
}

/**
 * Runs jobs on their cron expressions without overlap: a tick that finds the previous one still
 * running is skipped, because the next tick picks up whatever it would have done.
 */
export class JobScheduler {
  private readonly tasks: ScheduledTask[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private readonly statuses = new Map<string, JobStatus>();
  private stopped = false;

  constructor(
    private readonly jobs: readonly Job[],
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
    /** Shared with every other process on the store: a tick runs in the process that claims it. */
    private readonly leases: Leases | null = null,
  ) {
    for (const job of jobs) this.statuses.set(job.name, { lastStartedAt: null, lastFinishedAt: null, lastError: null, running: false });
  }

  start(): void {
    for (const job of this.jobs) {
      for (const expression of job.crons) {
        this.tasks.push(
          cron.schedule(expression, (context) => this.runClaimed(job.name, context.date), { timezone: job.timezone, name: `${job.name}:${expression}` }),
        );
      }
    }
  }

  /**
   * Every process fires the same cron ticks; the one that claims the tick's lease runs it. A job that
   * fires on two expressions at the same second runs once, too.
   */
  async runClaimed(name: string, scheduledAt: Date, occasion = 'tick'): Promise<void> {
    const second = Math.floor(scheduledAt.getTime() / 1000);
    if (this.leases) {
      try {
        if (!(await this.leases.tryAcquire(`${occasion}:${name}:${second}`, 10 * 60_000))) return;
      } catch (error) {
        this.logger.warn({ err: error, job: name }, 'could not claim the tick; skipping it');
        return;
      }
    }
    await this.runNow(name);
  }

  /** Runs a job now unless it is already running; resolves when that run (or the running one) ends. */
  runNow(name: string): Promise<void> {
    const existing = this.running.get(name);
    if (existing) return existing;
    const job = this.jobs.find((j) => j.name === name);
    if (!job || this.stopped) return Promise.resolve();
    const status = this.statuses.get(name)!;
    const logger = this.logger.child({ job: name });
    const now = this.clock();
    status.lastStartedAt = now;
    status.running = true;
    const run = job
      .run(now)
      .then(
        () => {
          status.lastError = null;
        },
        (error: unknown) => {
          status.lastError = (error as Error).message ?? String(error);
          logger.error({ err: error }, 'job failed; the next tick tries again');
        },
      )
      .finally(() => {
        status.running = false;
        status.lastFinishedAt = this.clock();
        this.running.delete(name);
      });
    this.running.set(name, run);
    return run;
  }

  status(): Record<string, JobStatus> {
    return Object.fromEntries([...this.statuses].map(([name, s]) => [name, { ...s }]));
  }

  /** Stops the schedules and waits for running jobs, so no accepted post goes unrecorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const task of this.tasks) await task.destroy();
    this.tasks.length = 0;
    await Promise.allSettled([...this.running.values()]);
  }
}

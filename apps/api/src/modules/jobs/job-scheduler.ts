/**
 * Scheduled and background work, run exactly once across all API processes (pg-boss on the
 * app's database). Features register their jobs while the app starts (in `onModuleInit`); the
 * queue starts after that, when the config's JOBS is on.
 */
export interface RecurringJob {
  /** Unique, e.g. `digests.daily`. */
  name: string;
  /** Cron, on the community's clock, e.g. `0 8 * * *`. */
  cron: string;
  /** `now` is when the tick was due; the work must be safe to run again (it is written to be idempotent). */
  run(now: Date): Promise<void>;
}

export abstract class JobScheduler {
  /** Runs `job.run` at each tick of its cron, in one process only. */
  abstract every(job: RecurringJob): void;
  /** Registers a handler for one-off jobs of this name. */
  abstract handle<T extends object>(name: string, run: (data: T) => Promise<void>): void;
  /** Queues a one-off job (run once, by one process, soon); a no-op queue when JOBS is off. */
  abstract enqueue<T extends object>(name: string, data: T): Promise<void>;
}

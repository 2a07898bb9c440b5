import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';
import { JobScheduler, type RecurringJob } from './job-scheduler';

/** pg-boss keeps its tables in a schema of its own, next to the app's. */
export const JOB_QUEUE_SCHEMA = 'pgboss';

/**
 * How often the queue looks at the clock and for work. Cron ticks are created by one process only (pg-boss
 * takes a database-side turn, and the tick's job has a singleton key for its minute); the job is then fetched
 * with `FOR UPDATE SKIP LOCKED`, so exactly one process runs it.
 */
const QUEUE_TIMING = {
  /** Whose turn it is to create the due cron ticks is checked this often (a tick is at most this late). */
  cronMonitorIntervalSeconds: 5,
  /** The internal queue that turns a due tick into its job. */
  cronWorkerIntervalSeconds: 2,
  /** A one-off job's worker polls its queue this often (a job queued by the same process is fetched at once). */
  pollingIntervalSeconds: 2,
  /** A recurring job's worker polls this often: a tick is at most this much later again. */
  tickPollingIntervalSeconds: 5,
};

/** One-off jobs fetched at once by a worker (run one after another). */
const ONE_OFF_BATCH = 10;

type Handler = (data: object) => Promise<void>;

/** A job as it was registered, for tests and diagnostics. */
export interface RegisteredJobs {
  recurring: { name: string; cron: string }[];
  handlers: string[];
}

/**
 * The JobScheduler on pg-boss, over the app's own DataSource (PGlite serves a single connection, so the queue
 * must share the app's pool). Features register in `onModuleInit`; the queue starts on application bootstrap
 * when JOBS is on, and stops before the data source closes. With JOBS off it only records what was registered.
 */
@Injectable()
export class PgBossJobScheduler extends JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly recurring = new Map<string, RecurringJob>();
  private readonly handlers = new Map<string, Handler>();
  private boss: PgBoss | null = null;
  private starting: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Config,
  ) {
    super();
  }

  every(job: RecurringJob): void {
    if (this.recurring.has(job.name) || this.handlers.has(job.name)) throw new Error(`The job ${job.name} is registered twice`);
    if (this.boss || this.starting) throw new Error(`The job ${job.name} was registered after the queue started`);
    this.recurring.set(job.name, job);
  }

  handle<T extends object>(name: string, run: (data: T) => Promise<void>): void {
    if (this.recurring.has(name) || this.handlers.has(name)) throw new Error(`The job ${name} is registered twice`);
    if (this.boss || this.starting) throw new Error(`The job ${name} was registered after the queue started`);
    this.handlers.set(name, run as Handler);
  }

  /**
   * Queues through its own statement on the app's pool, not in any transaction: call it after the transaction
   * that makes the job necessary committed (on PGlite, the app's only connection is held by an open transaction,
   * and waiting for it inside that transaction would never end).
   */
  async enqueue<T extends object>(name: string, data: T): Promise<void> {
    if (!this.handlers.has(name)) throw new Error(`No handler for the job ${name}`);
    if (!this.boss) return;
    await this.boss.send(name, data);
  }

  /** What was registered (JOBS on or off). */
  registered(): RegisteredJobs {
    return {
      recurring: [...this.recurring.values()].map(({ name, cron }) => ({ name, cron })),
      handlers: [...this.handlers.keys()],
    };
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.JOBS) await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Starts the queue (migrating its schema), schedules the recurring jobs and starts a worker per job. */
  start(): Promise<void> {
    this.starting ??= this.startQueue().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private async startQueue(): Promise<void> {
    const boss = await this.startBoss();
    try {
      for (const name of [...this.recurring.keys(), ...this.handlers.keys()]) await this.ensureQueue(boss, name);
      // A recurring job no longer registered (renamed, removed) stops ticking.
      for (const schedule of await boss.getSchedules()) {
        if (!this.recurring.has(schedule.name)) await boss.unschedule(schedule.name);
      }
      for (const job of this.recurring.values()) {
        await boss.schedule(job.name, job.cron, {}, { tz: this.config.COMMUNITY_TIMEZONE });
        await boss.work(
          job.name,
          { pollingIntervalSeconds: QUEUE_TIMING.tickPollingIntervalSeconds, batchSize: 1, includeMetadata: true },
          async ([tick]) => {
            if (tick) await this.runLogged(job.name, () => job.run(new Date(tick.createdOn)));
          },
        );
      }
      for (const [name, run] of this.handlers) {
        // A batch at a time, each job on its own: one that fails is failed (and retried by pg-boss) alone; the
        // others of the batch are completed when the handler returns.
        await boss.work(name, { pollingIntervalSeconds: QUEUE_TIMING.pollingIntervalSeconds, batchSize: ONE_OFF_BATCH }, async (jobs) => {
          for (const job of jobs) {
            try {
              await this.runLogged(name, () => run(job.data as object));
            } catch (error) {
              await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
            }
          }
        });
      }
    } catch (error) {
      await boss.stop({ graceful: false, wait: true, close: false }).catch(() => undefined);
      throw error;
    }
    this.boss = boss;
  }

  /**
   * A started pg-boss. Two processes starting on a new database both try to install its schema; pg-boss expects
   * that race, yet PostgreSQL can report it in a way pg-boss does not recognise (a duplicate schema name). The
   * loser tries again, finds the schema installed and goes on. A pg-boss instance that failed to start cannot be
   * started again, so each attempt builds its own.
   */
  private async startBoss(): Promise<PgBoss> {
    for (let attempt = 1; ; attempt++) {
      const boss = new PgBoss({
        db: { executeSql: (text: string, values: unknown[]) => this.executeSql(text, values) },
        schema: JOB_QUEUE_SCHEMA,
        migrate: true,
        supervise: true,
        schedule: true,
        cronMonitorIntervalSeconds: QUEUE_TIMING.cronMonitorIntervalSeconds,
        cronWorkerIntervalSeconds: QUEUE_TIMING.cronWorkerIntervalSeconds,
      });
      boss.on('error', (error: Error) => this.logger.error(`Job queue: ${error.message}`, error.stack));
      try {
        await boss.start();
        return boss;
      } catch (error) {
        await boss.stop({ graceful: false, wait: true, close: false }).catch(() => undefined);
        if (attempt >= 3) throw error;
        this.logger.warn(`Job queue did not start (attempt ${attempt}): ${error instanceof Error ? error.message : String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }

  /**
   * Creates a queue unless it exists. Two processes creating the same queues at once can meet in PostgreSQL (a
   * deadlock between their partition tables, or the other one's row first): the loser looks again and goes on.
   */
  private async ensureQueue(boss: PgBoss, name: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (await boss.getQueue(name)) return;
      try {
        await boss.createQueue(name);
        return;
      } catch (error) {
        const code = (error as { code?: string } | null)?.code;
        if (attempt >= 3 || !(code === '40P01' || code === '23505' || code === '42P07')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }

  /** Stops fetching, lets the running jobs finish (up to 10 s), then lets go. Safe to call twice. */
  async stop(): Promise<void> {
    const starting = this.starting;
    this.starting = null;
    await starting?.catch(() => undefined);
    const boss = this.boss;
    this.boss = null;
    if (!boss) return;
    await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 }).catch((error: Error) => {
      this.logger.warn(`Job queue did not stop cleanly: ${error.message}`);
    });
  }

  private async runLogged(name: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      // pg-boss marks the job failed and retries it; the log says why.
      this.logger.error(`Job ${name} failed: ${error instanceof Error ? error.message : String(error)}`, error instanceof Error ? error.stack : undefined);
      throw error;
    }
  }

  /** pg-boss's SQL through the app's pool, answering pg's `{rows, rowCount}` (several results for a script). */
  private async executeSql(text: string, values: unknown[] | undefined): Promise<{ rows: unknown[]; rowCount?: number }> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(text, values, true);
      return { rows: result.records ?? [], rowCount: result.affected };
    } catch (error) {
      // pg-boss's scripts open their own transaction (`BEGIN; …; COMMIT;`) and some failures are expected (two
      // processes installing the schema at once). A failed script leaves its transaction open and aborted: end it
      // before the connection goes back to the pool (on PGlite, the app's only connection).
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

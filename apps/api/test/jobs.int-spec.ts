import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/load-config';
import { openDatabase, type OpenDatabase } from '../src/database/data-source';
import { createLogger } from '../src/logging/logger';
import { JobScheduler } from '../src/modules/jobs/job-scheduler';
import { PgBossJobScheduler } from '../src/modules/jobs/pg-boss-job-scheduler';
import { startTestApp, type TestApp } from './utils/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await sleep(250);
  }
}

describe('the job queue (pg-boss)', () => {
  it('starts on bootstrap when JOBS is on, schedules every recurring job on the community clock, and stops on shutdown', async () => {
    const t = await startTestApp({ JOBS: 'true' });
    const scheduler = t.app.get(PgBossJobScheduler);
    try {
      expect(scheduler.running).toBe(true);
      expect(t.app.get(JobScheduler)).toBe(scheduler);
      const schedules = (await t.dataSource.query(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`)) as {
        name: string;
        cron: string;
        timezone: string;
      }[];
      expect(schedules).toEqual(expect.arrayContaining([{ name: 'rota.fill', cron: '0 3 * * *', timezone: 'Europe/Madrid' }]));
      expect(schedules.map((schedule) => schedule.name).sort()).toEqual(scheduler.registered().recurring.map((job) => job.name).sort());
      expect(schedules.every((schedule) => schedule.timezone === 'Europe/Madrid')).toBe(true);
    } finally {
      await t.close();
    }
    expect(scheduler.running).toBe(false);
  });

  it('only records the jobs when JOBS is off: enqueue does nothing, no queue tables', async () => {
    const t = await startTestApp();
    try {
      const scheduler = t.app.get(PgBossJobScheduler);
      expect(scheduler.running).toBe(false);
      expect(scheduler.registered().recurring.length).toBeGreaterThanOrEqual(4);
      const [{ exists }] = await t.dataSource.query(`SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss') AS exists`);
      expect(exists).toBe(false);
    } finally {
      await t.close();
    }
  });

  /**
   * Two instances of the whole app on one database, both running the queue. On PostgreSQL (DATABASE_URL) the
   * second opens a pool of its own, as a second process would. The embedded PGlite serves a single connection,
   * so there the second instance shares the first one's DataSource: two queues, two sets of workers and clocks,
   * one database session. Either way the database alone decides who runs what.
   */
  describe('two app instances on one database', () => {
    let t: TestApp;
    let second: NestFastifyApplication;
    let secondDatabase: OpenDatabase | null = null;
    let schedulers: PgBossJobScheduler[];
    const ticks: { instance: number; now: Date }[] = [];
    const runs: { instance: number; key: string }[] = [];

    beforeAll(async () => {
      t = await startTestApp();
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', JOBS: 'false' });
      if (process.env.DATABASE_URL) {
        const url = (t.dataSource.options as { url?: string }).url;
        secondDatabase = await openDatabase({ databaseUrl: url });
      }
      second = await createApp(config, secondDatabase?.dataSource ?? t.dataSource, createLogger('silent'));
      schedulers = [t.app.get(PgBossJobScheduler), second.get(PgBossJobScheduler)];
      // Each instance registers the same jobs, as the same code in two processes would, then starts its queue.
      schedulers.forEach((scheduler, instance) => {
        scheduler.every({ name: 'test.tick', cron: '* * * * *', run: async (now) => void ticks.push({ instance, now }) });
        scheduler.handle<{ key: string }>('test.once', async ({ key }) => {
          runs.push({ instance, key });
          await sleep(20);
        });
      });
      await Promise.all(schedulers.map((scheduler) => scheduler.start()));
    }, 120_000);

    afterAll(async () => {
      // Both queues stop before any data source closes (on PGlite they share one).
      await Promise.all(schedulers.map((scheduler) => scheduler.stop()));
      await second.close();
      await secondDatabase?.close();
      await t.close();
    }, 120_000);

    it('runs each cron tick once, in one of them', async () => {
      // The minute's tick is due at once when the queues start; a new one each minute.
      await until(() => ticks.length >= 1, 80_000);
      // Time for a duplicate to show up, if there were one: several clock checks and worker polls of both.
      await sleep(12_000);
      const minutes = ticks.map((tick) => Math.floor(tick.now.getTime() / 60_000));
      expect(new Set(minutes).size).toBe(ticks.length);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'test.tick' AND state = 'completed'`);
      expect(count).toBe(ticks.length);
      for (const tick of ticks) expect(Math.abs(Date.now() - tick.now.getTime())).toBeLessThan(120_000);
    }, 120_000);

    it('runs each enqueued job once, whichever instance queued it', async () => {
      const keys = Array.from({ length: 40 }, (_, index) => `job-${index}`);
      await Promise.all(keys.map((key, index) => schedulers[index % 2]!.enqueue('test.once', { key })));
      await until(() => runs.length >= keys.length, 60_000);
      await sleep(5_000);
      expect(runs.map((run) => run.key).sort()).toEqual([...keys].sort());
      // Both instances took work (they poll the same queue).
      expect(new Set(runs.map((run) => run.instance)).size).toBe(2);
    }, 90_000);
  });
});

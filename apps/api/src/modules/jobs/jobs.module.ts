import { Global, Module } from '@nestjs/common';
import { JobScheduler } from './job-scheduler';
import { PgBossJobScheduler } from './pg-boss-job-scheduler';

/**
 * Scheduled and background work on pg-boss, in the app's database. Global: any feature injects JobScheduler
 * and registers its jobs in `onModuleInit`.
 */
@Global()
@Module({
  providers: [PgBossJobScheduler, { provide: JobScheduler, useExisting: PgBossJobScheduler }],
  exports: [JobScheduler, PgBossJobScheduler],
})
export class JobsModule {}

import { Module } from '@nestjs/common';
import { BreakfastsModule } from '../breakfasts/breakfasts.module';
import { ScheduledWorkJobs } from './scheduled-work.jobs';
import { ScheduledWorkRepository } from './scheduled-work.repository';
import { ScheduledWorkService } from './scheduled-work.service';

/**
 * Recurring work that no request starts: `rota.fill` (daily 03:00), `feedback.close` (every 10 min),
 * `reminders.breakfasts` (hourly) and `reminders.events` (every 15 min), on the global JobScheduler.
 */
@Module({
  imports: [BreakfastsModule],
  providers: [ScheduledWorkRepository, ScheduledWorkService, ScheduledWorkJobs],
  exports: [ScheduledWorkService],
})
export class ScheduledWorkModule {}

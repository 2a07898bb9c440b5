import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobScheduler } from '../jobs/job-scheduler';
import { ScheduledWorkService } from './scheduled-work.service';

/** Cron of each recurring job, on the community's clock. */
export const SCHEDULED_WORK_CRONS = {
  'rota.fill': '0 3 * * *',
  'feedback.close': '*/10 * * * *',
  'reminders.breakfasts': '0 * * * *',
  'reminders.events': '*/15 * * * *',
} as const;

/** Registers the community's recurring work with the job queue. */
@Injectable()
export class ScheduledWorkJobs implements OnModuleInit {
  constructor(
    private readonly scheduler: JobScheduler,
    private readonly work: ScheduledWorkService,
  ) {}

  onModuleInit(): void {
    const crons = SCHEDULED_WORK_CRONS;
    this.scheduler.every({ name: 'rota.fill', cron: crons['rota.fill'], run: async (now) => void (await this.work.fillRota(now)) });
    this.scheduler.every({ name: 'feedback.close', cron: crons['feedback.close'], run: async (now) => void (await this.work.closeFeedback(now)) });
    this.scheduler.every({
      name: 'reminders.breakfasts',
      cron: crons['reminders.breakfasts'],
      run: async (now) => void (await this.work.remindBreakfasts(now)),
    });
    this.scheduler.every({ name: 'reminders.events', cron: crons['reminders.events'], run: async (now) => void (await this.work.remindEvents(now)) });
  }
}

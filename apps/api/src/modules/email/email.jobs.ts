import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobScheduler } from '../jobs/job-scheduler';
import { EmailDigestsService } from './email-digests.service';
import { EmailDispatchService } from './email-dispatch.service';
import { OutboxService, SEND_NOW_JOB } from './outbox.service';

/** The e-mail feature's scheduled work (crons on the community's clock); each job is a service method taking `now`. */
@Injectable()
export class EmailJobs implements OnModuleInit {
  constructor(
    private readonly scheduler: JobScheduler,
    private readonly outbox: OutboxService,
    private readonly dispatch: EmailDispatchService,
    private readonly digests: EmailDigestsService,
  ) {}

  onModuleInit(): void {
    this.scheduler.every({ name: 'email.send', cron: '* * * * *', run: async (now) => void (await this.outbox.sendDue(now)) });
    this.scheduler.every({ name: 'email.dispatch', cron: '* * * * *', run: async (now) => void (await this.dispatch.dispatch(now)) });
    this.scheduler.every({ name: 'digests.daily', cron: '0 * * * *', run: async (now) => void (await this.digests.daily(now)) });
    this.scheduler.every({ name: 'digests.weekly', cron: '0 * * * 1', run: async (now) => void (await this.digests.weekly(now)) });
    this.scheduler.handle(SEND_NOW_JOB, async () => void (await this.outbox.sendDue(new Date())));
  }
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobScheduler } from '../jobs/job-scheduler';
import { CoffeeRoundsService } from './coffee-rounds.service';

/** Monday 09:00 on the community's clock: the week's coffee round (nothing if a manager already made it). */
export const COFFEE_ROUND_CRON = '0 9 * * 1';

@Injectable()
export class CoffeeJobs implements OnModuleInit {
  constructor(
    private readonly scheduler: JobScheduler,
    private readonly rounds: CoffeeRoundsService,
  ) {}

  onModuleInit(): void {
    this.scheduler.every({ name: 'coffee.round', cron: COFFEE_ROUND_CRON, run: async (now) => void (await this.rounds.weekly(now)) });
  }
}

import { Module } from '@nestjs/common';
import { CoffeeController, CoffeeInvitationsController } from './coffee.controller';
import { CoffeeInvitationsService } from './coffee-invitations.service';
import { CoffeeJobs } from './coffee.jobs';
import { CoffeeRepository } from './coffee.repository';
import { CoffeeRoundsService } from './coffee-rounds.service';
import { CoffeeSettingsService } from './coffee-settings.service';

/**
 * Coffee: weekly opt-in pairing rounds (the `coffee.round` job on Mondays, or a manager), each member's match and
 * «we met», private do-not-pair lists, and direct invitations answered once under a row lock.
 */
@Module({
  controllers: [CoffeeController, CoffeeInvitationsController],
  providers: [CoffeeRepository, CoffeeSettingsService, CoffeeRoundsService, CoffeeInvitationsService, CoffeeJobs],
})
export class CoffeeModule {}

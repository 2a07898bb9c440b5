import { Module } from '@nestjs/common';
import { NetworkingController } from './networking.controller';
import { NetworkingRepository } from './networking.repository';
import { NetworkingService } from './networking.service';

/** Table rotations at networking lunches: settings, plans from the seating planner, locked tables, one's own seats. */
@Module({
  controllers: [NetworkingController],
  providers: [NetworkingRepository, NetworkingService],
})
export class NetworkingModule {}

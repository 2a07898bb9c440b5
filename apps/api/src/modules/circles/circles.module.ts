import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { CirclesController } from './circles.controller';
import { CirclesRepository } from './circles.repository';
import { CirclesService } from './circles.service';

@Module({
  imports: [EventsModule],
  controllers: [CirclesController],
  providers: [CirclesRepository, CirclesService],
  exports: [CirclesRepository],
})
export class CirclesModule {}

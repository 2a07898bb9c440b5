import { Module } from '@nestjs/common';
import { PhotoStore } from '../photos/photo-store';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

/**
 * Events, answers with a FIFO waitlist, want-to-meet picks and covers. Exports EventsRepository: the calendar
 * reads a visible event with findVisible and maps it with toEvent (event.mapper.ts).
 */
@Module({
  controllers: [EventsController],
  // PhotoStore keeps no state: covers live next to members' photos, under UPLOADS_DIR.
  providers: [EventsRepository, EventsService, PhotoStore],
  exports: [EventsRepository],
})
export class EventsModule {}

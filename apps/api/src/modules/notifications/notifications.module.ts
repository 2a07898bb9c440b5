import { Global, Module } from '@nestjs/common';
import { NotificationsController, NotificationSettingsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** In-app notifications. Global: every feature calls NotificationsService.notify inside its own transactions. */
@Global()
@Module({
  controllers: [NotificationsController, NotificationSettingsController],
  providers: [NotificationsRepository, NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}

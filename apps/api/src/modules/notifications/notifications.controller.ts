import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ErrorBodySchema,
  ListNotificationsQuerySchema,
  MarkNotificationsReadSchema,
  NotificationPageSchema,
  NotificationSettingsSchema,
  UnreadCountSchema,
  type ListNotificationsQuery,
  type MarkNotificationsRead,
  type NotificationSettings,
} from '@tertulia/domain';
import { CurrentMember } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { NotificationsService } from './notifications.service';

/** The signed-in member's own notifications. */
@ApiTags('notifications')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ standardSchema: NotificationPageSchema })
  list(@CurrentMember() viewer: AuthenticatedMember, @Query({ schema: ListNotificationsQuerySchema }) query: ListNotificationsQuery) {
    return this.notifications.list(viewer, query);
  }

  @Get('unread-count')
  @ApiOkResponse({ standardSchema: UnreadCountSchema })
  unreadCount(@CurrentMember() viewer: AuthenticatedMember) {
    return this.notifications.unreadCount(viewer);
  }

  @Post('read')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: UnreadCountSchema })
  markRead(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: MarkNotificationsReadSchema }) input: MarkNotificationsRead) {
    return this.notifications.markRead(viewer, input);
  }
}

/** The signed-in member's notification settings: e-mail frequency per category and quiet hours (columns of `members`). */
@ApiTags('notifications')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('members/me/notification-settings')
export class NotificationSettingsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ standardSchema: NotificationSettingsSchema })
  get(@CurrentMember() viewer: AuthenticatedMember) {
    return this.notifications.settings(viewer);
  }

  @Put()
  @ApiOkResponse({ standardSchema: NotificationSettingsSchema })
  update(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: NotificationSettingsSchema }) input: NotificationSettings) {
    return this.notifications.updateSettings(viewer, input);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type {
  ListNotificationsQuery,
  MarkNotificationsRead,
  NotificationKind,
  NotificationPage,
  NotificationSettings,
  UnreadCount,
} from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';
import { toNotification, toNotificationSettings } from './notification.mapper';
import { memberGone } from './notifications.errors';
import { NotificationsRepository, type NotificationRecipient } from './notifications.repository';

/** What a feature tells its members; see the data keys per kind in the notifications contract. */
export interface NotifyInput {
  /** Recipients (callers never include the actor); only active members get a row. */
  memberIds: string[];
  kind: NotificationKind;
  /** Exactly the keys listed for the kind; all strings, dates and instants ISO. */
  data: Record<string, string>;
  /** A portal path, e.g. `/events/<id>`. */
  link: string;
  /** Once per (member, key), e.g. `event_reminder:<eventId>`: reminders. */
  dedupeKey?: string;
}

/** Recipients with their own data and dedupe keys (the same rules as NotifyInput). */
export interface NotifyEachInput {
  kind: NotificationKind;
  link: string;
  recipients: NotificationRecipient[];
}

/** In-app notifications: telling members (notify) and their inbox and settings. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    @Inject(APP_CONFIG) private readonly config: Config,
  ) {}

  /**
   * Tells the recipients, in the caller's transaction (`em`): nothing is told about a change that rolled back.
   * Held back (deliver_at) while a recipient is in focus or in their quiet hours; deduplicated by `dedupeKey`.
   */
  async notify(em: EntityManager, input: NotifyInput): Promise<void> {
    const { data, dedupeKey = null } = input;
    await this.notifyEach(em, {
      kind: input.kind,
      link: input.link,
      recipients: [...new Set(input.memberIds)].map((memberId) => ({ memberId, data, dedupeKey })),
    });
  }

  /** As notify(), when each recipient's sentence is their own (their date, their partners): one statement for all. */
  async notifyEach(em: EntityManager, input: NotifyEachInput): Promise<void> {
    if (input.recipients.length === 0) return;
    await this.notifications.insert(em, { ...input, timeZone: this.config.COMMUNITY_TIMEZONE });
  }

  /** When something told to this member at `at` would reach them (quiet hours and focus); null: unknown member. */
  deliveryTime(memberId: string, at: Date): Promise<Date | null> {
    return this.notifications.deliveryTime(memberId, at, this.config.COMMUNITY_TIMEZONE);
  }

  async list(member: AuthenticatedMember, query: ListNotificationsQuery): Promise<NotificationPage> {
    const page = await this.notifications.list(member.id, query);
    return { items: page.items.map(toNotification), nextCursor: page.nextCursor, unreadCount: page.unreadCount };
  }

  async unreadCount(member: AuthenticatedMember): Promise<UnreadCount> {
    return { unreadCount: await this.notifications.unreadCount(member.id) };
  }

  async markRead(member: AuthenticatedMember, input: MarkNotificationsRead): Promise<UnreadCount> {
    return { unreadCount: await this.notifications.markRead(member.id, input.all ? null : (input.ids ?? [])) };
  }

  async settings(member: AuthenticatedMember): Promise<NotificationSettings> {
    const row = await this.notifications.settings(member.id);
    if (!row) throw memberGone();
    return toNotificationSettings(row);
  }

  async updateSettings(member: AuthenticatedMember, input: NotificationSettings): Promise<NotificationSettings> {
    const row = await this.notifications.updateSettings(member.id, input);
    if (!row) throw memberGone();
    return toNotificationSettings(row);
  }
}

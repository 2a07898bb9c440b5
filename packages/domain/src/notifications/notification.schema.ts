import { z } from 'zod';
import { TimeOfDaySchema } from '../common/dates.schema';
import { IdSchema } from '../common/primitives.schema';
import { PageQuerySchema } from '../common/pagination.schema';

/** What a member is told about. Each kind belongs to one e-mail category. */
export const NOTIFICATION_KINDS = [
  'invitation_accepted',
  'breakfast_assigned',
  'swap_proposed',
  'presenter_declined',
  'breakfast_reminder',
  'waitlist_promoted',
  'event_changed',
  'event_cancelled',
  'event_reminder',
  'feedback_requested',
  'feedback_matches_skills',
  'feedback_answered',
  'feedback_helpful',
  'post_commented',
  'coffee_matched',
  'coffee_invited',
  'coffee_accepted',
  'coffee_declined',
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** What each kind's `data` holds (the notification contract): strings, dates as `YYYY-MM-DD`, instants as ISO. */
export interface NotificationDataByKind {
  invitation_accepted: { memberName: string };
  breakfast_assigned: { date: string };
  swap_proposed: { proposerName: string; date: string; withDate: string };
  presenter_declined: { presenterName: string; date: string };
  breakfast_reminder: { date: string; daysBefore: string };
  waitlist_promoted: { eventTitle: string; startsAt: string };
  event_changed: { eventTitle: string; startsAt: string };
  event_cancelled: { eventTitle: string; startsAt: string };
  event_reminder: { eventTitle: string; startsAt: string };
  feedback_requested: { requesterName: string; title: string };
  feedback_matches_skills: { requesterName: string; title: string };
  feedback_answered: { reviewerName: string; title: string };
  feedback_helpful: { requesterName: string; title: string };
  post_commented: { commenterName: string; postTitle: string };
  /** The others of the pair or trio, their names joined by commas. */
  coffee_matched: { partnerNames: string };
  coffee_invited: { inviterName: string };
  coffee_accepted: { inviteeName: string; startsAt: string };
  coffee_declined: { inviteeName: string };
}

export const NOTIFICATION_DATA_KEYS: { [K in NotificationKind]: readonly (keyof NotificationDataByKind[K])[] } = {
  invitation_accepted: ['memberName'],
  breakfast_assigned: ['date'],
  swap_proposed: ['proposerName', 'date', 'withDate'],
  presenter_declined: ['presenterName', 'date'],
  breakfast_reminder: ['date', 'daysBefore'],
  waitlist_promoted: ['eventTitle', 'startsAt'],
  event_changed: ['eventTitle', 'startsAt'],
  event_cancelled: ['eventTitle', 'startsAt'],
  event_reminder: ['eventTitle', 'startsAt'],
  feedback_requested: ['requesterName', 'title'],
  feedback_matches_skills: ['requesterName', 'title'],
  feedback_answered: ['reviewerName', 'title'],
  feedback_helpful: ['requesterName', 'title'],
  post_commented: ['commenterName', 'postTitle'],
  coffee_matched: ['partnerNames'],
  coffee_invited: ['inviterName'],
  coffee_accepted: ['inviteeName', 'startsAt'],
  coffee_declined: ['inviteeName'],
};

/** E-mail preferences are per category; `celebrations` are the digest's birthdays and anniversaries. */
export const NOTIFICATION_CATEGORIES = ['community', 'breakfasts', 'events', 'feedback', 'knowledge', 'celebrations'] as const;
export const NotificationCategorySchema = z.enum(NOTIFICATION_CATEGORIES);
export type NotificationCategory = z.infer<typeof NotificationCategorySchema>;

export const CATEGORY_OF_KIND: Record<NotificationKind, Exclude<NotificationCategory, 'celebrations'>> = {
  invitation_accepted: 'community',
  breakfast_assigned: 'breakfasts',
  swap_proposed: 'breakfasts',
  presenter_declined: 'breakfasts',
  breakfast_reminder: 'breakfasts',
  waitlist_promoted: 'events',
  event_changed: 'events',
  event_cancelled: 'events',
  event_reminder: 'events',
  feedback_requested: 'feedback',
  feedback_matches_skills: 'feedback',
  feedback_answered: 'feedback',
  feedback_helpful: 'feedback',
  post_commented: 'knowledge',
  // Coffee is about meeting the community: its e-mails follow the «community» choice.
  coffee_matched: 'community',
  coffee_invited: 'community',
  coffee_accepted: 'community',
  coffee_declined: 'community',
};

/** How a category reaches the member's inbox: at once, in the daily or weekly digest, or not by e-mail. */
export const EMAIL_FREQUENCIES = ['instant', 'daily', 'weekly', 'never'] as const;
export const EmailFrequencySchema = z.enum(EMAIL_FREQUENCIES);
export type EmailFrequency = z.infer<typeof EmailFrequencySchema>;

export const EMAIL_FREQUENCY_DEFAULTS: Record<NotificationCategory, EmailFrequency> = {
  community: 'instant',
  breakfasts: 'instant',
  events: 'instant',
  feedback: 'instant',
  knowledge: 'daily',
  celebrations: 'daily',
};

/**
 * An in-app notification. `data` holds what its sentence needs (names, titles, dates as ISO
 * strings), which the portal and the e-mails put into translated sentences; `link` is a portal path.
 */
export const NotificationSchema = z.object({
  id: IdSchema,
  kind: NotificationKindSchema,
  category: NotificationCategorySchema,
  data: z.record(z.string(), z.string()),
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

/** GET /api/notifications: newest first; only those already delivered (not held by quiet hours or focus). */
export const NotificationPageSchema = z.object({
  items: z.array(NotificationSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;
export const ListNotificationsQuerySchema = PageQuerySchema.extend({
  unread: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
});
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuerySchema>;

/** GET /api/notifications/unread-count: what the bell shows. */
export const UnreadCountSchema = z.object({ unreadCount: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCountSchema>;

/** POST /api/notifications/read: some (`ids`, the reader's own) or `all`. Answers the new unread count. */
export const MarkNotificationsReadSchema = z
  .strictObject({
    ids: z.array(IdSchema).min(1).max(100).optional(),
    all: z.literal(true).optional(),
  })
  .refine((body) => (body.ids === undefined) !== (body.all === undefined), { message: 'Give either ids or all', path: ['ids'] });
export type MarkNotificationsRead = z.infer<typeof MarkNotificationsReadSchema>;

export const EmailPreferencesSchema = z.strictObject({
  community: EmailFrequencySchema,
  breakfasts: EmailFrequencySchema,
  events: EmailFrequencySchema,
  feedback: EmailFrequencySchema,
  knowledge: EmailFrequencySchema,
  celebrations: EmailFrequencySchema,
});
export type EmailPreferences = z.infer<typeof EmailPreferencesSchema>;

/** Quiet hours on the community's clock; `22:00`–`08:00` spans midnight. Start and end differ. */
export const QuietHoursSchema = z
  .strictObject({ start: TimeOfDaySchema, end: TimeOfDaySchema })
  .refine((hours) => hours.start !== hours.end, { message: 'Start and end must differ', path: ['end'] });
export type QuietHours = z.infer<typeof QuietHoursSchema>;

/** GET/PUT /api/members/me/notification-settings. */
export const NotificationSettingsSchema = z.strictObject({
  email: EmailPreferencesSchema,
  quietHours: QuietHoursSchema.nullable(),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

export const OUTBOX_STATUSES = ['pending', 'sent'] as const;
export const OutboxStatusSchema = z.enum(OUTBOX_STATUSES);
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;

/** What an e-mail is: one notification, a digest, or an invitation. */
export const OUTBOX_KINDS = ['notification', 'daily_digest', 'weekly_digest', 'invitation'] as const;
export const OutboxKindSchema = z.enum(OUTBOX_KINDS);
export type OutboxKind = z.infer<typeof OutboxKindSchema>;

/**
 * An e-mail in the outbox (the manager's view). Nothing is ever dropped: a message stays `pending`
 * until the SMTP server takes it, retried with a growing delay; `lastError` says why it waits.
 */
export const OutboxMessageSchema = z.object({
  id: IdSchema,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: OutboxKindSchema,
  status: OutboxStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;

/** GET /api/outbox (manager): newest first; `smtpConfigured` false means messages wait to be read here. */
export const OutboxPageSchema = z.object({
  items: z.array(OutboxMessageSchema),
  nextCursor: z.string().nullable(),
  smtpConfigured: z.boolean(),
  pending: z.number().int(),
});
export type OutboxPage = z.infer<typeof OutboxPageSchema>;
export const ListOutboxQuerySchema = PageQuerySchema.extend({ status: OutboxStatusSchema.optional() });
export type ListOutboxQuery = z.infer<typeof ListOutboxQuerySchema>;

/** POST /api/unsubscribe/{token} (no sign-in: the signed token is the proof). */
export const UnsubscribeParamsSchema = z.strictObject({ token: z.string().min(10).max(300) });
/** What an unsubscribe link stops: one category (a single e-mail's), or every category a digest gathers. */
export const UNSUBSCRIBE_SCOPES = [...NOTIFICATION_CATEGORIES, 'daily_digest', 'weekly_digest'] as const;
export const UnsubscribeScopeSchema = z.enum(UNSUBSCRIBE_SCOPES);
export type UnsubscribeScope = z.infer<typeof UnsubscribeScopeSchema>;
/** The categories now set to «never». */
export const UnsubscribeResultSchema = z.object({ scope: UnsubscribeScopeSchema, categories: z.array(NotificationCategorySchema) });
export type UnsubscribeResult = z.infer<typeof UnsubscribeResultSchema>;

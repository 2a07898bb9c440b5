import {
  CATEGORY_OF_KIND,
  EMAIL_FREQUENCY_DEFAULTS,
  EmailFrequencySchema,
  NOTIFICATION_CATEGORIES,
  type EmailPreferences,
  type Notification,
  type NotificationKind,
  type NotificationSettings,
} from '@tertulia/domain';

type Instant = Date | string;
const iso = (value: Instant): string => new Date(value).toISOString();

/** A notification row as the inbox reads it. */
export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  data: Record<string, string>;
  link: string;
  created_at: Instant;
  read_at: Instant | null;
  /** deliver_at to the microsecond, UTC: the sort key the cursor carries. */
  cursor_at: string;
}

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    category: CATEGORY_OF_KIND[row.kind],
    data: row.data,
    link: row.link,
    createdAt: iso(row.created_at),
    readAt: row.read_at === null ? null : iso(row.read_at),
  };
}

/** The members columns the notification settings live in. */
export interface NotificationSettingsRow {
  email_preferences: Record<string, string> | null;
  quiet_hours_start: string | null;
  quiet_hours_end: string | null;
}

/** Stored preferences over the defaults: a missing (or unknown) category takes its default. */
export function emailPreferencesOf(stored: Record<string, string> | null): EmailPreferences {
  const preferences = { ...EMAIL_FREQUENCY_DEFAULTS };
  for (const category of NOTIFICATION_CATEGORIES) {
    const parsed = EmailFrequencySchema.safeParse(stored?.[category]);
    if (parsed.success) preferences[category] = parsed.data;
  }
  return preferences;
}

export function toNotificationSettings(row: NotificationSettingsRow): NotificationSettings {
  return {
    email: emailPreferencesOf(row.email_preferences),
    quietHours:
      row.quiet_hours_start !== null && row.quiet_hours_end !== null
        ? { start: row.quiet_hours_start, end: row.quiet_hours_end }
        : null,
  };
}

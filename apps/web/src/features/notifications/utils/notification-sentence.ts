import type { Notification, NotificationKind } from '@tertulia/domain';
import { NOTIFICATION_DATA_KEYS, NOTIFICATION_KINDS } from '@tertulia/domain';
import type { TFunction } from 'i18next';
import { formatDateTime, formatDay } from '../../../lib/time';

/** Calendar days (`YYYY-MM-DD`) are written as days; instants as a day and a time on the coworking's clock. */
const DAY_KEYS = new Set(['date', 'withDate']);
const INSTANT_KEYS = new Set(['startsAt']);

export type SentenceValues = Record<string, string | number>;

const isKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/**
 * What a notification's sentence is built from: its kind and its `data`, dates written out in the
 * reader's language on the coworking's clock. Null when the kind is unknown to this portal or a
 * needed value is missing (the list then shows a plain «something happened» with the link).
 */
export function sentenceValues(notification: Pick<Notification, 'kind' | 'data'>, locale: string): SentenceValues | null {
  const kind: string = notification.kind;
  if (!isKind(kind)) return null;
  const values: SentenceValues = {};
  for (const key of NOTIFICATION_DATA_KEYS[kind] as readonly string[]) {
    const raw = notification.data[key];
    if (typeof raw !== 'string' || raw.trim() === '') return null;
    if (DAY_KEYS.has(key) || INSTANT_KEYS.has(key)) {
      if (Number.isNaN(Date.parse(raw))) return null;
      values[key] = DAY_KEYS.has(key) ? formatDay(raw, locale) : formatDateTime(raw, locale);
    } else {
      values[key] = raw;
    }
  }
  if (kind === 'breakfast_reminder') {
    const days = Number(values.daysBefore);
    if (!Number.isInteger(days) || days < 0) return null;
    values.count = days;
  }
  return values;
}

/** «Paula García answered your request “Landing page”», in the reader's language. */
export function notificationSentence(t: TFunction, notification: Pick<Notification, 'kind' | 'data'>, locale: string): string {
  const values = sentenceValues(notification, locale);
  if (!values) return t('notifications.kind.unknown');
  const { kind } = notification;
  // A breakfast reminder counts its days («tomorrow», «in 7 days»); the others only fill in names, titles and dates.
  if (kind === 'breakfast_reminder') return t('notifications.kind.breakfast_reminder', { ...values, count: Number(values.count) });
  return t(`notifications.kind.${kind}`, values);
}

/** A notification's link is a path of this portal; anything else (another site, `//host`) goes to the list. */
export function safeLink(link: string): string {
  if (!link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return '/notifications';
  return link;
}

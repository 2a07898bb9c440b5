import { COMMUNITY_TIME_ZONE } from '../../../lib/time';

/** English readers here live in Spain: day-month order and a 24-hour clock (as in lib/time). */
const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

/** 14 Mar 2026, 09:30 — compact, for tables and lists; on the coworking's clock, in the reader's language. */
export function formatShortDateTime(value: string | number | Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: COMMUNITY_TIME_ZONE,
  }).format(value instanceof Date ? value : new Date(value));
}

/** «Events, Feedback and Knowledge» in the reader's language. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}

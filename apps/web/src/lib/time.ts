/** The coworking is in Barcelona: every date and time is shown in its zone, whatever the device's. */
export const COMMUNITY_TIME_ZONE = 'Europe/Madrid';

type DateInput = string | number | Date;

/** English readers here live in Spain: day-month order and a 24-hour clock. */
const INTL_LOCALES: Record<string, string> = { en: 'en-GB' };
const intlLocale = (locale: string) => INTL_LOCALES[locale] ?? locale;

const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** 14 March 2026 (in the reader's language). */
export function formatDate(value: DateInput, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: COMMUNITY_TIME_ZONE }).format(toDate(value));
}

/** Saturday, 14 March 2026, 09:30 (in the reader's language; the weekday helps with deadlines). */
export function formatDateTime(value: DateInput, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: COMMUNITY_TIME_ZONE,
  }).format(toDate(value));
}

/** March 2026 (in the reader's language). */
export function formatMonthYear(value: DateInput, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: COMMUNITY_TIME_ZONE }).format(
    toDate(value),
  );
}

/** The hour of the day at the coworking (0–23), for greetings. */
export function communityHour(value: DateInput = new Date()): number {
  const hour = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: COMMUNITY_TIME_ZONE }).format(
    toDate(value),
  );
  return Number(hour);
}

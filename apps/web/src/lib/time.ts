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

/** A calendar day, `YYYY-MM-DD` (a breakfast's date, a closure's bounds): not an instant. */
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day as an instant that falls on that same day in the coworking's zone (noon UTC
 * is 13:00 or 14:00 in Barcelona), so that formatting it never moves it to the day before.
 */
function dayOrInstant(value: DateInput): Date {
  if (typeof value === 'string') {
    const day = CALENDAR_DAY.exec(value);
    if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12));
  }
  return toDate(value);
}

/**
 * Thursday 3 December 2026 · dijous, 3 de desembre del 2026 · jueves, 3 de diciembre de 2026.
 * Takes a calendar day (`YYYY-MM-DD`) or an instant. British English writes no comma after the
 * weekday (whatever the ICU version says), so the English text is the same in every browser.
 */
export function formatDay(value: DateInput, locale: string): string {
  const parts = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: COMMUNITY_TIME_ZONE,
  }).formatToParts(dayOrInstant(value));
  return parts
    .map((part, index) =>
      locale === 'en' && part.type === 'literal' && parts[index - 1]?.type === 'weekday' ? ' ' : part.value,
    )
    .join('');
}

/** 3 December 2026 – 6 January 2027 (or one day when both are the same), from calendar days. */
export function formatDayRange(from: string, to: string, locale: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: COMMUNITY_TIME_ZONE });
  return from === to ? format.format(dayOrInstant(from)) : format.formatRange(dayOrInstant(from), dayOrInstant(to));
}

/** 09:30 (the coworking's clock, 24 hours). */
export function formatTime(value: DateInput, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: COMMUNITY_TIME_ZONE,
  }).format(toDate(value));
}

/** Today's date at the coworking, `YYYY-MM-DD` (it is already tomorrow there at 23:30 UTC in summer). */
export function communityToday(now: DateInput = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: COMMUNITY_TIME_ZONE,
  }).formatToParts(toDate(now));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A calendar day moved by whole years, months and then days; the day of the month is clamped (31 March − 1 month = 28 February). */
export function shiftDay(day: string, { days = 0, months = 0, years = 0 }: { days?: number; months?: number; years?: number }): string {
  const match = CALENDAR_DAY.exec(day);
  if (!match) throw new RangeError(`Not a calendar day: ${day}`);
  const year = Number(match[1]) + years;
  const month = Number(match[2]) - 1 + months;
  // Clamp the day to the target month's length (29 February 2028 − 1 year = 28 February 2027).
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(Number(match[3]), lastDay)));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

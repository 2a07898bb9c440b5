import { COMMUNITY_TIME_ZONE } from '../../../lib/time';
import { intlLocale } from './event-time';
import { dayIn, zonedToIso } from '../../../lib/zoned-time';

const MONTH = /^(\d{4})-(\d{2})$/;

/** A month as `YYYY-MM` (the month view's URL parameter). */
export function isMonth(value: string | null | undefined): value is string {
  const match = value ? MONTH.exec(value) : null;
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** The month a day (`YYYY-MM-DD`) belongs to. */
export const monthOfDay = (day: string) => day.slice(0, 7);

/** A month moved by whole months: `2026-12` + 1 → `2027-01`. */
export function shiftMonth(month: string, months: number): string {
  const [year, index] = [Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + months];
  const date = new Date(Date.UTC(year, index, 1));
  return date.toISOString().slice(0, 7);
}

/** The instants a month starts and ends at the coworking (Europe/Madrid): its events start within. */
export function monthBounds(month: string, timeZone = COMMUNITY_TIME_ZONE): { from: string; to: string } {
  return {
    from: zonedToIso({ date: `${month}-01`, time: '00:00' }, timeZone)!,
    to: zonedToIso({ date: `${shiftMonth(month, 1)}-01`, time: '00:00' }, timeZone)!,
  };
}

export interface GridDay<T> {
  /** `YYYY-MM-DD`. */
  day: string;
  /** False for the days of the months before and after that fill the first and last weeks. */
  inMonth: boolean;
  /** Its events, in the order given (by start). */
  events: T[];
}

/**
 * The weeks (Monday first, as in Spain) that show a month, each a row of seven days, with the
 * events placed on the day they start at the coworking.
 */
export function buildMonthGrid<T extends { startsAt: string }>(month: string, events: readonly T[], timeZone = COMMUNITY_TIME_ZONE): GridDay<T>[][] {
  const first = new Date(`${month}-01T12:00:00Z`);
  // getUTCDay: 0 Sunday … 6 Saturday; Monday-first index 0 … 6.
  const lead = (first.getUTCDay() + 6) % 7;
  const daysInMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7;
  const byDay = new Map<string, T[]>();
  for (const event of events) {
    const day = dayIn(event.startsAt, timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const weeks: GridDay<T>[][] = [];
  for (let index = 0; index < cells; index += 1) {
    const date = new Date(first.getTime() + (index - lead) * 86_400_000);
    const day = date.toISOString().slice(0, 10);
    if (index % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1]!.push({ day, inMonth: monthOfDay(day) === month, events: byDay.get(day) ?? [] });
  }
  return weeks;
}

/** The weekdays, Monday first, in the reader's language: short for the header, long for screen readers. */
export function weekdayNames(locale: string): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' });
  // 5 January 2026 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(Date.UTC(2026, 0, 5 + index, 12));
    return { short: short.format(date), long: long.format(date) };
  });
}

/** «December 2026», «desembre de 2026». */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/** A day in full for a screen reader's cell name: «Thursday 3 December». */
export function formatGridDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

import { COMMUNITY_TIME_ZONE } from '../../../lib/time';
import { dayIn } from '../../../lib/zoned-time';

/** English readers here live in Spain: day-month order and a 24-hour clock. */
const INTL_LOCALES: Record<string, string> = { en: 'en-GB' };
export const intlLocale = (locale: string) => INTL_LOCALES[locale] ?? locale;

/** The zone's name when it is not the coworking's (an online talk from London says so). */
export function foreignZone(timeZone: string): string | null {
  return timeZone === COMMUNITY_TIME_ZONE ? null : timeZone.replace(/_/g, ' ');
}

/**
 * When an event happens, on the clock of its own zone: «Thursday 3 December 2026, 13:30–15:00»
 * (one day) or both ends in full when it spans days. A foreign zone is named after it.
 */
export function formatEventWhen(startsAt: string, endsAt: string, timeZone: string, locale: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone });
  let text: string;
  if (dayIn(start, timeZone) === dayIn(end, timeZone)) {
    const time = new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    text = `${format.format(start)}–${time.format(end)}`;
  } else {
    text = `${format.format(start)} – ${format.format(end)}`;
  }
  const zone = foreignZone(timeZone);
  return zone ? `${text} (${zone})` : text;
}

/** A card's date: «Thu 3 Dec», «dj. 3 de des.», on the event's clock. */
export function formatShortDay(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(new Date(iso));
}

/** 13:30, on the event's clock. */
export function formatClock(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    new Date(iso),
  );
}

/** A deadline in full, on the event's clock. */
export function formatMoment(iso: string, timeZone: string, locale: string): string {
  const text = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(
    new Date(iso),
  );
  const zone = foreignZone(timeZone);
  return zone ? `${text} (${zone})` : text;
}

/** A place that is a link (an online meeting) is shown as one; anything else is text. */
export function placeLink(place: string | null): string | null {
  if (!place) return null;
  const trimmed = place.trim();
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return null;
  try {
    return new URL(trimmed).href;
  } catch {
    return null;
  }
}

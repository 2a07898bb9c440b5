import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { Locale } from '@tertulia/domain';

/** What a calendar file says about one event. */
export interface CalendarEventItem {
  id: string;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  cancelled: boolean;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What a feed says about one breakfast the member presents or attends. */
export interface CalendarBreakfastItem {
  id: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  topic: string | null;
  summary: string | null;
  presenterName: string | null;
  cancelled: boolean;
  /**
   * Breakfasts keep no revision counter: twice the seconds from its creation to its last change,
   * plus one when cancelled — it grows with every change, and a cancellation always raises it.
   */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export const CALENDAR_NAME = 'Tertulia';
/** How often subscribed calendars are asked to fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const FEED_REFRESH_SECONDS = 60 * 60;

const BREAKFAST_WORDS: Record<Locale, { breakfast: string; presenter: string }> = {
  ca: { breakfast: 'Esmorzar', presenter: 'Presenta' },
  es: { breakfast: 'Desayuno', presenter: 'Presenta' },
  en: { breakfast: 'Breakfast', presenter: 'Presented by' },
};

/**
 * One calendar file (RFC 5545) from ical-generator. Times are written in UTC (`…Z`): every
 * calendar shows them in its own zone, and no VTIMEZONE is needed. DTSTAMP and LAST-MODIFIED are
 * the last change, so the same data always gives the same file.
 */
export function calendarFile(options: {
  origin: string;
  events: CalendarEventItem[];
  breakfasts?: CalendarBreakfastItem[];
  locale?: Locale | null;
  /** A subscription: asks calendar apps to refresh it. */
  feed?: boolean;
}): string {
  const calendar: ICalCalendar = ical({
    name: CALENDAR_NAME,
    prodId: { company: 'Tertulia', product: 'Tertulia', language: 'EN' },
    ...(options.feed ? { ttl: FEED_REFRESH_SECONDS } : { method: ICalCalendarMethod.PUBLISH }),
  });
  for (const event of options.events) {
    calendar.createEvent({
      id: `${event.id}@tertulia`,
      sequence: event.sequence,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      start: event.startsAt,
      end: event.endsAt,
      summary: event.title,
      description: event.description,
      location: event.place,
      url: `${options.origin}/events/${event.id}`,
      stamp: event.updatedAt,
      created: event.createdAt,
      lastModified: event.updatedAt,
    });
  }
  const words = BREAKFAST_WORDS[options.locale ?? 'ca'];
  for (const breakfast of options.breakfasts ?? []) {
    const details = [breakfast.presenterName ? `${words.presenter}: ${breakfast.presenterName}` : null, breakfast.summary].filter(Boolean);
    calendar.createEvent({
      id: `breakfast-${breakfast.id}@tertulia`,
      sequence: breakfast.sequence,
      status: breakfast.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      start: breakfast.startsAt,
      end: breakfast.endsAt,
      summary: breakfast.topic ? `${words.breakfast}: ${breakfast.topic}` : words.breakfast,
      description: details.length > 0 ? details.join('\n\n') : null,
      location: breakfast.place,
      url: `${options.origin}/breakfasts`,
      stamp: breakfast.updatedAt,
      created: breakfast.createdAt,
      lastModified: breakfast.updatedAt,
    });
  }
  return calendar.toString();
}

/** A file name for an event's title: plain letters and digits, e.g. «Dinar de networking» → `dinar-de-networking.ics`. */
export function calendarFileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'event'}.ics`;
}

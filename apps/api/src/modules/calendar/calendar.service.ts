import { Injectable } from '@nestjs/common';
import type { CalendarFeed } from '@tertulia/domain';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { newToken, TOKEN_PATTERN } from '../../common/security/tokens';
import { calendarFile, calendarFileName } from './calendar-file';
import { EventsRepository } from '../events/events.repository';
import { eventNotFound } from '../events/events.errors';
import { calendarFeedNotFound } from './calendar.errors';
import { CalendarRepository, toCalendarEvent, type FeedRow } from './calendar.repository';

/** A calendar file, ready to send. */
export interface CalendarDownload {
  body: string;
  fileName: string;
}

@Injectable()
export class CalendarService {
  constructor(
    private readonly calendar: CalendarRepository,
    private readonly events: EventsRepository,
  ) {}

  /** One event as a file, for whoever may see it (else 404, as for the event itself). */
  async eventFile(member: AuthenticatedMember, id: string, origin: string): Promise<CalendarDownload> {
    const event = await this.events.findVisible(id, { id: member.id, isManager: member.role === 'manager' });
    if (!event) throw eventNotFound();
    return { body: calendarFile({ origin, events: [toCalendarEvent(event)] }), fileName: calendarFileName(event.title) };
  }

  /** The member's feed address; the first call makes its token. */
  async feed(member: AuthenticatedMember, origin: string): Promise<CalendarFeed> {
    return toCalendarFeed(await this.calendar.findOrCreateFeed(member.id, newToken()), origin);
  }

  /** A new address; the old one answers 404 from now on. */
  async regenerate(member: AuthenticatedMember, origin: string): Promise<CalendarFeed> {
    return toCalendarFeed(await this.calendar.replaceFeed(member.id, newToken()), origin);
  }

  /** The feed behind a token: the events its owner is going to and the breakfasts they present or attend. */
  async feedFile(token: string, origin: string): Promise<string> {
    const owner = TOKEN_PATTERN.test(token) ? await this.calendar.findOwner(token) : null;
    if (!owner) throw calendarFeedNotFound();
    const [events, breakfasts] = await Promise.all([this.calendar.goingEvents(owner), this.calendar.breakfasts(owner.id)]);
    return calendarFile({ origin, events, breakfasts, locale: owner.locale, feed: true });
  }
}

function toCalendarFeed(feed: FeedRow, origin: string): CalendarFeed {
  const url = `${origin}/api/calendar/${feed.token}.ics`;
  return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://'), createdAt: feed.created_at.toISOString() };
}

import type { Attendee, Event, EventFormat, EventStatus, RsvpStatus } from '@tertulia/domain';
import { photoUrlOf } from '../members/photo-url';

/** Who reads: what the visibility rule and `canEdit` need. */
export interface EventViewer {
  id: string;
  isManager: boolean;
}

/** An event as EventsRepository loads it (EVENT_SELECT): its columns, its circle and organiser, its counts, the reader's answer. */
export interface EventRow {
  id: string;
  title: string;
  description: string | null;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  place: string | null;
  capacity: number | null;
  rsvp_deadline: Date | null;
  format: EventFormat;
  status: EventStatus;
  circle_id: string | null;
  circle_name: string | null;
  organiser_id: string;
  organiser_name: string;
  cover_file: string | null;
  /** iCalendar SEQUENCE. */
  sequence: number;
  going: number;
  waitlisted: number;
  my_status: RsvpStatus | null;
  my_private: boolean | null;
  my_position: number | null;
  created_at: Date;
  updated_at: Date;
}

/** The cover's URL names the stored file, so that a new cover gets a new URL (cacheable for good). */
export function coverUrlOf(eventId: string, coverFile: string | null): string | null {
  return coverFile ? `/api/events/${eventId}/cover?v=${encodeURIComponent(coverFile)}` : null;
}

export function toEvent(row: EventRow, viewer: EventViewer): Event {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    timezone: row.timezone,
    place: row.place,
    capacity: row.capacity,
    rsvpDeadline: row.rsvp_deadline?.toISOString() ?? null,
    format: row.format,
    status: row.status,
    circle: row.circle_id ? { id: row.circle_id, name: row.circle_name ?? '' } : null,
    organiser: { id: row.organiser_id, displayName: row.organiser_name },
    coverUrl: coverUrlOf(row.id, row.cover_file),
    counts: { going: row.going, waitlisted: row.waitlisted },
    myRsvp: row.my_status
      ? { status: row.my_status, waitlistPosition: row.my_status === 'waitlisted' ? row.my_position : null, private: row.my_private ?? false }
      : null,
    canEdit: viewer.isManager || row.organiser_id === viewer.id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A person going to (or waiting for) an event, with the columns an attendee card shows. */
export interface AttendeeRow {
  id: string;
  display_name: string;
  business_name: string | null;
  headline: string | null;
  photo_file: string | null;
}

export function toAttendee(row: AttendeeRow): Attendee {
  return {
    id: row.id,
    displayName: row.display_name,
    businessName: row.business_name,
    headline: row.headline,
    photoUrl: photoUrlOf(row.photo_file),
  };
}

import { z } from 'zod';
import { TimeZoneSchema } from '../common/dates.schema';
import { optionalText } from '../common/text.schema';
import { IdSchema } from '../common/primitives.schema';
import { PageQuerySchema, pageSchema } from '../common/pagination.schema';
import { CircleMemberSchema, CircleSummarySchema } from '../circles/circle.schema';

export const EVENT_FORMATS = ['talk', 'workshop', 'social', 'networking_lunch'] as const;
export const EventFormatSchema = z.enum(EVENT_FORMATS);
export type EventFormat = z.infer<typeof EventFormatSchema>;

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export const EventStatusSchema = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatusSchema>;

export const RSVP_STATUSES = ['going', 'waitlisted', 'not_going'] as const;
export const RsvpStatusSchema = z.enum(RSVP_STATUSES);
export type RsvpStatus = z.infer<typeof RsvpStatusSchema>;

/** A moment with its offset, e.g. `2026-12-03T13:30:00+01:00`. */
const MomentSchema = z.iso.datetime({ offset: true });

const eventFields = {
  title: z.string().trim().min(1).max(120),
  /** Markdown. */
  description: optionalText(5000),
  startsAt: MomentSchema,
  endsAt: MomentSchema,
  /** The event's own time zone (IANA); the community's when not given. */
  timezone: TimeZoneSchema,
  /** A room, an address or a link. */
  place: optionalText(300),
  /** Beyond it, people are waitlisted; null: no limit. */
  capacity: z.number().int().min(1).max(10000).nullable(),
  /** After it, answers can no longer change; null: until the event starts. */
  rsvpDeadline: MomentSchema.nullable(),
  format: EventFormatSchema,
};

const ordered = (event: { startsAt?: string; endsAt?: string; rsvpDeadline?: string | null }) =>
  !event.startsAt || !event.endsAt || Date.parse(event.endsAt) > Date.parse(event.startsAt);
const deadlineBeforeEnd = (event: { endsAt?: string; rsvpDeadline?: string | null }) =>
  !event.endsAt || !event.rsvpDeadline || Date.parse(event.rsvpDeadline) <= Date.parse(event.endsAt);

/**
 * POST /api/events. The manager creates events for the whole space (`circleId` null) or for any
 * circle; a circle's admins for their circle. The organiser is whoever creates it.
 */
export const CreateEventSchema = z
  .strictObject({
    ...eventFields,
    description: eventFields.description.optional(),
    timezone: eventFields.timezone.optional(),
    place: eventFields.place.optional(),
    capacity: eventFields.capacity.optional(),
    rsvpDeadline: eventFields.rsvpDeadline.optional(),
    format: eventFields.format.default('social'),
    circleId: IdSchema.nullable().optional(),
  })
  .refine(ordered, { message: 'The event ends before it starts', path: ['endsAt'] })
  .refine(deadlineBeforeEnd, { message: 'The answers close after the event', path: ['rsvpDeadline'] });
export type CreateEvent = z.infer<typeof CreateEventSchema>;
export type CreateEventInput = z.input<typeof CreateEventSchema>;

/** PATCH /api/events/{id} (its organiser, the manager). The audience (circle) does not change. */
export const UpdateEventSchema = z
  .strictObject({
    title: eventFields.title.optional(),
    description: eventFields.description.optional(),
    startsAt: eventFields.startsAt.optional(),
    endsAt: eventFields.endsAt.optional(),
    timezone: eventFields.timezone.optional(),
    place: eventFields.place.optional(),
    capacity: eventFields.capacity.optional(),
    rsvpDeadline: eventFields.rsvpDeadline.optional(),
    format: eventFields.format.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' })
  .refine(ordered, { message: 'The event ends before it starts', path: ['endsAt'] })
  .refine(deadlineBeforeEnd, { message: 'The answers close after the event', path: ['rsvpDeadline'] });
export type UpdateEvent = z.infer<typeof UpdateEventSchema>;

export const PersonRefSchema = z.object({ id: IdSchema, displayName: z.string() });

/** The reader's answer: `waitlistPosition` is 1 for the first in line, null unless waitlisted. */
export const MyRsvpSchema = z.object({
  status: RsvpStatusSchema,
  waitlistPosition: z.number().int().nullable(),
  /** Counted, not listed among the attendees. */
  private: z.boolean(),
});
export type MyRsvp = z.infer<typeof MyRsvpSchema>;

export const EventSchema = z.object({
  id: IdSchema,
  ...eventFields,
  // Plain strings in a response: optionalText's transform cannot be written as JSON Schema (OpenAPI).
  description: z.string().nullable(),
  place: z.string().nullable(),
  status: EventStatusSchema,
  circle: z.object({ id: IdSchema, name: z.string() }).nullable(),
  organiser: PersonRefSchema,
  coverUrl: z.string().nullable(),
  counts: z.object({ going: z.number().int(), waitlisted: z.number().int() }),
  myRsvp: MyRsvpSchema.nullable(),
  /** Whether the reader may edit or cancel it (its organiser, the manager). */
  canEdit: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Event = z.infer<typeof EventSchema>;
export const EventPageSchema = pageSchema(EventSchema);

/**
 * GET /api/events: the events the reader may see, by start time. `from`/`to` bound the start
 * (default: from now on); `mine`: those they go to, wait for or organise; `circleId`: one circle's.
 */
export const ListEventsQuerySchema = PageQuerySchema.extend({
  from: MomentSchema.optional(),
  to: MomentSchema.optional(),
  mine: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  circleId: IdSchema.optional(),
});
export type ListEventsQuery = z.infer<typeof ListEventsQuerySchema>;

/** PUT /api/events/{id}/rsvp. Beyond capacity a `going` answer is waitlisted; after the deadline, 422. */
export const RsvpSchema = z.strictObject({
  status: z.enum(['going', 'not_going']),
  private: z.boolean().optional(),
});
export type Rsvp = z.infer<typeof RsvpSchema>;

/** Someone going to an event, as the attendees list shows them. */
export const AttendeeSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  businessName: z.string().nullable(),
  headline: z.string().nullable(),
  photoUrl: z.string().nullable(),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

/**
 * GET /api/events/{id}/attendees: who is going (private answers are counted, never listed).
 * The waitlist, in order, only for the organiser and the manager.
 */
export const AttendeesSchema = z.object({
  going: z.array(AttendeeSchema),
  counts: z.object({ going: z.number().int(), waitlisted: z.number().int(), private: z.number().int() }),
  waitlist: z.array(AttendeeSchema.extend({ position: z.number().int() })).optional(),
});
export type Attendees = z.infer<typeof AttendeesSchema>;

export const WANTS_MAX = 5;

/** PUT /api/events/{id}/wants: before a networking lunch, the people one wants to meet; nobody else ever sees them. */
export const WantsSchema = z.strictObject({
  memberIds: z
    .array(IdSchema)
    .max(WANTS_MAX)
    .refine((ids) => new Set(ids).size === ids.length, 'Each person once'),
});
export type Wants = z.infer<typeof WantsSchema>;

/** A circle's page: its people and its upcoming events. */
export const CircleDetailSchema = CircleSummarySchema.extend({
  members: z.array(CircleMemberSchema),
  upcomingEvents: z.array(EventSchema),
});
export type CircleDetail = z.infer<typeof CircleDetailSchema>;

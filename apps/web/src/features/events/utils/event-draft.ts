import { CreateEventSchema, UpdateEventSchema, type CreateEvent, type Event, type EventFormat, type UpdateEvent } from '@tertulia/domain';
import type { SchemaIssue } from '../../../lib/errors';
import { COMMUNITY_TIME_ZONE } from '../../../lib/time';
import { isoToZoned, zonedToIso } from '../../../lib/zoned-time';

/** What the event form holds while someone types: text as typed, times on the event's clock. */
export interface EventDraft {
  title: string;
  description: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timezone: string;
  place: string;
  capacity: string;
  deadlineDate: string;
  deadlineTime: string;
  format: EventFormat;
  /** '' for the whole space, else a circle's id. */
  audience: string;
}

/** The form's own checks that the schema words in English: each gets its own sentence. */
export const ENDS_BEFORE_START = 'ends_before_start';
export const DEADLINE_AFTER_END = 'deadline_after_end';

export function emptyDraft(audience = ''): EventDraft {
  return {
    title: '',
    description: '',
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    timezone: COMMUNITY_TIME_ZONE,
    place: '',
    capacity: '',
    deadlineDate: '',
    deadlineTime: '',
    format: 'social',
    audience,
  };
}

export function draftFromEvent(event: Event): EventDraft {
  const start = isoToZoned(event.startsAt, event.timezone);
  const end = isoToZoned(event.endsAt, event.timezone);
  const deadline = event.rsvpDeadline ? isoToZoned(event.rsvpDeadline, event.timezone) : { date: '', time: '' };
  return {
    title: event.title,
    description: event.description ?? '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    timezone: event.timezone,
    place: event.place ?? '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
    format: event.format,
    audience: event.circle?.id ?? '',
  };
}

/** The form control that shows a schema path's problem. */
export function formField(path: string): string {
  switch (path.split('.')[0]) {
    case 'startsAt':
      return 'startDate';
    case 'endsAt':
      return 'endDate';
    case 'rsvpDeadline':
      return 'deadlineDate';
    case 'circleId':
      return 'audience';
    case undefined:
    case '':
      return 'title';
    default:
      return path.split('.')[0]!;
  }
}

/** A moment typed as day and time, or '' (the schema calls it invalid) when either is wrong. */
const moment = (date: string, time: string, timeZone: string) => zonedToIso({ date, time }, timeZone) ?? '';

function capacityValue(text: string): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The fields both the create and the update bodies share, from the draft. */
function fields(draft: EventDraft) {
  const noDeadline = draft.deadlineDate.trim() === '' && draft.deadlineTime.trim() === '';
  return {
    title: draft.title,
    description: draft.description,
    startsAt: moment(draft.startDate, draft.startTime, draft.timezone),
    endsAt: moment(draft.endDate, draft.endTime, draft.timezone),
    timezone: draft.timezone,
    place: draft.place,
    capacity: capacityValue(draft.capacity),
    rsvpDeadline: noDeadline ? null : moment(draft.deadlineDate, draft.deadlineTime, draft.timezone),
    format: draft.format,
  };
}

function toIssues(issues: readonly { code: string; path: readonly PropertyKey[]; message?: string }[]): SchemaIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    let code = issue.code;
    if (code === 'custom' && path === 'endsAt') code = ENDS_BEFORE_START;
    if (code === 'custom' && path === 'rsvpDeadline') code = DEADLINE_AFTER_END;
    return { ...issue, code, path: [formField(path)] };
  });
}

export type DraftResult<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/** The POST /api/events body, checked by the API's own schema. */
export function createInput(draft: EventDraft): DraftResult<CreateEvent> {
  const parsed = CreateEventSchema.safeParse({ ...fields(draft), circleId: draft.audience || null });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: toIssues(parsed.error.issues) };
}

/** The PATCH /api/events/{id} body (the audience never changes), checked by the API's own schema. */
export function updateInput(draft: EventDraft): DraftResult<UpdateEvent> {
  const parsed = UpdateEventSchema.safeParse(fields(draft));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: toIssues(parsed.error.issues) };
}

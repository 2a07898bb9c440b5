import type { Event, MyRsvp } from '@tertulia/domain';

/** Whether the reader may still answer: open, closed by the deadline, over, or cancelled. */
export type AnswerWindow = 'open' | 'closed' | 'over' | 'cancelled';

export function answerWindow(event: Pick<Event, 'status' | 'endsAt' | 'rsvpDeadline'>, now: Date = new Date()): AnswerWindow {
  if (event.status === 'cancelled') return 'cancelled';
  if (Date.parse(event.endsAt) <= now.getTime()) return 'over';
  if (event.rsvpDeadline && Date.parse(event.rsvpDeadline) < now.getTime()) return 'closed';
  return 'open';
}

/** The translation key (under `events.status`) and values saying where the reader stands. */
export interface StatusWording {
  key: 'going' | 'goingPrivately' | 'waitlisted' | 'notGoing' | 'noAnswer';
  position?: number;
}

/** «You're going», «You're on the waiting list: number 2», «You're not going», or no answer yet. */
export function statusWording(rsvp: MyRsvp | null): StatusWording {
  if (!rsvp) return { key: 'noAnswer' };
  switch (rsvp.status) {
    case 'going':
      return { key: rsvp.private ? 'goingPrivately' : 'going' };
    case 'waitlisted':
      return { key: 'waitlisted', position: rsvp.waitlistPosition ?? undefined };
    default:
      return { key: 'notGoing' };
  }
}

/** The short badge a card shows for the reader's answer (none when they have not answered). */
export function statusBadge(rsvp: MyRsvp | null): 'going' | 'waitlisted' | 'notGoing' | null {
  if (!rsvp) return null;
  return rsvp.status === 'going' ? 'going' : rsvp.status === 'waitlisted' ? 'waitlisted' : 'notGoing';
}

/** How many more a networking-lunch attendee may still pick, and whether a box must be disabled. */
export function canPickMore(picked: readonly string[], max: number): boolean {
  return picked.length < max;
}

import { FOCUS_MAX_HOURS } from '@tertulia/domain';
import { COMMUNITY_TIME_ZONE, communityToday, shiftDay } from '../../../lib/time';

/** A time of day, `HH:MM` (what an <input type="time"> gives). */
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How far the zone's clock is ahead of UTC at an instant, in minutes (+60 in Barcelona's winter, +120 in summer). */
export function zoneOffsetMinutes(instant: Date, timeZone: string = COMMUNITY_TIME_ZONE): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((found) => found.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');

/** `+02:00` / `-05:30`. */
function offsetText(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * A wall-clock time on a calendar day at the coworking, as an ISO instant with the zone's offset
 * (`2026-03-14T14:00:00+01:00`). A time the clocks skip in spring (02:30 on the last Sunday of
 * March) lands just after the jump; a time that happens twice in autumn is the first one.
 */
export function communityInstant(day: string, time: string, timeZone: string = COMMUNITY_TIME_ZONE): string {
  const dayMatch = CALENDAR_DAY.exec(day);
  const timeMatch = TIME_OF_DAY.exec(time);
  if (!dayMatch || !timeMatch) throw new RangeError(`Not a day and a time: ${day} ${time}`);
  const wall = Date.UTC(Number(dayMatch[1]), Number(dayMatch[2]) - 1, Number(dayMatch[3]), Number(timeMatch[1]), Number(timeMatch[2]));
  // The zone's offset half a day before and after: the first that reads back as this wall time wins
  // (so a repeated time is the first one); a skipped time keeps the earlier offset (after the jump).
  const before = zoneOffsetMinutes(new Date(wall - 12 * 3_600_000), timeZone);
  const after = zoneOffsetMinutes(new Date(wall + 12 * 3_600_000), timeZone);
  const offset = [before, after].find((candidate) => zoneOffsetMinutes(new Date(wall - candidate * 60_000), timeZone) === candidate) ?? before;
  const instant = new Date(wall - offset * 60_000);
  const actual = zoneOffsetMinutes(instant, timeZone);
  return isoWithOffset(instant, actual);
}

/** An instant written in the zone's own clock with its offset, `YYYY-MM-DDTHH:MM:SS+HH:MM`. */
export function isoWithOffset(instant: Date, offsetMinutes: number): string {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  return `${shifted.toISOString().slice(0, 19)}${offsetText(offsetMinutes)}`;
}

export type FocusChoice = { kind: 'endOfDay' } | { kind: 'until'; time: string };

export type FocusUntilResult = { ok: true; focusUntil: string } | { ok: false; reason: 'invalidTime' | 'past' };

/**
 * When the focus ends, as the API takes it: a time today at the coworking (Europe/Madrid,
 * whatever the device's zone), or the end of today there (the coming midnight). Never more
 * than 24 hours ahead (the API's limit), and never a time already past.
 */
export function focusUntil(choice: FocusChoice, now: Date = new Date()): FocusUntilResult {
  const today = communityToday(now);
  if (choice.kind === 'until' && !TIME_OF_DAY.test(choice.time)) return { ok: false, reason: 'invalidTime' };
  const iso =
    choice.kind === 'endOfDay' ? communityInstant(shiftDay(today, { days: 1 }), '00:00') : communityInstant(today, choice.time);
  const at = new Date(iso).getTime();
  if (at <= now.getTime()) return { ok: false, reason: 'past' };
  const latest = now.getTime() + FOCUS_MAX_HOURS * 3_600_000;
  if (at > latest) {
    // Only on the night the clocks go back (a 25-hour day): stop at the API's limit.
    const capped = new Date(Math.floor(latest / 60_000) * 60_000);
    return { ok: true, focusUntil: isoWithOffset(capped, zoneOffsetMinutes(capped)) };
  }
  return { ok: true, focusUntil: iso };
}

/** Whether a focus status is still running (the API gives null once past; the page may be open for hours). */
export function isFocusing(until: string | null, now: Date = new Date()): boolean {
  return until !== null && new Date(until).getTime() > now.getTime();
}

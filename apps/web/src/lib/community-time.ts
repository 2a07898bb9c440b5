import { COMMUNITY_TIME_ZONE } from './time';
import { isoToZoned, zonedToIso } from './zoned-time';

/**
 * Times people type for a meeting (a coffee, an answer's proposed slots) are on the coworking's clock
 * (a `datetime-local` field, `2026-12-03T13:30`), whatever the device's zone, and sent as an instant with its offset.
 */
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** `2026-12-03T13:30` on the coworking's clock → `2026-12-03T13:30:00+01:00`; null when it is not a valid moment. */
export function communityLocalToIso(local: string, timeZone = COMMUNITY_TIME_ZONE): string | null {
  const match = LOCAL.exec(local);
  return match ? zonedToIso({ date: match[1]!, time: match[2]! }, timeZone) : null;
}

/** An instant as the coworking's clock shows it, for a `datetime-local` field. */
export function isoToCommunityLocal(iso: string | number | Date, timeZone = COMMUNITY_TIME_ZONE): string {
  const { date, time } = isoToZoned(new Date(iso).toISOString(), timeZone);
  return `${date}T${time}`;
}

/** Whole days from the coworking's today to a deadline day (0: today; negative: past). */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const DateSchema = z.iso.date();

/** A wall-clock time, `HH:MM`. */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM');

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, 'Not an IANA time zone');

/**
 * Wall-clock dates and times in a named time zone (an event's own, Europe/Madrid by default),
 * and the instants they stand for. The portal never trusts the device's zone.
 */

/** A day and a time as people write them in a form: `2026-12-03` and `13:30`. */
export interface WallClock {
  date: string;
  time: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The parts of an instant on the clock of `timeZone` (24 hours). */
function partsIn(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((found) => found.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** How far ahead of UTC the zone's clock is at that instant, in minutes (Madrid: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** `+01:00`, `-05:00`, `+05:30`. */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The instant a wall clock stands for in a zone, written with that zone's offset:
 * `2026-12-03` `13:30` in Europe/Madrid → `2026-12-03T13:30:00+01:00`. A time skipped by the
 * spring change (02:30 on the last Sunday of March) moves forward by the gap, as clocks do;
 * a repeated one (autumn) is its first occurrence. Null when the day or time is not valid.
 */
export function zonedToIso({ date, time }: WallClock, timeZone: string): string | null {
  const day = DAY.exec(date);
  const clock = TIME.exec(time);
  if (!day || !clock) return null;
  const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const wall = Date.UTC(year, month - 1, dayOfMonth, Number(clock[1]), Number(clock[2]));
  if (new Date(wall).getUTCDate() !== dayOfMonth) return null;
  let instant: number;
  try {
    // The zone's offsets a day either side cover any change of clocks on that day.
    const before = offsetMinutes(wall - 86_400_000, timeZone);
    const after = offsetMinutes(wall + 86_400_000, timeZone);
    const fits = [before, after]
      .map((offset) => wall - offset * 60_000)
      .filter((candidate) => offsetMinutes(candidate, timeZone) * 60_000 === wall - candidate)
      .sort((a, b) => a - b);
    // In a spring gap no offset fits: the clock moves forward by the gap.
    instant = fits[0] ?? wall - before * 60_000;
  } catch {
    return null;
  }
  const offset = offsetMinutes(instant, timeZone);
  const shown = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  return `${shown}${offsetText(offset)}`;
}

/** An instant as the wall clock of a zone shows it, for a form: `2026-12-03T12:30:00Z` → `2026-12-03` `13:30` in Madrid. */
export function isoToZoned(iso: string, timeZone: string): WallClock {
  const p = partsIn(Date.parse(iso), timeZone);
  const two = (value: number) => String(value).padStart(2, '0');
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a zone. */
export function dayIn(iso: string | number | Date, timeZone: string): string {
  const instant = iso instanceof Date ? iso.getTime() : typeof iso === 'number' ? iso : Date.parse(iso);
  const p = partsIn(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The IANA zones the browser knows (for the form's select), with `current` always among them. */
export function timeZoneChoices(current: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/Madrid', 'Europe/London', 'UTC'];
  return known.includes(current) ? known : [current, ...known];
}

/** The wall clock at the coworking: what an instant is there, in its time zone. */
export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24 hours */
  time: string;
  hour: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function wallClock(now: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    hour: Number(parts.hour),
    weekday: WEEKDAYS.indexOf(parts.weekday!) + 1,
  };
}

/** The `count` calendar days from `date` (`YYYY-MM-DD`) on. */
export function daysFrom(date: string, count: number): string[] {
  const first = new Date(`${date}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => new Date(first.getTime() + index * 86_400_000).toISOString().slice(0, 10));
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The `MM-DD` that are celebrated on a day: its own, and on 28 February of a common year also
 * 29 February (those born, or who joined, on a leap day are not skipped three years in four).
 */
export function celebratedOn(date: string): string[] {
  const monthDay = date.slice(5);
  return monthDay === '02-28' && !isLeapYear(Number(date.slice(0, 4))) ? [monthDay, '02-29'] : [monthDay];
}

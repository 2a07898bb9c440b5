import { dayIn, isoToZoned, offsetMinutes, offsetText, zonedToIso } from './zoned-time';

describe('zonedToIso', () => {
  it('writes the wall clock with the zone offset of that day (winter and summer in Madrid)', () => {
    expect(zonedToIso({ date: '2026-12-03', time: '13:30' }, 'Europe/Madrid')).toBe('2026-12-03T13:30:00+01:00');
    expect(zonedToIso({ date: '2026-07-10', time: '09:00' }, 'Europe/Madrid')).toBe('2026-07-10T09:00:00+02:00');
    expect(zonedToIso({ date: '2026-07-10', time: '09:00' }, 'America/New_York')).toBe('2026-07-10T09:00:00-04:00');
    expect(zonedToIso({ date: '2026-01-15', time: '18:45' }, 'Asia/Kolkata')).toBe('2026-01-15T18:45:00+05:30');
    expect(zonedToIso({ date: '2026-01-15', time: '18:45' }, 'UTC')).toBe('2026-01-15T18:45:00+00:00');
  });

  it('stands for the right instant', () => {
    expect(new Date(zonedToIso({ date: '2026-03-28', time: '23:30' }, 'Europe/Madrid')!).toISOString()).toBe('2026-03-28T22:30:00.000Z');
    expect(new Date(zonedToIso({ date: '2026-03-29', time: '03:30' }, 'Europe/Madrid')!).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('moves a time the spring change skips forward, and takes the first of a repeated autumn hour', () => {
    // 29 March 2026: 02:00 → 03:00 in Madrid; 02:30 does not exist.
    expect(zonedToIso({ date: '2026-03-29', time: '02:30' }, 'Europe/Madrid')).toBe('2026-03-29T03:30:00+02:00');
    // 25 October 2026: 03:00 → 02:00; 02:30 happens twice.
    expect(zonedToIso({ date: '2026-10-25', time: '02:30' }, 'Europe/Madrid')).toBe('2026-10-25T02:30:00+02:00');
  });

  it('is null for a day or time that is not one, or an unknown zone', () => {
    expect(zonedToIso({ date: '2026-02-30', time: '10:00' }, 'Europe/Madrid')).toBeNull();
    expect(zonedToIso({ date: '2026-02-10', time: '24:00' }, 'Europe/Madrid')).toBeNull();
    expect(zonedToIso({ date: '', time: '10:00' }, 'Europe/Madrid')).toBeNull();
    expect(zonedToIso({ date: '2026-02-10', time: '10:00' }, 'Mars/Olympus')).toBeNull();
  });
});

describe('isoToZoned', () => {
  it('reads an instant on the zone clock, whatever offset it was written with', () => {
    expect(isoToZoned('2026-12-03T12:30:00.000Z', 'Europe/Madrid')).toEqual({ date: '2026-12-03', time: '13:30' });
    expect(isoToZoned('2026-12-03T23:30:00Z', 'Europe/Madrid')).toEqual({ date: '2026-12-04', time: '00:30' });
    expect(isoToZoned('2026-07-10T09:00:00-04:00', 'Europe/Madrid')).toEqual({ date: '2026-07-10', time: '15:00' });
  });

  it('round-trips with zonedToIso', () => {
    for (const [date, time] of [
      ['2026-01-01', '00:00'],
      ['2026-06-30', '23:59'],
      ['2026-10-25', '03:00'],
    ] as const) {
      expect(isoToZoned(zonedToIso({ date, time }, 'Europe/Madrid')!, 'Europe/Madrid')).toEqual({ date, time });
    }
  });
});

describe('offsets and days', () => {
  it('gives the offset in minutes and writes it', () => {
    expect(offsetMinutes(Date.parse('2026-01-10T12:00:00Z'), 'Europe/Madrid')).toBe(60);
    expect(offsetMinutes(Date.parse('2026-08-10T12:00:00Z'), 'Europe/Madrid')).toBe(120);
    expect(offsetText(-300)).toBe('-05:00');
    expect(offsetText(330)).toBe('+05:30');
  });

  it('puts a late-evening UTC instant on the next day in Madrid', () => {
    expect(dayIn('2026-07-31T22:30:00Z', 'Europe/Madrid')).toBe('2026-08-01');
    expect(dayIn('2026-07-31T21:30:00Z', 'Europe/Madrid')).toBe('2026-07-31');
  });
});

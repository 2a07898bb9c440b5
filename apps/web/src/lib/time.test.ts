import { communityHour, communityToday, COMMUNITY_TIME_ZONE, formatDate, formatDateTime, formatDay, formatDayRange, formatTime, shiftDay } from './time';

describe('time', () => {
  it('is always the coworking time zone', () => {
    expect(COMMUNITY_TIME_ZONE).toBe('Europe/Madrid');
    // 23:30 UTC on 31 March is already 1 April in Barcelona (summer time, UTC+2).
    expect(formatDate('2026-03-31T23:30:00Z', 'en')).toBe('1 April 2026');
    expect(communityHour('2026-03-31T23:30:00Z')).toBe(1);
  });

  it('writes dates in the reader language', () => {
    expect(formatDate('2026-01-15T10:00:00Z', 'ca')).toMatch(/gener/);
    expect(formatDate('2026-01-15T10:00:00Z', 'es')).toMatch(/enero/);
    expect(formatDateTime('2026-01-15T10:00:00Z', 'en')).toMatch(/11:00/);
  });
});

describe('calendar days', () => {
  it('writes a breakfast day with its weekday, in every language', () => {
    expect(formatDay('2026-12-03', 'en')).toBe('Thursday 3 December 2026');
    expect(formatDay('2026-12-03', 'ca')).toMatch(/^dijous, 3 de desembre de(l)? 2026$/);
    expect(formatDay('2026-12-03', 'es')).toBe('jueves, 3 de diciembre de 2026');
    // An instant is read at the coworking: 23:30 UTC on 2 December is already Thursday there.
    expect(formatDay('2026-12-02T23:30:00Z', 'en')).toBe('Thursday 3 December 2026');
  });

  it('never moves a calendar day, whatever the zone', () => {
    expect(formatDay('2026-03-29', 'en')).toBe('Sunday 29 March 2026');
    expect(formatDay('2026-10-25', 'en')).toBe('Sunday 25 October 2026');
  });

  it('writes ranges and times', () => {
    expect(formatDayRange('2026-12-24', '2027-01-06', 'en')).toMatch(/24 December 2026\s–\s6 January 2027/);
    expect(formatDayRange('2026-12-24', '2026-12-24', 'en')).toBe('24 December 2026');
    expect(formatTime('2026-12-03T08:30:00Z', 'en')).toBe('09:30');
  });

  it('knows which day it is at the coworking', () => {
    expect(communityToday('2026-06-30T22:30:00Z')).toBe('2026-07-01');
    expect(communityToday('2026-12-31T12:00:00Z')).toBe('2026-12-31');
  });

  it('moves days, months and years', () => {
    expect(shiftDay('2026-12-31', { days: 1 })).toBe('2027-01-01');
    expect(shiftDay('2026-03-01', { days: -1 })).toBe('2026-02-28');
    expect(shiftDay('2028-02-29', { years: -1 })).toBe('2027-02-28');
    expect(shiftDay('2026-03-31', { months: -1 })).toBe('2026-02-28');
    expect(() => shiftDay('3/12/2026', { days: 1 })).toThrow(RangeError);
  });
});

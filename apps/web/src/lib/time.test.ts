import { communityHour, COMMUNITY_TIME_ZONE, formatDate, formatDateTime } from './time';

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

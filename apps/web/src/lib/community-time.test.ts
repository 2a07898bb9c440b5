import { communityLocalToIso, daysUntil, isoToCommunityLocal } from './community-time';

describe('proposed times on the coworking’s clock', () => {
  it('gives the instant with Barcelona’s offset, winter and summer', () => {
    expect(communityLocalToIso('2026-12-03T13:30')).toBe('2026-12-03T13:30:00+01:00');
    expect(communityLocalToIso('2026-07-01T09:05')).toBe('2026-07-01T09:05:00+02:00');
    expect(Date.parse(communityLocalToIso('2026-07-01T09:05')!)).toBe(Date.parse('2026-07-01T07:05:00Z'));
  });

  it('moves a time skipped in spring forward, and refuses what is not a moment', () => {
    expect(communityLocalToIso('2026-03-29T02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(communityLocalToIso('2026-02-30T10:00')).toBeNull();
    expect(communityLocalToIso('')).toBeNull();
    expect(communityLocalToIso('2026-12-03 13:30')).toBeNull();
  });

  it('shows an instant back as the clock there reads it', () => {
    expect(isoToCommunityLocal('2026-12-03T12:30:00Z')).toBe('2026-12-03T13:30');
    expect(isoToCommunityLocal('2026-12-31T23:30:00Z')).toBe('2027-01-01T00:30');
    expect(isoToCommunityLocal(communityLocalToIso('2026-10-25T10:00')!)).toBe('2026-10-25T10:00');
  });

  it('counts the days left to a deadline', () => {
    expect(daysUntil('2026-03-14', '2026-03-14')).toBe(0);
    expect(daysUntil('2026-04-13', '2026-03-14')).toBe(30);
    expect(daysUntil('2026-03-29', '2026-03-28')).toBe(1);
    expect(daysUntil('2026-03-13', '2026-03-14')).toBe(-1);
  });
});

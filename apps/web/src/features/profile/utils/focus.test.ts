import { communityInstant, focusUntil, isFocusing, zoneOffsetMinutes } from './focus';

describe('focus times at the coworking (Europe/Madrid)', () => {
  it('knows the offset in winter and in summer', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
  });

  it('writes a wall time on a day with that day\'s offset', () => {
    expect(communityInstant('2026-01-15', '14:00')).toBe('2026-01-15T14:00:00+01:00');
    expect(communityInstant('2026-07-15', '14:00')).toBe('2026-07-15T14:00:00+02:00');
    // The days the clocks change: before and after the change.
    expect(communityInstant('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(communityInstant('2026-03-29', '10:00')).toBe('2026-03-29T10:00:00+02:00');
    expect(communityInstant('2026-10-25', '10:00')).toBe('2026-10-25T10:00:00+01:00');
    // 02:30 happens twice on 25 October: the first one.
    expect(communityInstant('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00');
    // 02:30 never happens on 29 March: just after the jump.
    expect(communityInstant('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('takes «until 14:00» as 14:00 in Barcelona, whatever the device\'s zone', () => {
    const now = new Date('2026-05-12T07:00:00Z'); // 09:00 in Barcelona
    expect(focusUntil({ kind: 'until', time: '14:00' }, now)).toEqual({ ok: true, focusUntil: '2026-05-12T14:00:00+02:00' });
    expect(new Date('2026-05-12T14:00:00+02:00').toISOString()).toBe('2026-05-12T12:00:00.000Z');
  });

  it('refuses a time already past today, and a time that is not one', () => {
    const now = new Date('2026-05-12T13:00:00Z'); // 15:00 in Barcelona
    expect(focusUntil({ kind: 'until', time: '14:00' }, now)).toEqual({ ok: false, reason: 'past' });
    expect(focusUntil({ kind: 'until', time: '' }, now)).toEqual({ ok: false, reason: 'invalidTime' });
    expect(focusUntil({ kind: 'until', time: '25:00' }, now)).toEqual({ ok: false, reason: 'invalidTime' });
  });

  it('ends the day at the coming midnight in Barcelona (already tomorrow there late in the UTC evening)', () => {
    expect(focusUntil({ kind: 'endOfDay' }, new Date('2026-05-12T07:00:00Z'))).toEqual({
      ok: true,
      focusUntil: '2026-05-13T00:00:00+02:00',
    });
    // 23:30 UTC on 12 May is 01:30 on 13 May in Barcelona: the end of *that* day.
    expect(focusUntil({ kind: 'endOfDay' }, new Date('2026-05-12T23:30:00Z'))).toEqual({
      ok: true,
      focusUntil: '2026-05-14T00:00:00+02:00',
    });
    expect(focusUntil({ kind: 'endOfDay' }, new Date('2026-01-20T22:30:00Z'))).toEqual({
      ok: true,
      focusUntil: '2026-01-21T00:00:00+01:00',
    });
  });

  it('never asks for more than 24 hours, even on the 25-hour day', () => {
    // 00:10 on 25 October (CEST); midnight comes 24 h 50 min later.
    const now = new Date('2026-10-24T22:10:00Z');
    const result = focusUntil({ kind: 'endOfDay' }, now);
    expect(result).toEqual({ ok: true, focusUntil: '2026-10-25T23:10:00+01:00' });
    if (result.ok) expect(new Date(result.focusUntil).getTime() - now.getTime()).toBe(24 * 3_600_000);
  });

  it('tells whether a focus still runs', () => {
    const now = new Date('2026-05-12T10:00:00Z');
    expect(isFocusing(null, now)).toBe(false);
    expect(isFocusing('2026-05-12T12:30:00+02:00', now)).toBe(true);
    expect(isFocusing('2026-05-12T11:30:00+02:00', now)).toBe(false);
  });
});

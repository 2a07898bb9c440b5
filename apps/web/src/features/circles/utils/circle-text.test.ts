import { formatEventWhen, membershipAction, membershipBadge, plainExcerpt } from './circle-text';

describe('plainExcerpt', () => {
  it('keeps the words of the Markdown and drops its marks', () => {
    expect(plainExcerpt('# Fotografia\n\nSortides **cada mes** amb _càmera_ i `RAW`.\n\n- [Web](https://example.com)\n> Cita')).toBe(
      'Fotografia Sortides cada mes amb càmera i RAW. Web Cita',
    );
    expect(plainExcerpt('![Logo](https://x/l.png) Equip de disseny')).toBe('Logo Equip de disseny');
  });

  it('cuts a long text at a word, with an ellipsis', () => {
    const text = 'Ens trobem els dijous per parlar de disseny, tipografia i color, i per compartir feina.';
    expect(plainExcerpt(text, 40)).toBe('Ens trobem els dijous per parlar de…');
    expect(plainExcerpt(text, 200)).toBe(text);
  });

  it('is empty without a description', () => {
    expect(plainExcerpt(null)).toBe('');
    expect(plainExcerpt('   ')).toBe('');
  });
});

describe('membership', () => {
  const active = { role: 'member', status: 'active' } as const;
  it('offers to join an open circle and to ask for one by approval', () => {
    expect(membershipAction({ joinPolicy: 'open', myMembership: null })).toBe('join');
    expect(membershipAction({ joinPolicy: 'approval', myMembership: null })).toBe('ask');
  });

  it('offers to leave once in, and to withdraw a pending request', () => {
    expect(membershipAction({ joinPolicy: 'approval', myMembership: active })).toBe('leave');
    expect(membershipAction({ joinPolicy: 'approval', myMembership: { role: 'member', status: 'pending' } })).toBe('withdraw');
  });

  it('names the reader’s place', () => {
    expect(membershipBadge({ myMembership: null })).toBeNull();
    expect(membershipBadge({ myMembership: active })).toBe('member');
    expect(membershipBadge({ myMembership: { role: 'admin', status: 'active' } })).toBe('admin');
    expect(membershipBadge({ myMembership: { role: 'member', status: 'pending' } })).toBe('pending');
  });
});

describe('formatEventWhen', () => {
  it('gives the day and the times at the coworking, in the reader’s language', () => {
    // 3 December 2026: Barcelona is on winter time (UTC+1).
    expect(formatEventWhen('2026-12-03T12:30:00Z', '2026-12-03T14:00:00Z', 'en')).toBe('Thursday, 3 December 2026 at 13:30–15:00');
    expect(formatEventWhen('2026-12-03T12:30:00Z', '2026-12-03T14:00:00Z', 'es')).toBe('jueves, 3 de diciembre de 2026, 13:30–15:00');
    expect(formatEventWhen('2026-12-03T12:30:00Z', '2026-12-03T14:00:00Z', 'ca')).toContain('dijous, 3 de desembre');
  });

  it('uses the coworking’s day, not UTC’s, to tell whether it ends another day', () => {
    // 22:30–23:30 UTC in summer is 00:30–01:30 the next day in Barcelona: one day there.
    expect(formatEventWhen('2026-07-01T22:30:00Z', '2026-07-01T23:30:00Z', 'en')).toBe('Thursday, 2 July 2026 at 00:30–01:30');
    expect(formatEventWhen('2026-07-01T20:00:00Z', '2026-07-02T08:00:00Z', 'en')).toBe(
      'Wednesday, 1 July 2026 at 22:00 – Thursday, 2 July 2026 at 10:00',
    );
  });
});

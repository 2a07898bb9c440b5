import { BirthdaySchema, UpdateFocusStatusSchema, UpdateMeSchema } from './profile.schema';

describe('UpdateMeSchema', () => {
  it('lets a member change their name and language, never their role, status or id', () => {
    expect(UpdateMeSchema.parse({ displayName: '  Núria Roca ', locale: 'ca' })).toEqual({ displayName: 'Núria Roca', locale: 'ca' });
    for (const field of ['role', 'status', 'id', 'memberId']) {
      expect(UpdateMeSchema.safeParse({ headline: 'x', [field]: 'manager' }).success).toBe(false);
    }
    expect(UpdateMeSchema.safeParse({ displayName: '   ' }).success).toBe(false);
    expect(UpdateMeSchema.safeParse({ locale: 'fr' }).success).toBe(false);
  });

  it('clears a text emptied by the member', () => {
    expect(UpdateMeSchema.parse({ headline: '  ', bio: '', website: '' })).toEqual({ headline: null, bio: null, website: null });
  });

  it('keeps each skill once, whatever its case, and folds spaces', () => {
    expect(UpdateMeSchema.parse({ skills: ['SEO', ' seo', 'Disseny   gràfic', 'React'] }).skills).toEqual(['SEO', 'Disseny gràfic', 'React']);
    expect(UpdateMeSchema.safeParse({ skills: [''] }).success).toBe(false);
    expect(UpdateMeSchema.safeParse({ skills: Array.from({ length: 21 }, (_, index) => `skill ${index}`) }).success).toBe(false);
  });

  it('takes languages as ISO codes and websites as http(s) addresses', () => {
    expect(UpdateMeSchema.parse({ languages: ['CA', 'es', 'en'] }).languages).toEqual(['ca', 'es', 'en']);
    expect(UpdateMeSchema.safeParse({ languages: ['català'] }).success).toBe(false);
    expect(UpdateMeSchema.parse({ website: 'https://puigdisseny.cat' }).website).toBe('https://puigdisseny.cat');
    expect(UpdateMeSchema.safeParse({ website: 'javascript:alert(1)' }).success).toBe(false);
    expect(UpdateMeSchema.safeParse({ website: 'ftp://example.com' }).success).toBe(false);
  });
});

describe('BirthdaySchema', () => {
  it('takes a day that exists in some year, without the year', () => {
    for (const day of ['01-01', '02-29', '12-31', '04-30']) expect(BirthdaySchema.safeParse(day).success).toBe(true);
    for (const day of ['02-30', '04-31', '13-01', '00-10', '1-1', '2024-01-01']) expect(BirthdaySchema.safeParse(day).success).toBe(false);
  });
});

describe('UpdateFocusStatusSchema', () => {
  it('takes a moment with its offset, or null', () => {
    expect(UpdateFocusStatusSchema.safeParse({ focusUntil: '2026-11-28T14:00:00+01:00', openToCoffee: false }).success).toBe(true);
    expect(UpdateFocusStatusSchema.safeParse({ focusUntil: null, openToCoffee: true }).success).toBe(true);
    expect(UpdateFocusStatusSchema.safeParse({ focusUntil: '14:00', openToCoffee: true }).success).toBe(false);
  });
});

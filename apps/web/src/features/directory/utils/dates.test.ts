import { formatBirthday, startsWithVowel, yearsSince } from './dates';

describe('yearsSince', () => {
  it('counts whole years on the coworking calendar', () => {
    expect(yearsSince('2022-03-10T10:00:00Z', new Date('2026-03-09T10:00:00Z'))).toBe(3);
    expect(yearsSince('2022-03-10T10:00:00Z', new Date('2026-03-10T10:00:00Z'))).toBe(4);
    expect(yearsSince('2026-01-05T10:00:00Z', new Date('2026-06-01T10:00:00Z'))).toBe(0);
  });

  it('uses the day in Barcelona, not in UTC', () => {
    // 23:30 UTC on 9 March is already 10 March in Barcelona.
    expect(yearsSince('2022-03-10T08:00:00Z', new Date('2026-03-09T23:30:00Z'))).toBe(4);
  });
});

describe('formatBirthday', () => {
  it('says the day and the month in the reader’s language', () => {
    expect(formatBirthday('05-03', 'ca')).toBe('3 de maig');
    expect(formatBirthday('05-03', 'es')).toBe('3 de mayo');
    expect(formatBirthday('05-03', 'en')).toBe('3 May');
    expect(formatBirthday('02-29', 'en')).toBe('29 February');
  });
});

describe('startsWithVowel', () => {
  it('spots the months Catalan elides before', () => {
    expect(startsWithVowel('abril del 2022')).toBe(true);
    expect(startsWithVowel('octubre del 2022')).toBe(true);
    expect(startsWithVowel('març del 2022')).toBe(false);
  });
});

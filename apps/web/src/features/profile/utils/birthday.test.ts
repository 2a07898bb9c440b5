import { BirthdaySchema } from '@tertulia/domain';
import { birthdayFromParts, birthdayParts, formatBirthday, monthNames } from './birthday';

describe('the birthday selects', () => {
  it('assemble MM-DD, padded', () => {
    expect(birthdayFromParts({ month: '3', day: '7' })).toEqual({ ok: true, birthday: '03-07' });
    expect(birthdayFromParts({ month: '12', day: '31' })).toEqual({ ok: true, birthday: '12-31' });
  });

  it('give no birthday when both are empty', () => {
    expect(birthdayFromParts({ month: '', day: '' })).toEqual({ ok: true, birthday: null });
  });

  it('name the select still to choose when only one is chosen', () => {
    expect(birthdayFromParts({ month: '', day: '7' })).toEqual({ ok: false, field: 'birthdayMonth' });
    expect(birthdayFromParts({ month: '3', day: '' })).toEqual({ ok: false, field: 'birthdayDay' });
  });

  it('leave impossible days to the schema (29 February is fine, 30 is not)', () => {
    const leap = birthdayFromParts({ month: '2', day: '29' });
    const impossible = birthdayFromParts({ month: '2', day: '30' });
    expect(leap.ok && BirthdaySchema.safeParse(leap.birthday).success).toBe(true);
    expect(impossible.ok && BirthdaySchema.safeParse(impossible.birthday).success).toBe(false);
  });

  it('read a stored birthday back into the selects', () => {
    expect(birthdayParts('03-07')).toEqual({ month: '3', day: '7' });
    expect(birthdayParts(null)).toEqual({ month: '', day: '' });
  });

  it('name months and birthdays in the reader\'s language', () => {
    expect(monthNames('ca')[2]).toBe('març');
    expect(monthNames('es')[0]).toBe('enero');
    expect(monthNames('en-GB')[11]).toBe('December');
    expect(formatBirthday('03-14', 'en')).toBe('14 March');
    expect(formatBirthday('03-14', 'es')).toBe('14 de marzo');
  });
});

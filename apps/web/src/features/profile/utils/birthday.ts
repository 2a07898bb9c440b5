/** The two selects of a birthday: a month (1–12) and a day (1–31), each empty when not chosen. */
export interface BirthdayParts {
  month: string;
  day: string;
}

export type BirthdayResult = { ok: true; birthday: string | null } | { ok: false; field: 'birthdayMonth' | 'birthdayDay' };

/**
 * The birthday as the API keeps it, `MM-DD`, or null when both selects are empty. Half a date
 * names the select still to choose; whether the day exists in that month (30 February) is the
 * schema's to say.
 */
export function birthdayFromParts({ month, day }: BirthdayParts): BirthdayResult {
  if (month === '' && day === '') return { ok: true, birthday: null };
  if (month === '') return { ok: false, field: 'birthdayMonth' };
  if (day === '') return { ok: false, field: 'birthdayDay' };
  return { ok: true, birthday: `${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}

/** `MM-DD` (or null) back into the selects' values (`3`, `14`). */
export function birthdayParts(birthday: string | null | undefined): BirthdayParts {
  const match = /^(\d{2})-(\d{2})$/.exec(birthday ?? '');
  if (!match) return { month: '', day: '' };
  return { month: String(Number(match[1])), day: String(Number(match[2])) };
}

/** The months by name in the reader's language (`gener`, `enero`, `January`), 1 to 12. */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2024, index, 15))));
}

/** «14 de març», «14 de marzo», «14 March»: a birthday without the year, in the reader's language. */
export function formatBirthday(birthday: string, locale: string): string {
  const { month, day } = birthdayParts(birthday);
  if (month === '') return birthday;
  const intl = locale === 'en' ? 'en-GB' : locale;
  return new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, Number(month) - 1, Number(day))),
  );
}

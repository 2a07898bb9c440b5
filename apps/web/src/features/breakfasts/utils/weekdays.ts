/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Monday 1 January 2024 (UTC): the day of each ISO weekday is 31 December 2023 + n. */
const dayOf = (weekday: number) => new Date(Date.UTC(2024, 0, weekday));

const INTL_LOCALES: Record<string, string> = { en: 'en-GB' };

/** The weekday's name as written inside a sentence: "Thursday", "dijous", "jueves". */
export function weekdayName(weekday: number, locale: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale] ?? locale, { weekday: 'long', timeZone: 'UTC' }).format(dayOf(weekday));
}

/** The seven weekdays, Monday first, named on their own (capitalised: "Dijous") for a select. */
export function weekdayOptions(locale: string): { value: string; label: string }[] {
  return WEEKDAYS.map((weekday) => {
    const name = weekdayName(weekday, locale);
    return { value: String(weekday), label: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) };
  });
}

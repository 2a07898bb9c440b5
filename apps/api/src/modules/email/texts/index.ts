import type { Locale } from '@tertulia/domain';
import { ca } from './ca';
import type { EmailCatalog, Formatters } from './email-catalog';
import { en } from './en';
import { es } from './es';

export type { Celebration, EmailCatalog, Formatters } from './email-catalog';

const CATALOGS: Record<Locale, EmailCatalog> = { ca, es, en };

/** A member without a chosen language reads English, as the portal's fallback. */
export const FALLBACK_LOCALE: Locale = 'en';

export function catalogFor(locale: Locale | null): EmailCatalog {
  return CATALOGS[locale ?? FALLBACK_LOCALE] ?? CATALOGS[FALLBACK_LOCALE];
}

/** English readers here live in Spain: day-month order and a 24-hour clock (as in the portal). */
const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Dates in the reader's language on the community's clock; a value that is not a date is written as it came. */
export function formattersFor(locale: Locale | null, timeZone: string): Formatters {
  const language = intlLocale(locale ?? FALLBACK_LOCALE);
  const dayFormat = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const instantFormat = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone });
  return {
    day(date) {
      const match = CALENDAR_DAY.exec(date);
      if (!match) return date;
      const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      if (Number.isNaN(day.getTime())) return date;
      // British English writes no comma after the weekday, whatever the ICU version says (as the portal).
      const parts = dayFormat.formatToParts(day);
      return parts
        .map((part, index) => (language === 'en-GB' && part.type === 'literal' && parts[index - 1]?.type === 'weekday' ? ' ' : part.value))
        .join('');
    },
    dateTime(instant) {
      const moment = new Date(instant);
      return Number.isNaN(moment.getTime()) ? instant : instantFormat.format(moment);
    },
  };
}

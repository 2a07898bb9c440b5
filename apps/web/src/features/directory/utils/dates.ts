import { communityToday } from '../../../lib/time';

/**
 * Whole years since someone joined the coworking, counted on the coworking's calendar
 * (Europe/Madrid): the anniversary day itself counts.
 */
export function yearsSince(joinedAt: string, now: Date = new Date()): number {
  const from = communityToday(joinedAt);
  const to = communityToday(now);
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years -= 1;
  return Math.max(0, years);
}

const INTL_LOCALES: Record<string, string> = { en: 'en-GB' };

/** A birthday `MM-DD` as the reader says it: «3 de maig», «3 de mayo», «3 May». */
export function formatBirthday(birthday: string, locale: string): string {
  const month = Number(birthday.slice(0, 2));
  const day = Number(birthday.slice(3, 5));
  // 2000 was a leap year, so 29 February exists; UTC noon keeps the day whatever the zone.
  const date = new Date(Date.UTC(2000, month - 1, day, 12));
  return new Intl.DateTimeFormat(INTL_LOCALES[locale] ?? locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** Catalan elides «de» before a vowel: «des d'abril», «d'octubre». */
export function startsWithVowel(text: string): boolean {
  return /^[aeiouàèéíòóú]/i.test(text);
}

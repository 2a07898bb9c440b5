import type { NotificationCategory, NotificationDataByKind, NotificationKind } from '@tertulia/domain';

/** Dates written out in the reader's language, on the community's clock. */
export interface Formatters {
  /** A calendar day (`YYYY-MM-DD`) with its weekday: «Thursday 3 December 2026». */
  day(date: string): string;
  /** An instant as a day and a time: «Thursday 3 December 2026 at 09:30». */
  dateTime(instant: string): string;
}

/** A birthday or a coworking anniversary the digest mentions. */
export interface Celebration {
  kind: 'birthday' | 'anniversary';
  name: string;
  /** `YYYY-MM-DD`: the day it is celebrated. */
  date: string;
  /** Anniversaries: how many years in the coworking. */
  years: number;
}

/** Every sentence of the e-mails, in one language. Each language file implements all of it (the compiler checks). */
export interface EmailCatalog {
  /** One sentence per kind, from the notification's data (as the portal's list says it). */
  kinds: { [K in NotificationKind]: (data: NotificationDataByKind[K], format: Formatters) => string };
  categories: Record<NotificationCategory, string>;
  greeting(name: string): string;
  /** The label of the link to the portal. */
  open: string;
  /** Why this e-mail came (a single notification). */
  whyInstant(category: string): string;
  /** Why this e-mail came (a digest). */
  whyDigest(frequency: 'daily' | 'weekly'): string;
  unsubscribe: string;
  settings: string;
  digest: {
    subject(frequency: 'daily' | 'weekly', day: string, count: number): string;
    intro(frequency: 'daily' | 'weekly'): string;
    news: string;
    celebrations: string;
    /** Daily: today; weekly: on `day`. */
    celebration(celebration: Celebration, day: string | null): string;
    congratulate: string;
  };
  invitation: {
    subject(inviterName: string): string;
    intro(inviterName: string): string;
    about: string;
    accept: string;
    expires(dateTime: string): string;
    ignore: string;
  };
}

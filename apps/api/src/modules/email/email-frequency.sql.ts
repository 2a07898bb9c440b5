import { CATEGORY_OF_KIND, EMAIL_FREQUENCY_DEFAULTS, type NotificationCategory } from '@tertulia/domain';

/**
 * SQL for a member's e-mail frequency, written from the domain's constants (identifiers only, checked
 * here, so nothing from a request ever reaches this text): the member's choice for the category,
 * else its default.
 */
const literal = (value: string) => {
  if (!/^[a-z_]+$/.test(value)) throw new Error(`not an identifier: ${value}`);
  return `'${value}'`;
};

/** The category of a notification's kind (`n` the notifications alias). */
export function categoryOfKindSql(notification: string): string {
  const cases = Object.entries(CATEGORY_OF_KIND).map(([kind, category]) => `WHEN ${literal(kind)} THEN ${literal(category)}`);
  return `(CASE ${notification}.kind ${cases.join(' ')} END)`;
}

/** A member's (`m`) frequency for a category given as SQL. */
function frequencyOfSql(member: string, categorySql: string): string {
  const defaults = Object.entries(EMAIL_FREQUENCY_DEFAULTS).map(
    ([category, frequency]) => `WHEN ${literal(category)} THEN ${literal(frequency)}`,
  );
  return `coalesce(${member}.email_preferences ->> ${categorySql}, CASE ${categorySql} ${defaults.join(' ')} END)`;
}

/** How member `m` wants notification `n` e-mailed: instant, daily, weekly or never. */
export function frequencyOfNotificationSql(notification: string, member: string): string {
  return frequencyOfSql(member, categoryOfKindSql(notification));
}

/** How member `m` wants a fixed category e-mailed. */
export function frequencyOfCategorySql(member: string, category: NotificationCategory): string {
  return frequencyOfSql(member, literal(category));
}

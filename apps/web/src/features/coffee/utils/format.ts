export { formatDateTime } from '../../../lib/time';

/** English readers here live in Spain (as in lib/time). */
const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

/** «Thursday 3 December 2026 at 09:30 or Friday …» in the reader's language. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'disjunction' }).format(items);
}

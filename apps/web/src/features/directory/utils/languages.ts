/** Languages people at a Barcelona coworking commonly speak (ISO 639-1), offered as filters. */
export const COMMON_LANGUAGES = [
  'ca',
  'es',
  'en',
  'fr',
  'de',
  'it',
  'pt',
  'nl',
  'eu',
  'gl',
  'ar',
  'zh',
  'ja',
  'ru',
  'uk',
  'pl',
  'ro',
  'sv',
] as const;

const displayNames = new Map<string, Intl.DisplayNames>();

/** "fr" → "francès" / "francés" / "French", in the reader's language; the code itself if unknown. */
export function languageName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    displayNames.set(locale, names);
  }
  try {
    const name = names.of(code) ?? code;
    // Catalan and Spanish write language names in lower case; a list reads better capitalised.
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return code;
  }
}

/** The common languages (and any others given), named in the reader's language, alphabetically. */
export function languageOptions(locale: string, extra: readonly string[] = []): { value: string; label: string }[] {
  const codes = [...new Set([...COMMON_LANGUAGES, ...extra])];
  return codes
    .map((code) => ({ value: code, label: languageName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

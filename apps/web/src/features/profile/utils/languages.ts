/** The languages most often spoken at the coworking, offered as checkboxes (ISO 639-1). */
export const COMMON_LANGUAGES = ['ca', 'es', 'en', 'fr', 'de', 'it', 'pt', 'eu', 'gl', 'nl', 'ar', 'ro', 'ru', 'uk', 'zh', 'ja'] as const;

/** A language by its code, named in the reader's language (`fr` → «francès», «francés», «French»). */
export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    if (!name || name === code) return code;
    // Catalan and Spanish write language names in lower case; a list item reads better capitalised.
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return code;
  }
}

/** The checkboxes to offer: the common languages, then any other the member already speaks. */
export function languageChoices(chosen: readonly string[]): string[] {
  const common: readonly string[] = COMMON_LANGUAGES;
  return [...common, ...chosen.filter((code) => !common.includes(code))];
}

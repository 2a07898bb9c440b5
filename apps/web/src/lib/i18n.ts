import { LOCALES, type Locale } from '@tertulia/domain';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next, useTranslation } from 'react-i18next';
import { translations } from '../locales/resources';

export const FALLBACK_LOCALE: Locale = 'en';

/** Each language is named in itself, so that anyone can find theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { ca: 'Català', es: 'Español', en: 'English' };

/** Where the language the person picked is remembered on this device. */
export const LANGUAGE_STORAGE_KEY = 'tertulia.language';

export const resources = {
  ca: { translation: translations.ca },
  es: { translation: translations.es },
  en: { translation: translations.en },
} as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language the portal is shown in right now (one of ca, es, en). */
export function currentLocale(): Locale {
  return toLocale(i18n.resolvedLanguage ?? i18n.language);
}

/** The current language, re-rendering the component when it changes (for dates and numbers). */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return toLocale(instance.resolvedLanguage ?? instance.language);
}

/** "ca-ES" → "ca"; anything unsupported → the fallback. */
function toLocale(language: string | undefined): Locale {
  const base = language?.toLowerCase().split('-')[0];
  return isLocale(base) ? base : FALLBACK_LOCALE;
}

function reflectLanguage(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = toLocale(language);
}

i18n.on('languageChanged', reflectLanguage);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: LOCALES,
    fallbackLng: FALLBACK_LOCALE,
    load: 'languageOnly',
    nonExplicitSupportedLngs: true,
    // The translations are bundled: initialise synchronously, so the first render is translated.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      caches: ['localStorage'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
    },
  });

reflectLanguage(currentLocale());

/** Shows the portal in another language (remembered on this device by the detector's cache). */
export async function changeLocale(locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale);
}

export { i18n };

import { LOCALES } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { currentLocale, isLocale, LOCALE_NAMES } from '../../../lib/i18n';
import { useChangeLanguage } from '../hooks/use-change-language';

const OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale], lang: locale }));

/** "Language / Idioma": switches the portal at once, and saves the choice on the account. */
export function LanguageSelect({ className }: { className?: string }) {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <SelectField
      className={['language-select', className ?? ''].join(' ')}
      label={t('language.label')}
      value={currentLocale()}
      options={OPTIONS}
      onChange={(event) => {
        if (isLocale(event.target.value)) changeLanguage(event.target.value);
      }}
    />
  );
}

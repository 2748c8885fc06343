import { PATIENT_LANGUAGES, type PatientLanguage } from '@oneday/domain';
import { useTranslation } from 'react-i18next';

const NAMES: Record<PatientLanguage, string> = { en: 'English', es: 'Español' };

/** Each language named in itself, so anyone can find their own. */
export function LanguageSwitch({ onChange }: { onChange: (language: PatientLanguage) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('language')} className="language-switch no-print">
      {PATIENT_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => onChange(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}

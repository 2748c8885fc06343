import { PATIENT_LANGUAGES, patientLanguageOf, type PatientLanguage } from '@oneday/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MESSAGES } from './messages.js';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(
    PATIENT_LANGUAGES.map((language) => [language, { translation: MESSAGES[language] }]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  // React escapes what it renders; <Trans> handles the little markup there is.
  interpolation: { escapeValue: false },
});

const CHOICE_KEY = 'oneday.language';

/** The language the patient picked on this device, if they ever did. */
export function chosenLanguage(): PatientLanguage | null {
  const stored = localStorage.getItem(CHOICE_KEY);
  return stored ? patientLanguageOf(stored) : null;
}

/** Shows the pages in `language`, and tells the browser and screen readers so. */
export async function switchLanguage(language: PatientLanguage, remember: boolean): Promise<void> {
  if (remember) localStorage.setItem(CHOICE_KEY, language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

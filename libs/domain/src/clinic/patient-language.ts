/** The languages the patient's own pages are written in. */
export const PATIENT_LANGUAGES = ['en', 'es'] as const;
export type PatientLanguage = (typeof PATIENT_LANGUAGES)[number];

/** A BCP 47 tag from the patient's record ("es-MX") to a language we write in; English otherwise. */
export function patientLanguageOf(tag: string | null | undefined): PatientLanguage {
  const primary = (tag ?? '').toLowerCase().split('-')[0];
  return PATIENT_LANGUAGES.find((l) => l === primary) ?? 'en';
}

/** The locale dates and times are formatted in, per language (the US site's conventions). */
export const PATIENT_LOCALES: Record<PatientLanguage, string> = { en: 'en-US', es: 'es-US' };

export const SPECIALTIES = [
  'BREAST_SURGEON',
  'UROLOGIC_ONCOLOGIST',
  'HEAD_AND_NECK_SURGEON',
  'MEDICAL_ONCOLOGIST',
  'RADIATION_ONCOLOGIST',
  'PLASTIC_SURGEON',
  'GENETIC_COUNSELOR',
  'RADIOLOGIST',
  'PATHOLOGIST',
  'NURSE_NAVIGATOR',
  'RESEARCH_NURSE',
  'DIETITIAN',
  'SPEECH_LANGUAGE_PATHOLOGIST',
  'DENTAL_ONCOLOGIST',
  'SOCIAL_WORKER',
] as const;

export type Specialty = (typeof SPECIALTIES)[number];

/** Same-day clinic programs; a conference case may also be OTHER. */
export const CLINIC_PROGRAMS = ['BREAST', 'PROSTATE', 'HEAD_AND_NECK'] as const;
export type ClinicProgram = (typeof CLINIC_PROGRAMS)[number];

export const CASE_PROGRAMS = [...CLINIC_PROGRAMS, 'OTHER'] as const;
export type CaseProgram = (typeof CASE_PROGRAMS)[number];

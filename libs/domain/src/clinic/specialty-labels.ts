import type { PatientLanguage } from './patient-language.js';
import { SPECIALTY_LABELS_ES } from './specialty-labels-es.js';
import type { Specialty } from './specialty.js';

/** How the clinic and the patient name each specialty, and why the patient sees them. */
export const SPECIALTY_LABELS: Record<Specialty, { title: string; purpose: string }> = {
  BREAST_SURGEON: {
    title: 'Breast surgeon',
    purpose: 'Discuss surgery options for your breast cancer.',
  },
  UROLOGIC_ONCOLOGIST: {
    title: 'Urologic oncologist',
    purpose: 'Discuss surgery and surveillance options for your prostate cancer.',
  },
  HEAD_AND_NECK_SURGEON: {
    title: 'Head and neck surgeon',
    purpose: 'Examine the tumor and discuss surgery options.',
  },
  MEDICAL_ONCOLOGIST: {
    title: 'Medical oncologist',
    purpose: 'Discuss medicines such as chemotherapy, hormone or immune therapy.',
  },
  RADIATION_ONCOLOGIST: {
    title: 'Radiation oncologist',
    purpose: 'Discuss whether radiation therapy is right for you.',
  },
  PLASTIC_SURGEON: { title: 'Plastic surgeon', purpose: 'Discuss breast reconstruction options.' },
  GENETIC_COUNSELOR: {
    title: 'Genetic counselor',
    purpose: 'Talk about inherited risk and genetic testing for you and your family.',
  },
  RADIOLOGIST: { title: 'Radiologist', purpose: 'Review your imaging with you.' },
  PATHOLOGIST: { title: 'Pathologist', purpose: 'Review your biopsy results.' },
  NURSE_NAVIGATOR: {
    title: 'Nurse navigator',
    purpose: 'Your guide for the day: questions, next steps and support.',
  },
  RESEARCH_NURSE: {
    title: 'Research nurse',
    purpose:
      'Learn whether a clinical trial could be an option. Taking part is always your choice.',
  },
  DIETITIAN: { title: 'Dietitian', purpose: 'Plan nutrition before and during treatment.' },
  SPEECH_LANGUAGE_PATHOLOGIST: {
    title: 'Speech-language pathologist',
    purpose: 'Check swallowing and speech before treatment.',
  },
  DENTAL_ONCOLOGIST: {
    title: 'Dental oncologist',
    purpose: 'Check your teeth and mouth before treatment.',
  },
  SOCIAL_WORKER: {
    title: 'Social worker',
    purpose: 'Help with transport, work, money and emotional support.',
  },
};

/** The specialty's title and purpose in the patient's language. */
export function specialtyLabel(specialty: Specialty, language: PatientLanguage = 'en') {
  return (language === 'es' ? SPECIALTY_LABELS_ES : SPECIALTY_LABELS)[specialty];
}

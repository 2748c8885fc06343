import type { Specialty } from './specialty.js';

/** The Spanish of SPECIALTY_LABELS, for the patient's own pages. */
export const SPECIALTY_LABELS_ES: Record<Specialty, { title: string; purpose: string }> = {
  BREAST_SURGEON: {
    title: 'Cirujano de mama',
    purpose: 'Hablar de las opciones de cirugía para su cáncer de mama.',
  },
  UROLOGIC_ONCOLOGIST: {
    title: 'Oncólogo urólogo',
    purpose: 'Hablar de las opciones de cirugía y de seguimiento para su cáncer de próstata.',
  },
  HEAD_AND_NECK_SURGEON: {
    title: 'Cirujano de cabeza y cuello',
    purpose: 'Examinar el tumor y hablar de las opciones de cirugía.',
  },
  MEDICAL_ONCOLOGIST: {
    title: 'Oncólogo médico',
    purpose: 'Hablar de medicamentos como la quimioterapia o la terapia hormonal o inmunitaria.',
  },
  RADIATION_ONCOLOGIST: {
    title: 'Oncólogo radioterapeuta',
    purpose: 'Hablar de si la radioterapia es adecuada para usted.',
  },
  PLASTIC_SURGEON: {
    title: 'Cirujano plástico',
    purpose: 'Hablar de las opciones de reconstrucción de la mama.',
  },
  GENETIC_COUNSELOR: {
    title: 'Asesor genético',
    purpose: 'Hablar del riesgo hereditario y de las pruebas genéticas para usted y su familia.',
  },
  RADIOLOGIST: { title: 'Radiólogo', purpose: 'Revisar sus imágenes con usted.' },
  PATHOLOGIST: { title: 'Patólogo', purpose: 'Revisar los resultados de su biopsia.' },
  NURSE_NAVIGATOR: {
    title: 'Enfermera navegadora',
    purpose: 'Su guía durante el día: preguntas, próximos pasos y apoyo.',
  },
  RESEARCH_NURSE: {
    title: 'Enfermera de investigación',
    purpose: 'Saber si un ensayo clínico podría ser una opción. Participar siempre es su decisión.',
  },
  DIETITIAN: {
    title: 'Dietista',
    purpose: 'Planificar la alimentación antes y durante el tratamiento.',
  },
  SPEECH_LANGUAGE_PATHOLOGIST: {
    title: 'Logopeda',
    purpose: 'Evaluar la deglución y el habla antes del tratamiento.',
  },
  DENTAL_ONCOLOGIST: {
    title: 'Odontólogo oncológico',
    purpose: 'Revisar sus dientes y su boca antes del tratamiento.',
  },
  SOCIAL_WORKER: {
    title: 'Trabajador social',
    purpose: 'Ayuda con el transporte, el trabajo, el dinero y apoyo emocional.',
  },
};

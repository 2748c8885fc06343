import type { PatientLanguage } from './patient-language.js';
import type { ClinicProgram } from './specialty.js';

export interface PatientNeeds {
  interpreter: boolean;
  mobilityAssistance: boolean;
  transport: boolean;
}

type Item =
  | 'ID'
  | 'MEDICINES'
  | 'OUTSIDE_IMAGING'
  | 'QUESTIONS'
  | 'COMPANION'
  | 'DENTURES'
  | 'MAMMOGRAMS'
  | 'INTERPRETER'
  | 'MOBILITY'
  | 'TRANSPORT'
  | 'SNACKS';

const TEXT: Record<PatientLanguage, Record<Item, string>> = {
  en: {
    ID: 'Photo ID and insurance card',
    MEDICINES: 'A list of all medicines you take, with doses',
    OUTSIDE_IMAGING: 'Any imaging discs or reports from outside hospitals',
    QUESTIONS: 'Your questions, written down',
    COMPANION: 'A family member or friend, if you wish',
    DENTURES: 'Your dentures or dental appliances, if you have any',
    MAMMOGRAMS: 'Results of any earlier mammograms done elsewhere',
    INTERPRETER: 'Nothing extra: a medical interpreter will be with you all day, free of charge',
    MOBILITY: 'Your walker or wheelchair; staff can meet you at the entrance',
    TRANSPORT: 'Your ride confirmation from the social work team',
    SNACKS: 'Snacks and a water bottle: it is a long day, with a lunch break',
  },
  es: {
    ID: 'Identificación con foto y tarjeta del seguro',
    MEDICINES: 'Una lista de todos los medicamentos que toma, con sus dosis',
    OUTSIDE_IMAGING: 'Discos o informes de imágenes de otros hospitales',
    QUESTIONS: 'Sus preguntas, por escrito',
    COMPANION: 'Un familiar o amigo, si lo desea',
    DENTURES: 'Su dentadura postiza o aparatos dentales, si los tiene',
    MAMMOGRAMS: 'Resultados de mamografías anteriores hechas en otro lugar',
    INTERPRETER: 'Nada más: un intérprete médico estará con usted todo el día, sin costo alguno',
    MOBILITY: 'Su andador o silla de ruedas; el personal puede recibirle en la entrada',
    TRANSPORT: 'La confirmación de su transporte del equipo de trabajo social',
    SNACKS: 'Refrigerios y una botella de agua: es un día largo, con un descanso para almorzar',
  },
};

/** The patient's checklist for their clinic day, in the order they will need it. */
export function whatToBring(
  program: ClinicProgram,
  needs: PatientNeeds,
  language: PatientLanguage = 'en',
): string[] {
  const items: Item[] = ['ID', 'MEDICINES', 'OUTSIDE_IMAGING', 'QUESTIONS', 'COMPANION'];
  if (program === 'HEAD_AND_NECK') items.push('DENTURES');
  if (program === 'BREAST') items.push('MAMMOGRAMS');
  if (needs.interpreter) items.push('INTERPRETER');
  if (needs.mobilityAssistance) items.push('MOBILITY');
  if (needs.transport) items.push('TRANSPORT');
  items.push('SNACKS');
  return items.map((item) => TEXT[language][item]);
}

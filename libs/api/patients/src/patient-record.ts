import type { PatientRelations, Sex } from '@oneday/domain';

/** A patient as other features see it: plain data, never the table row. */
export interface PatientRecord {
  id: string;
  mrn: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  language: string;
  needsInterpreter: boolean;
  needsMobilityAssistance: boolean;
  needsTransport: boolean;
  phone: string | null;
  email: string | null;
}

export const fullName = (p: { givenName: string; familyName: string }) =>
  `${p.givenName} ${p.familyName}`;

/**
 * Who is related to a patient (cases submitted, a conference agenda): the facts access is
 * decided on. Other features hold them; the cases feature provides this, so patients depend
 * on no feature above them.
 */
export abstract class PatientRelationsSource {
  /** One entry for every id asked about, empty relations for a patient nobody is related to. */
  abstract relationsOf(patientIds: readonly string[]): Promise<Map<string, PatientRelations>>;
}

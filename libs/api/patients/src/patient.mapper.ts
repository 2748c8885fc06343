import type { PatientModel } from './models/patient.model.js';
import type { PatientRecord } from './patient-record.js';

export function toPatientModel(patient: PatientRecord): PatientModel {
  return {
    id: patient.id,
    mrn: patient.mrn,
    givenName: patient.givenName,
    familyName: patient.familyName,
    birthDate: patient.birthDate,
    sex: patient.sex,
    language: patient.language,
    needs: {
      interpreter: patient.needsInterpreter,
      mobilityAssistance: patient.needsMobilityAssistance,
      transport: patient.needsTransport,
    },
    phone: patient.phone,
    email: patient.email,
  };
}

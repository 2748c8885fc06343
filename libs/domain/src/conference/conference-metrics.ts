/** CoC Standard 2.5: the specialties whose attendance each conference must show. */
export const REQUIRED_SPECIALTIES = [
  'SURGERY',
  'MEDICAL_ONCOLOGY',
  'RADIATION_ONCOLOGY',
  'DIAGNOSTIC_RADIOLOGY',
  'PATHOLOGY',
] as const;
export type RequiredSpecialty = (typeof REQUIRED_SPECIALTIES)[number];

const SPECIALTY_GROUP: Record<string, RequiredSpecialty | undefined> = {
  BREAST_SURGEON: 'SURGERY',
  UROLOGIC_ONCOLOGIST: 'SURGERY',
  HEAD_AND_NECK_SURGEON: 'SURGERY',
  PLASTIC_SURGEON: 'SURGERY',
  MEDICAL_ONCOLOGIST: 'MEDICAL_ONCOLOGY',
  RADIATION_ONCOLOGIST: 'RADIATION_ONCOLOGY',
  RADIOLOGIST: 'DIAGNOSTIC_RADIOLOGY',
  PATHOLOGIST: 'PATHOLOGY',
};

export interface MetricsInput {
  conferences: { id: string; attendedSpecialties: string[] }[];
  presented: {
    conferenceId: string;
    prospective: boolean;
    stageDocumented: boolean;
    trialDiscussed: boolean;
  }[];
  followUps: { dueDate: string; doneOn: string | null }[];
  /** yyyy-MM-dd: follow-ups due before this and not done count as late. */
  asOf: string;
}

export interface ConferenceMetrics {
  conferences: number;
  casesPresented: number;
  prospectiveShare: number | null;
  stageDocumentedShare: number | null;
  trialsDiscussedShare: number | null;
  /** Per required specialty, the share of conferences it attended. */
  attendance: { specialty: RequiredSpecialty; share: number | null }[];
  /** Conferences where every required specialty attended. */
  fullyAttendedConferences: number;
  followUpsDue: number;
  followUpsOnTime: number;
  followUpsOnTimeShare: number | null;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function conferenceMetrics(input: MetricsInput): ConferenceMetrics {
  const present = input.presented;
  const attendedGroups = input.conferences.map(
    (c) => new Set(c.attendedSpecialties.map((s) => SPECIALTY_GROUP[s]).filter(Boolean)),
  );
  // A follow-up counts once it is due: done by its due date is on time; late or still open is not.
  const due = input.followUps.filter((f) => f.dueDate <= input.asOf || f.doneOn !== null);
  const onTime = due.filter((f) => f.doneOn !== null && f.doneOn <= f.dueDate).length;
  return {
    conferences: input.conferences.length,
    casesPresented: present.length,
    prospectiveShare: share(present.filter((p) => p.prospective).length, present.length),
    stageDocumentedShare: share(present.filter((p) => p.stageDocumented).length, present.length),
    trialsDiscussedShare: share(present.filter((p) => p.trialDiscussed).length, present.length),
    attendance: REQUIRED_SPECIALTIES.map((specialty) => ({
      specialty,
      share: share(attendedGroups.filter((g) => g.has(specialty)).length, input.conferences.length),
    })),
    fullyAttendedConferences: attendedGroups.filter((g) =>
      REQUIRED_SPECIALTIES.every((s) => g.has(s)),
    ).length,
    followUpsDue: due.length,
    followUpsOnTime: onTime,
    followUpsOnTimeShare: share(onTime, due.length),
  };
}

/** A patient's clinic day as booked: cancelling keeps the record, the day is never deleted. */
export const CLINIC_DAY_STATUSES = ['BOOKED', 'CANCELLED', 'COMPLETED'] as const;
export type ClinicDayStatus = (typeof CLINIC_DAY_STATUSES)[number];

/** One visit of a clinic day; a cancelled one frees its specialist and patient. */
export const VISIT_STATUSES = ['BOOKED', 'CANCELLED'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** A specialist's slot: free to book, booked by a visit, or blocked (leave, meeting). */
export const SLOT_STATUSES = ['FREE', 'BOOKED', 'BLOCKED'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

/** The sex on a patient's record (administrative, as FHIR's gender). */
export const SEXES = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const;
export type Sex = (typeof SEXES)[number];

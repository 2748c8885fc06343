import type { ChangeDeclaration } from '@oneday/api-common';

/** What each clinic mutation leaves in the audit trail and on live screens (the board). */
export const CLINIC_CHANGES = {
  bookClinicDay: { audit: 'BOOK', announces: ['day_schedule_changed'] },
  cancelClinicDay: { audit: 'CANCEL', announces: ['day_schedule_changed'] },
  rescheduleVisit: { audit: 'RESCHEDULE', announces: ['day_schedule_changed'] },
  setAvailability: { audit: 'SET_AVAILABILITY', announces: ['day_schedule_changed'] },
  blockTime: { audit: 'BLOCK_TIME', announces: ['day_schedule_changed'] },
  updateProgram: { audit: 'UPDATE', announces: [] },
} as const satisfies Record<string, ChangeDeclaration>;

import type { ChangeDeclaration } from '@oneday/api-common';

/**
 * What each conference mutation leaves in the audit trail and on live screens: everything the
 * meeting view shows (agenda, the case presented, attendance, recommendations and their
 * follow-ups) is announced to every open meeting screen.
 */
export const CONFERENCE_CHANGES = {
  scheduleConference: { audit: 'SCHEDULE', announces: [] },
  addCaseToAgenda: { audit: 'ADD_TO_AGENDA', announces: ['conference_changed'] },
  buildAgenda: { audit: 'BUILD_AGENDA', announces: ['conference_changed'] },
  reorderAgenda: { audit: 'REORDER_AGENDA', announces: ['conference_changed'] },
  presentAgendaItem: { audit: 'PRESENT', announces: ['conference_changed'] },
  recordAttendance: { audit: 'ATTENDANCE', announces: ['conference_changed'] },
  recordRecommendation: { audit: 'RECOMMEND', announces: ['conference_changed'] },
  completeFollowUp: { audit: 'COMPLETE', announces: ['conference_changed'] },
} as const satisfies Record<string, ChangeDeclaration>;

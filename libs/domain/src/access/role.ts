export const ROLES = ['COORDINATOR', 'PHYSICIAN', 'PATIENT', 'ADMIN'] as const;

export type Role = (typeof ROLES)[number];

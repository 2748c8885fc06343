import type { ClinicProgram } from '@oneday/domain';

/** What booking needs: the chosen day, for whom and where (plain data; the resolver maps). */
export interface BookingRequest {
  patientId: string;
  program: ClinicProgram;
  siteId: string;
  date: string;
  optionalSteps?: string[];
  caseId?: string | null;
  visits: { stepKey: string; slotId: string; startsAt: Date }[];
  lunchStartsAt?: Date | null;
  idempotencyKey: string;
}

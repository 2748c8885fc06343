import { AppError, ErrorCode, sqlState } from '@oneday/api-common';
import type { ClinicDayOptionsModel } from './models/clinic-day-options.model.js';

/** Someone else took a slot first: nothing was booked; here are the day's options now. */
export const slotTaken = (freshOptions: ClinicDayOptionsModel | null) =>
  new AppError(
    ErrorCode.SLOT_TAKEN,
    'Another booking took one of these times. Nothing was booked; choose again.',
    {
      freshOptions,
    },
  );

export const noFeasibleDay = (reason: string) => new AppError(ErrorCode.NO_FEASIBLE_DAY, reason);

/**
 * PostgreSQL refused an overlapping visit (exclusion constraint) or a duplicate key, or chose
 * this transaction as a deadlock victim while racing another booking: in each case it lost.
 */
export function isConstraintConflict(error: unknown): boolean {
  const code = sqlState(error);
  return code === '23P01' || code === '23505' || code === '40P01' || code === '40001';
}

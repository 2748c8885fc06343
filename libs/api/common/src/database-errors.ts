/** The SQLSTATE PostgreSQL refused a write with (TypeORM wraps the driver's error). */
export function sqlState(error: unknown): string | undefined {
  return (
    (error as { driverError?: { code?: string } })?.driverError?.code ??
    (error as { code?: string })?.code
  );
}

/** The name of the constraint PostgreSQL refused the write under, if it says. */
export function violatedConstraint(error: unknown): string | undefined {
  return (error as { driverError?: { constraint?: string } })?.driverError?.constraint;
}

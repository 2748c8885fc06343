import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import { AppError, ErrorCode, isDatabaseUnavailable } from '@oneday/api-common';
import { toOperationOutcome } from '@oneday/domain';
import type { Response } from 'express';

const OUTCOMES = {
  [ErrorCode.UNAUTHENTICATED]: { status: 401, code: 'login' },
  [ErrorCode.FORBIDDEN]: { status: 403, code: 'forbidden' },
  [ErrorCode.NOT_FOUND]: { status: 404, code: 'not-found' },
  [ErrorCode.BAD_USER_INPUT]: { status: 400, code: 'invalid' },
} as const;

/** FHIR clients expect HTTP statuses and an OperationOutcome, never a stack or SQL. */
@Catch()
export class FhirErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('FHIR');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const known =
      exception instanceof AppError ? OUTCOMES[exception.code as keyof typeof OUTCOMES] : undefined;
    const [status, outcome] = known
      ? [known.status, toOperationOutcome(known.code, (exception as AppError).message)]
      : exception instanceof HttpException && exception.getStatus() < 500
        ? [exception.getStatus(), toOperationOutcome('invalid', exception.message)]
        : isDatabaseUnavailable(exception)
          ? [
              503,
              toOperationOutcome('transient', 'The database is unavailable; try again shortly.'),
            ]
          : [500, toOperationOutcome('exception', 'Something went wrong on our side.')];
    if (status === 500) this.logger.error(exception);
    response.status(status).type('application/fhir+json').json(outcome);
  }
}

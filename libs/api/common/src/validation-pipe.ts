import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './app-error.js';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const error = errors[0];
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  if (error.constraints) {
    return { field, message: Object.values(error.constraints)[0] };
  }
  return firstProblem(error.children ?? [], field);
}

/** class-validator on every input; the first problem becomes BAD_USER_INPUT naming its field. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => {
      const { field, message } = firstProblem(errors);
      return badInput(field, message);
    },
  });
}

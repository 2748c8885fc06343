import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badInput } from './app-error.js';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const error = errors[0];
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  if (error.constraints) {
    return { field, message: Object.values(error.constraints)[0] };
  }
  return firstProblem(error.children ?? [], field);
}

/** The path of the first string holding a NUL character, which PostgreSQL text cannot store. */
function nulIn(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  // Arguments arrive as plain objects and arrays; anything else (a request, a Date) is not input.
  // (graphql-js builds inline literals without a prototype, variables with Object's.)
  const plain =
    Array.isArray(value) ||
    (value !== null &&
      typeof value === 'object' &&
      [Object.prototype, null].includes(Object.getPrototypeOf(value)));
  if (!plain) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = nulIn(child, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    // Fields are named as class-validator names them: an input's own fields, or the argument.
    const field = nulIn(value, typeof value === 'string' ? (metadata.data ?? 'input') : '');
    if (field !== null) throw badInput(field, 'Text cannot contain NUL characters.');
    return super.transform(value, metadata);
  }
}

/**
 * class-validator on every input; the first problem becomes BAD_USER_INPUT naming its field.
 * Text with a NUL character is refused first: the database would refuse it half-way.
 */
export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => {
      const { field, message } = firstProblem(errors);
      return badInput(field, message);
    },
  });
}

import { StandardSchemaValidationPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';

/**
 * The one pipe that validates every body, query and param against the zod schema given
 * in its decorator (`@Body({ schema })`), answering 400 with one detail per problem.
 */
export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({
    exceptionFactory: (issues) =>
      new AppError(
        400,
        'VALIDATION_FAILED',
        'Some fields are not valid.',
        issues.map((issue) => ({
          path: (issue.path ?? []).map((part) => (typeof part === 'object' ? String(part.key) : String(part))).join('.'),
          message: issue.message,
        })),
      ),
  });
}

import { HttpException } from '@nestjs/common';
import type { ErrorBody, ErrorCode } from '@tertulia/domain';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
  /** Unexpected failures are logged with their stack; expected ones are not. */
  unexpected: boolean;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

const respond = (status: number, code: ErrorCode, message: string, details: ErrorBody['error']['details'] = []) => ({
  status,
  body: { error: { code, message, details } },
  headers: {},
  unexpected: false,
});

/** Turns anything thrown while serving a request into the one error body of the API. */
export function toErrorResponse(error: unknown, requestId: string): ErrorResponse {
  if (error instanceof AppError) {
    return { ...respond(error.status, error.code, error.message, error.details), headers: error.headers };
  }
  if (error instanceof QueryFailedError) {
    const { code } = error.driverError as { code?: string };
    if (code === '23505') return respond(409, 'CONFLICT', 'This conflicts with something that already exists.');
    // The database chose this request as the loser of a race: nothing was written, it can be sent again.
    if (code === '40P01' || code === '40001') return respond(409, 'CONFLICT', 'Someone changed this at the same time. Try again.');
    // Text PostgreSQL cannot store (a NUL character): the input's fault, and the statement wrote nothing.
    if (code === '22021' || code === '22P05') {
      return respond(400, 'VALIDATION_FAILED', 'Some text holds a character that cannot be stored.');
    }
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status < 500) return respond(status, STATUS_CODES[status] ?? 'VALIDATION_FAILED', error.message);
  }
  // Errors raised by Fastify itself (malformed JSON, body too large, wrong content type).
  const fastifyStatus = (error as { statusCode?: unknown }).statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    return respond(fastifyStatus, STATUS_CODES[fastifyStatus] ?? 'VALIDATION_FAILED', (error as Error).message);
  }
  return {
    ...respond(500, 'INTERNAL', 'Something went wrong on our side.', [{ message: `request id ${requestId}` }]),
    unexpected: true,
  };
}

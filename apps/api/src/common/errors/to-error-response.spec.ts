import { NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { toErrorResponse } from './to-error-response';

const dbError = (code: string) => new QueryFailedError('UPDATE …', [], Object.assign(new Error('db'), { code }));

describe('toErrorResponse', () => {
  it('keeps the status, code and details of an AppError', () => {
    const response = toErrorResponse(new AppError(422, 'LAST_MANAGER', 'Name another manager first.', [{ message: 'x' }]), 'r1');
    expect(response).toMatchObject({ status: 422, body: { error: { code: 'LAST_MANAGER', details: [{ message: 'x' }] } }, unexpected: false });
  });

  it('turns a unique violation and a lost race into 409', () => {
    for (const code of ['23505', '40P01', '40001']) {
      expect(toErrorResponse(dbError(code), 'r1')).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } });
    }
  });

  it('maps framework 4xx errors, and hides anything unexpected behind a 500 with the request id', () => {
    expect(toErrorResponse(new NotFoundException(), 'r1').body.error.code).toBe('NOT_FOUND');
    expect(toErrorResponse(Object.assign(new Error('too big'), { statusCode: 413 }), 'r1').body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const unexpected = toErrorResponse(new TypeError('secret internals'), 'req-42');
    expect(unexpected).toMatchObject({ status: 500, unexpected: true, body: { error: { code: 'INTERNAL', details: [{ message: 'request id req-42' }] } } });
    expect(JSON.stringify(unexpected.body)).not.toContain('secret internals');
    expect(toErrorResponse(dbError('23503'), 'r1').status).toBe(500);
  });
});

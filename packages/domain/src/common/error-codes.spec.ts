import { ERROR_CODES, isErrorBody } from './error-codes';

describe('error codes', () => {
  it('are unique upper-case identifiers', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z][A-Z_]+$/);
  });

  it('recognise the error body', () => {
    expect(isErrorBody({ error: { code: 'NOT_FOUND', message: 'x', details: [] } })).toBe(true);
    expect(isErrorBody({ member: {} })).toBe(false);
    expect(isErrorBody(null)).toBe(false);
  });
});

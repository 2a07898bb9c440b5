import { EmailSchema, IdParamsSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PasswordSchema } from './primitives.schema';

describe('EmailSchema', () => {
  it('trims and lower-cases, so that e-mail is unique whatever the case', () => {
    expect(EmailSchema.parse('  Laia.Ferrer@Example.COM ')).toBe('laia.ferrer@example.com');
  });

  it('refuses what is not an e-mail', () => {
    for (const bad of ['', 'laia', 'laia@', '@example.com', `${'a'.repeat(250)}@example.com`]) {
      expect(EmailSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('PasswordSchema', () => {
  it(`needs ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`, () => {
    expect(PasswordSchema.safeParse('a'.repeat(PASSWORD_MIN_LENGTH - 1)).success).toBe(false);
    expect(PasswordSchema.safeParse('a'.repeat(PASSWORD_MIN_LENGTH)).success).toBe(true);
    expect(PasswordSchema.safeParse('a'.repeat(PASSWORD_MAX_LENGTH)).success).toBe(true);
    expect(PasswordSchema.safeParse('a'.repeat(PASSWORD_MAX_LENGTH + 1)).success).toBe(false);
  });
});

describe('IdParamsSchema', () => {
  it('takes a UUID and nothing more', () => {
    expect(IdParamsSchema.safeParse({ id: '0b6c3a9e-2f41-4b6f-9d55-3f1f0a4e8c21' }).success).toBe(true);
    expect(IdParamsSchema.safeParse({ id: '42' }).success).toBe(false);
    expect(IdParamsSchema.safeParse({ id: '0b6c3a9e-2f41-4b6f-9d55-3f1f0a4e8c21', other: 1 }).success).toBe(false);
  });
});

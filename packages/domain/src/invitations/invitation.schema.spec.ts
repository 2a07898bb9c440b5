import { AcceptInvitationSchema, CreateInvitationSchema, InvitationTokenParamsSchema } from './invitation.schema';

describe('invitation schemas', () => {
  it('invites as a member unless told otherwise', () => {
    expect(CreateInvitationSchema.parse({ email: 'Pere@Example.com' })).toEqual({ email: 'pere@example.com', role: 'member' });
    expect(CreateInvitationSchema.safeParse({ email: 'pere@example.com', role: 'admin' }).success).toBe(false);
  });

  it('accepts only well-formed tokens', () => {
    expect(InvitationTokenParamsSchema.safeParse({ token: 'A'.repeat(43) }).success).toBe(true);
    expect(InvitationTokenParamsSchema.safeParse({ token: 'A'.repeat(42) }).success).toBe(false);
    expect(InvitationTokenParamsSchema.safeParse({ token: `${'A'.repeat(42)}/` }).success).toBe(false);
  });

  it('needs a name and a strong enough password, and nothing else', () => {
    expect(AcceptInvitationSchema.safeParse({ displayName: 'Pere', password: 'una contrasenya llarga' }).success).toBe(true);
    expect(AcceptInvitationSchema.safeParse({ displayName: 'Pere', password: 'curta' }).success).toBe(false);
    expect(AcceptInvitationSchema.safeParse({ displayName: 'Pere', password: 'una contrasenya llarga', role: 'manager' }).success).toBe(false);
  });
});

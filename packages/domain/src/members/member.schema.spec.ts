import { UpdateMemberByManagerSchema } from './member.schema';
import { UpdateMeSchema } from './profile.schema';

describe('UpdateMemberByManagerSchema', () => {
  it('takes a role or a status', () => {
    expect(UpdateMemberByManagerSchema.parse({ role: 'manager' })).toEqual({ role: 'manager' });
    expect(UpdateMemberByManagerSchema.parse({ status: 'deactivated' })).toEqual({ status: 'deactivated' });
  });

  it('refuses an empty change, the invited status and fields that are not the manager’s to set', () => {
    expect(UpdateMemberByManagerSchema.safeParse({}).success).toBe(false);
    expect(UpdateMemberByManagerSchema.safeParse({ status: 'invited' }).success).toBe(false);
    expect(UpdateMemberByManagerSchema.safeParse({ role: 'member', email: 'x@example.com' }).success).toBe(false);
  });
});

describe('UpdateMeSchema', () => {
  it('lets a member change their name and language, never their role', () => {
    expect(UpdateMeSchema.parse({ displayName: '  Núria Roca ', locale: 'ca' })).toEqual({ displayName: 'Núria Roca', locale: 'ca' });
    expect(UpdateMeSchema.safeParse({ role: 'manager' }).success).toBe(false);
    expect(UpdateMeSchema.safeParse({ displayName: '   ' }).success).toBe(false);
    expect(UpdateMeSchema.safeParse({ locale: 'fr' }).success).toBe(false);
  });
});

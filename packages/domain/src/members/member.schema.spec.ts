import { UpdateMemberByManagerSchema } from './member.schema';

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

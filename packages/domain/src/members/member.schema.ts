import { z } from 'zod';
import { IdSchema, LocaleSchema } from '../common/primitives.schema';

export const MEMBER_ROLES = ['manager', 'member'] as const;
export const MemberRoleSchema = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const MEMBER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export const MemberStatusSchema = z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof MemberStatusSchema>;

/** What the signed-in person learns about themself. */
export const CurrentMemberSchema = z.object({
  id: IdSchema,
  email: z.string(),
  displayName: z.string(),
  role: MemberRoleSchema,
  locale: LocaleSchema.nullable(),
});
export type CurrentMember = z.infer<typeof CurrentMemberSchema>;

/** What the manager may change about a member; `invited` is set only by an invitation. */
export const UpdateMemberByManagerSchema = z
  .strictObject({
    role: MemberRoleSchema.optional(),
    status: z.enum(['active', 'deactivated']).optional(),
  })
  .refine((patch) => patch.role !== undefined || patch.status !== undefined, {
    message: 'Give a role or a status',
  });
export type UpdateMemberByManager = z.infer<typeof UpdateMemberByManagerSchema>;

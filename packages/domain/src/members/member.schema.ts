import { z } from 'zod';
import { DisplayNameSchema, IdSchema, LocaleSchema } from '../common/primitives.schema';
import { PageQuerySchema, pageSchema } from '../common/pagination.schema';

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

export const MemberSummarySchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  role: MemberRoleSchema,
  headline: z.string().nullable(),
  businessName: z.string().nullable(),
  /** Only the manager sees e-mail and status of everyone. */
  email: z.string().optional(),
  status: MemberStatusSchema.optional(),
  joinedAt: z.string().nullable(),
});
export type MemberSummary = z.infer<typeof MemberSummarySchema>;
export const MemberPageSchema = pageSchema(MemberSummarySchema);

export const ListMembersQuerySchema = PageQuerySchema.extend({
  status: MemberStatusSchema.optional(),
});
export type ListMembersQuery = z.infer<typeof ListMembersQuerySchema>;

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

/** What a member may change about themself (the profile fields join with the directory). */
export const UpdateMeSchema = z
  .strictObject({
    displayName: DisplayNameSchema.optional(),
    locale: LocaleSchema.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' });
export type UpdateMe = z.infer<typeof UpdateMeSchema>;

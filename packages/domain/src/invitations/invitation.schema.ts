import { z } from 'zod';
import { DisplayNameSchema, EmailSchema, IdSchema, PasswordSchema } from '../common/primitives.schema';
import { MemberRoleSchema } from '../members/member.schema';
import { pageSchema, PageQuerySchema } from '../common/pagination.schema';

export const INVITATION_TTL_DAYS = 7;

export const CreateInvitationSchema = z.strictObject({
  email: EmailSchema,
  role: MemberRoleSchema.default('member'),
});
export type CreateInvitation = z.input<typeof CreateInvitationSchema>;

/** Returned once, at creation: the token is stored hashed and can never be shown again. */
export const InvitationCreatedSchema = z.object({
  id: IdSchema,
  email: z.string(),
  role: MemberRoleSchema,
  token: z.string(),
  url: z.string(),
  expiresAt: z.string(),
});
export type InvitationCreated = z.infer<typeof InvitationCreatedSchema>;

export const INVITATION_STATES = ['pending', 'expired'] as const;
export const InvitationSummarySchema = z.object({
  id: IdSchema,
  email: z.string(),
  role: MemberRoleSchema,
  state: z.enum(INVITATION_STATES),
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type InvitationSummary = z.infer<typeof InvitationSummarySchema>;
export const InvitationPageSchema = pageSchema(InvitationSummarySchema);
export const ListInvitationsQuerySchema = PageQuerySchema;

/** Invitation tokens are 32 random bytes in base64url. */
export const InvitationTokenParamsSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not an invitation token'),
});

/** What the acceptance page shows before the person chooses a name and password. */
export const InvitationPreviewSchema = z.object({
  email: z.string(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export const AcceptInvitationSchema = z.strictObject({
  displayName: DisplayNameSchema,
  password: PasswordSchema,
});
export type AcceptInvitation = z.infer<typeof AcceptInvitationSchema>;

import { z } from 'zod';
import { optionalText } from '../common/text.schema';
import { IdSchema } from '../common/primitives.schema';

/** `company`: a company inside the space (its internal events); `interest`: people who share an interest. */
export const CIRCLE_KINDS = ['company', 'interest'] as const;
export const CircleKindSchema = z.enum(CIRCLE_KINDS);
export type CircleKind = z.infer<typeof CircleKindSchema>;

/** `open`: anyone joins; `approval`: one of the circle's admins (or the manager) lets them in. */
export const JOIN_POLICIES = ['open', 'approval'] as const;
export const JoinPolicySchema = z.enum(JOIN_POLICIES);
export type JoinPolicy = z.infer<typeof JoinPolicySchema>;

export const CIRCLE_ROLES = ['admin', 'member'] as const;
export const CircleRoleSchema = z.enum(CIRCLE_ROLES);
export type CircleRole = z.infer<typeof CircleRoleSchema>;

/** `pending`: asked to join a circle that needs approval. */
export const CircleMembershipStatusSchema = z.enum(['active', 'pending']);

export const CreateCircleSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  kind: CircleKindSchema,
  description: optionalText(2000).optional(),
  joinPolicy: JoinPolicySchema.default('open'),
});
export type CreateCircle = z.infer<typeof CreateCircleSchema>;
export type CreateCircleInput = z.input<typeof CreateCircleSchema>;

/** PATCH /api/circles/{id} (its admins, the manager). */
export const UpdateCircleSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(80).optional(),
    description: optionalText(2000).optional(),
    joinPolicy: JoinPolicySchema.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' });
export type UpdateCircle = z.infer<typeof UpdateCircleSchema>;

export const CircleMembershipSchema = z.object({ role: CircleRoleSchema, status: CircleMembershipStatusSchema });
export type CircleMembership = z.infer<typeof CircleMembershipSchema>;

export const CircleSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: CircleKindSchema,
  /** Markdown. */
  description: z.string().nullable(),
  joinPolicy: JoinPolicySchema,
  /** Active members. */
  memberCount: z.number().int(),
  /** The reader's place in the circle, if any. */
  myMembership: CircleMembershipSchema.nullable(),
  /** Whether the reader may edit it, approve people and create its events (its admins, the manager). */
  canManage: z.boolean(),
});
export type CircleSummary = z.infer<typeof CircleSummarySchema>;
export const CirclePageSchema = z.object({ items: z.array(CircleSummarySchema), nextCursor: z.string().nullable() });

/** A person in a circle; pending requests are listed only to those who can approve them. */
export const CircleMemberSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  businessName: z.string().nullable(),
  photoUrl: z.string().nullable(),
  role: CircleRoleSchema,
  status: CircleMembershipStatusSchema,
});
export type CircleMember = z.infer<typeof CircleMemberSchema>;

/** PATCH /api/circles/{id}/members/{memberId} (its admins, the manager): make someone an admin, or a member again. */
export const UpdateCircleMemberSchema = z.strictObject({ role: CircleRoleSchema });
export type UpdateCircleMember = z.infer<typeof UpdateCircleMemberSchema>;

/** `/api/circles/{id}/members/{memberId}`. */
export const CircleMemberParamsSchema = z.strictObject({ id: IdSchema, memberId: IdSchema });
export type CircleMemberParams = z.infer<typeof CircleMemberParamsSchema>;

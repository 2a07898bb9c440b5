import { z } from 'zod';
import { labelListSchema, labelSchema, optionalText, WebsiteSchema } from '../common/text.schema';
import { DisplayNameSchema, IdSchema, LocaleSchema } from '../common/primitives.schema';
import { PageQuerySchema, pageSchema } from '../common/pagination.schema';
import { MemberRoleSchema, MemberStatusSchema } from './member.schema';

export const SKILL_MAX_LENGTH = 40;
export const SKILLS_MAX = 20;
export const SkillSchema = labelSchema(SKILL_MAX_LENGTH);

/** A language spoken, as an ISO 639 code ("ca", "es", "en", "fr", …); the portal names it in the reader's language. */
export const LanguageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'Use an ISO 639 language code');

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A birthday without the year, `MM-DD` (29 February allowed). */
export const BirthdaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use MM-DD')
  .refine((value) => Number(value.slice(3)) <= DAYS_IN_MONTH[Number(value.slice(0, 2)) - 1]!, 'No such day');

export const HEADLINE_MAX_LENGTH = 120;
export const BIO_MAX_LENGTH = 4000;

/**
 * PATCH /api/members/me: what a member may change about themself. Never role, status or id:
 * the schema is strict, so those fields are refused.
 */
export const UpdateMeSchema = z
  .strictObject({
    displayName: DisplayNameSchema.optional(),
    locale: LocaleSchema.optional(),
    headline: optionalText(HEADLINE_MAX_LENGTH).optional(),
    bio: optionalText(BIO_MAX_LENGTH).optional(),
    businessName: optionalText(120).optional(),
    website: z.union([WebsiteSchema, z.literal('').transform(() => null), z.null()]).optional(),
    skills: labelListSchema(SkillSchema, SKILLS_MAX).optional(),
    languages: labelListSchema(LanguageCodeSchema, 10).optional(),
    lookingFor: optionalText(500).optional(),
    directoryVisible: z.boolean().optional(),
    emailVisible: z.boolean().optional(),
    birthday: BirthdaySchema.nullable().optional(),
    showBirthday: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' });
export type UpdateMe = z.infer<typeof UpdateMeSchema>;
export type UpdateMeInput = z.input<typeof UpdateMeSchema>;

/**
 * Focus: «in focus until 14:00» (nobody should disturb them) and «open to a coffee».
 * `focusUntil` is null when they are not in focus, or when the time has passed: it expires by itself.
 */
export const FocusStatusSchema = z.object({
  focusUntil: z.string().nullable(),
  openToCoffee: z.boolean(),
});
export type FocusStatus = z.infer<typeof FocusStatusSchema>;

/** PUT /api/members/me/status. `focusUntil` must lie in the next 24 hours (422 otherwise). */
export const UpdateFocusStatusSchema = z.strictObject({
  focusUntil: z.iso.datetime({ offset: true }).nullable(),
  openToCoffee: z.boolean(),
});
export type UpdateFocusStatus = z.infer<typeof UpdateFocusStatusSchema>;
export const FOCUS_MAX_HOURS = 24;

export const ServiceTitleRefSchema = z.object({ id: IdSchema, title: z.string() });

/** A member as the directory shows them: a card. The manager also sees e-mail, status and visibility. */
export const MemberSummarySchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  role: MemberRoleSchema,
  headline: z.string().nullable(),
  businessName: z.string().nullable(),
  photoUrl: z.string().nullable(),
  skills: z.array(z.string()),
  languages: z.array(z.string()),
  /** Their first services (up to three), in their own order. */
  topServices: z.array(ServiceTitleRefSchema),
  focus: FocusStatusSchema,
  joinedAt: z.string().nullable(),
  /** The manager sees e-mail and status of everyone; members see an e-mail only where its owner shows it. */
  email: z.string().optional(),
  status: MemberStatusSchema.optional(),
  /** Shown to the manager and to the member themself. */
  directoryVisible: z.boolean().optional(),
});
export type MemberSummary = z.infer<typeof MemberSummarySchema>;
export const MemberPageSchema = pageSchema(MemberSummarySchema);

/**
 * GET /api/members: the directory. `q` searches names, business, headline, skills and services
 * (ranked: best match first); without `q` the list is alphabetical.
 */
export const ListMembersQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  skill: z.string().trim().max(SKILL_MAX_LENGTH).optional(),
  category: IdSchema.optional(),
  language: LanguageCodeSchema.optional(),
  /** Manager only; members always see the active community. */
  status: MemberStatusSchema.optional(),
});
export type ListMembersQuery = z.infer<typeof ListMembersQuerySchema>;

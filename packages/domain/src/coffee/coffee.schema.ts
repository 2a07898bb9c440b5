import { z } from 'zod';
import { DateSchema } from '../common/dates.schema';
import { IdSchema } from '../common/primitives.schema';
import { PageQuerySchema, pageSchema } from '../common/pagination.schema';
import { MemberRefSchema } from '../members/member-ref.schema';

/** A coffee invitation proposes 1 to 3 times. */
export const COFFEE_PROPOSED_TIMES_MAX = 3;
/** The invitation's short message. */
export const COFFEE_MESSAGE_MAX_LENGTH = 280;
/** How many people one private do-not-pair list may hold. */
export const COFFEE_DO_NOT_PAIR_MAX = 50;
/** How far ahead the weekly pairing may be snoozed. */
export const COFFEE_SNOOZE_MAX_DAYS = 365;

const uniqueValues = (values: string[]) => new Set(values).size === values.length;

/**
 * PUT /api/coffee/me: the signed-in member's weekly «cafè ràpid» settings. `snoozeUntil` (a day in the
 * community's calendar, inclusive) skips the rounds until then; null or absent clears it. `doNotPair`, when given,
 * replaces the private list (active members other than oneself); it only ever keeps the weekly pairing apart.
 */
export const UpdateCoffeeSettingsSchema = z.strictObject({
  optIn: z.boolean(),
  snoozeUntil: DateSchema.nullable().optional(),
  doNotPair: z.array(IdSchema).max(COFFEE_DO_NOT_PAIR_MAX).refine(uniqueValues, 'Each member once').optional(),
});
export type UpdateCoffeeSettings = z.infer<typeof UpdateCoffeeSettingsSchema>;

/** GET/PUT /api/coffee/me: only its owner ever reads this (the do-not-pair list is private, even from the manager). */
export const CoffeeSettingsSchema = z.object({
  optIn: z.boolean(),
  snoozeUntil: DateSchema.nullable(),
  doNotPair: z.array(MemberRefSchema),
});
export type CoffeeSettings = z.infer<typeof CoffeeSettingsSchema>;

/** Whom a member is paired with, as their match card shows them. */
export const CoffeePartnerSchema = MemberRefSchema.extend({ skills: z.array(z.string()) });
export type CoffeePartner = z.infer<typeof CoffeePartnerSchema>;

/** A pair (or the trio of an odd round) of one weekly round, seen by one of its members. */
export const CoffeeMatchSchema = z.object({
  id: IdSchema,
  /** The Monday of the round's week (`YYYY-MM-DD`, community calendar). */
  weekOf: DateSchema,
  /** The others (one, or two in a trio). */
  partners: z.array(CoffeePartnerSchema),
  /** When one of them marked «we met»; null before. */
  metAt: z.string().nullable(),
});
export type CoffeeMatch = z.infer<typeof CoffeeMatchSchema>;

/** GET /api/coffee/matches/current: the reader's match of the latest round, if they were paired in it. */
export const CurrentCoffeeMatchSchema = z.object({ match: CoffeeMatchSchema.nullable() });
export type CurrentCoffeeMatch = z.infer<typeof CurrentCoffeeMatchSchema>;

/**
 * POST /api/coffee/rounds (manager) and the weekly job: what a round did, in counts only. Neither who was left out
 * nor how many is told: with odd counts making a trio, only do-not-pair lists leave people out, so even that number
 * would hint at the private lists (it is kept in the database for operations).
 */
export const CoffeeRoundSchema = z.object({
  id: IdSchema,
  weekOf: DateSchema,
  groups: z.number().int(),
  matched: z.number().int(),
  newPairs: z.number().int(),
  repeatPairs: z.number().int(),
  createdAt: z.string(),
});
export type CoffeeRound = z.infer<typeof CoffeeRoundSchema>;

export const COFFEE_INVITATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export const CoffeeInvitationStatusSchema = z.enum(COFFEE_INVITATION_STATUSES);
export type CoffeeInvitationStatus = z.infer<typeof CoffeeInvitationStatusSchema>;

const InstantSchema = z.iso.datetime({ offset: true });

/**
 * POST /api/coffee/invitations: 1–3 distinct future times and a short message. The invitee must be an active member
 * other than oneself (422 otherwise); a past time is 422 too.
 */
export const CreateCoffeeInvitationSchema = z.strictObject({
  inviteeId: IdSchema,
  proposedTimes: z
    .array(InstantSchema)
    .min(1)
    .max(COFFEE_PROPOSED_TIMES_MAX)
    // Compared as instants (the same time in two offsets is one time); an unreadable one fails on its own.
    .refine((times) => new Set(times.map((time) => Date.parse(time))).size === times.length, 'Each time once'),
  message: z.string().trim().max(COFFEE_MESSAGE_MAX_LENGTH).optional(),
});
export type CreateCoffeeInvitation = z.infer<typeof CreateCoffeeInvitationSchema>;

/** POST /api/coffee/invitations/{id}/accept: one of the proposed times. */
export const AcceptCoffeeInvitationSchema = z.strictObject({ time: InstantSchema });
export type AcceptCoffeeInvitation = z.infer<typeof AcceptCoffeeInvitationSchema>;

export const CoffeeInvitationSchema = z.object({
  id: IdSchema,
  inviter: MemberRefSchema,
  invitee: MemberRefSchema,
  /** ISO instants, earliest first. */
  proposedTimes: z.array(z.string()),
  message: z.string().nullable(),
  status: CoffeeInvitationStatusSchema,
  /** The time the invitee chose (accepted only). */
  chosenTime: z.string().nullable(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
});
export type CoffeeInvitation = z.infer<typeof CoffeeInvitationSchema>;

/**
 * GET /api/coffee/invitations?box=received|sent, newest first. Received ones held while the reader was in focus
 * appear once their focus is over.
 */
export const COFFEE_INVITATION_BOXES = ['received', 'sent'] as const;
export const ListCoffeeInvitationsQuerySchema = PageQuerySchema.extend({ box: z.enum(COFFEE_INVITATION_BOXES) });
export type ListCoffeeInvitationsQuery = z.infer<typeof ListCoffeeInvitationsQuerySchema>;
export const CoffeeInvitationPageSchema = pageSchema(CoffeeInvitationSchema);

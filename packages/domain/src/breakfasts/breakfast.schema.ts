import { z } from 'zod';
import { DateSchema, TimeOfDaySchema, TimeZoneSchema } from '../common/dates.schema';
import { IdSchema } from '../common/primitives.schema';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);

export const BreakfastSettingsSchema = z.strictObject({
  weekday: WeekdaySchema,
  startTime: TimeOfDaySchema,
  durationMinutes: z.number().int().min(15).max(240),
  place: z.string().trim().min(1).max(200),
  timezone: TimeZoneSchema,
  active: z.boolean(),
});
export type BreakfastSettings = z.infer<typeof BreakfastSettingsSchema>;

export const CreateClosureSchema = z
  .strictObject({ from: DateSchema, to: DateSchema, reason: z.string().trim().max(200).optional() })
  .refine((closure) => closure.from <= closure.to, { message: 'The closure ends before it starts', path: ['to'] });
export type CreateClosure = z.infer<typeof CreateClosureSchema>;

export const ClosureSchema = z.object({ id: IdSchema, from: DateSchema, to: DateSchema, reason: z.string().nullable() });
export type Closure = z.infer<typeof ClosureSchema>;
export const ClosureListSchema = z.object({ items: z.array(ClosureSchema), nextCursor: z.null() });

export const ListBreakfastsQuerySchema = z.strictObject({ from: DateSchema.optional(), to: DateSchema.optional() });
export type ListBreakfastsQuery = z.infer<typeof ListBreakfastsQuerySchema>;

export const GenerateRotaSchema = z.strictObject({ weeks: z.number().int().min(1).max(52) });
export type GenerateRota = z.infer<typeof GenerateRotaSchema>;

/** `open`: nobody presents yet; `assigned`: a presenter, not yet confirmed; `confirmed`; `cancelled`. */
export const BREAKFAST_STATUSES = ['open', 'assigned', 'confirmed', 'cancelled'] as const;
export const BreakfastStatusSchema = z.enum(BREAKFAST_STATUSES);
export type BreakfastStatus = z.infer<typeof BreakfastStatusSchema>;

export const PresenterCardSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  headline: z.string().nullable(),
  businessName: z.string().nullable(),
});
export type PresenterCard = z.infer<typeof PresenterCardSchema>;

export const SWAP_STATUSES = ['pending', 'accepted', 'declined'] as const;

/** A swap that involves the reader: proposed by them (outgoing) or to them (incoming). */
export const PendingSwapSchema = z.object({
  id: IdSchema,
  direction: z.enum(['incoming', 'outgoing']),
  otherSessionId: IdSchema,
  otherDate: DateSchema,
  otherPresenter: z.string(),
});
export type PendingSwap = z.infer<typeof PendingSwapSchema>;

export const BreakfastSessionSchema = z.object({
  id: IdSchema,
  date: DateSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  status: BreakfastStatusSchema,
  topic: z.string().nullable(),
  summary: z.string().nullable(),
  presenter: PresenterCardSchema.nullable(),
  /** How many said they come (for catering). */
  headcount: z.number().int(),
  /** Whether the reader said they come; null when they have not answered. */
  attending: z.boolean().nullable(),
  pendingSwap: PendingSwapSchema.nullable(),
});
export type BreakfastSession = z.infer<typeof BreakfastSessionSchema>;
export const BreakfastListSchema = z.object({ items: z.array(BreakfastSessionSchema), nextCursor: z.null() });

export const GenerateRotaResultSchema = z.object({ created: z.number().int(), assigned: z.number().int(), items: z.array(BreakfastSessionSchema) });
export type GenerateRotaResult = z.infer<typeof GenerateRotaResultSchema>;

/**
 * PATCH /api/breakfasts/{id}. The manager may assign or replace the presenter (`presenterId`,
 * null to empty the slot), cancel or restore (`status`), and edit topic and summary; the
 * presenter may confirm their slot and edit topic and summary. The summary is for afterwards.
 */
export const UpdateBreakfastSchema = z
  .strictObject({
    presenterId: IdSchema.nullable().optional(),
    status: z.enum(['cancelled', 'scheduled']).optional(),
    confirmed: z.literal(true).optional(),
    topic: z.string().trim().max(200).nullable().optional(),
    summary: z.string().trim().max(5000).nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' });
export type UpdateBreakfast = z.infer<typeof UpdateBreakfastSchema>;

export const ProposeSwapSchema = z.strictObject({ withSessionId: IdSchema });
export type ProposeSwap = z.infer<typeof ProposeSwapSchema>;
export const SwapRequestSchema = z.object({ id: IdSchema, status: z.enum(SWAP_STATUSES) });
export type SwapRequest = z.infer<typeof SwapRequestSchema>;

export const AttendanceSchema = z.strictObject({ attending: z.boolean() });
export type Attendance = z.infer<typeof AttendanceSchema>;
export const AttendanceResultSchema = z.object({ attending: z.boolean(), headcount: z.number().int() });

export const PresenterPreferencesSchema = z.strictObject({
  optIn: z.boolean(),
  unavailableDates: z.array(DateSchema).max(366),
});
export type PresenterPreferences = z.infer<typeof PresenterPreferencesSchema>;

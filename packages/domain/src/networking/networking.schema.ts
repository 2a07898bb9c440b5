import { z } from 'zod';
import { IdSchema } from '../common/primitives.schema';
import { MemberRefSchema } from '../members/member-ref.schema';

export const NETWORKING_TABLE_SIZE_MIN = 2;
export const NETWORKING_TABLE_SIZE_MAX = 20;
export const NETWORKING_ROUNDS_MIN = 1;
export const NETWORKING_ROUNDS_MAX = 12;
/** A plan needs at least one table of two. */
export const NETWORKING_ATTENDEES_MIN = 2;

/** PUT /api/events/{id}/networking (the manager): turns table rotations on for a networking lunch, or changes them. */
export const NetworkingSettingsSchema = z.strictObject({
  tableSize: z.number().int().min(NETWORKING_TABLE_SIZE_MIN).max(NETWORKING_TABLE_SIZE_MAX),
  rounds: z.number().int().min(NETWORKING_ROUNDS_MIN).max(NETWORKING_ROUNDS_MAX),
});
export type NetworkingSettings = z.infer<typeof NetworkingSettingsSchema>;

/** GET/PUT /api/events/{id}/networking: whether rotations are on, how, and whether a plan is stored. */
export const NetworkingSchema = z.object({
  enabled: z.boolean(),
  tableSize: z.number().int().nullable(),
  rounds: z.number().int().nullable(),
  planned: z.boolean(),
});
export type Networking = z.infer<typeof NetworkingSchema>;

export const NetworkingStatsSchema = z.object({
  repeatPairs: z.number().int(),
  wantsSatisfied: z.number().int(),
  wantsTotal: z.number().int(),
  newPairs: z.number().int(),
});
export type NetworkingStats = z.infer<typeof NetworkingStatsSchema>;

/**
 * POST/GET /api/events/{id}/networking/plan (the manager): every round's tables in order (index 0 is table 1),
 * which are locked, the planner's stats and seed, and the people seated (for the table cards).
 * `outdated`: the going list changed since the plan was made (someone cancelled or joined); regenerating fixes it.
 */
export const NetworkingPlanSchema = z.object({
  rounds: z.array(
    z.object({
      tables: z.array(z.object({ memberIds: z.array(IdSchema), locked: z.boolean() })),
    }),
  ),
  stats: NetworkingStatsSchema,
  tableSize: z.number().int(),
  seed: z.number().int(),
  generatedAt: z.string(),
  outdated: z.boolean(),
  people: z.array(MemberRefSchema),
});
export type NetworkingPlan = z.infer<typeof NetworkingPlanSchema>;

/** PUT /api/events/{id}/networking/plan/locks: a locked table keeps its people when the rest is regenerated. */
export const TableLockSchema = z.strictObject({
  round: z.number().int().min(1).max(NETWORKING_ROUNDS_MAX),
  table: z.number().int().min(1).max(1000),
  locked: z.boolean(),
});
export type TableLock = z.infer<typeof TableLockSchema>;

/**
 * GET /api/events/{id}/networking/my-seats (someone going): for each round, the reader's table and who else sits
 * there. `planned` false: there is no plan yet; an empty `rounds` with a plan: the reader joined after it was made.
 */
export const MySeatsSchema = z.object({
  planned: z.boolean(),
  rounds: z.array(z.object({ round: z.number().int(), table: z.number().int(), with: z.array(MemberRefSchema) })),
});
export type MySeats = z.infer<typeof MySeatsSchema>;

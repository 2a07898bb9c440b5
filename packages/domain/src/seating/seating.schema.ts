import { z } from 'zod';

/** Upper bounds that keep one planning call small enough for a request handler. */
export const SEATING_ATTENDEES_MAX = 1000;
export const SEATING_ROUNDS_MAX = 30;
export const SEATING_TIME_BUDGET_MAX_MS = 120_000;
/** Default safety cap: a lunch of 60 in 4 rounds is planned in about 0.1 s, far inside it. */
export const SEATING_DEFAULT_TIME_BUDGET_MS = 2_000;

const memberIdSchema = z.string().min(1).max(200);
const pairSchema = z.tuple([memberIdSchema, memberIdSchema]);

/**
 * What the planner is asked. Pairs in `wants`, `never` and `history` that name someone who is not an attendee
 * are ignored (a pick of someone who is not coming); `fixed` must name attendees.
 */
export const SeatingInputSchema = z
  .object({
    attendees: z.array(memberIdSchema).min(1).max(SEATING_ATTENDEES_MAX),
    rounds: z.number().int().min(1).max(SEATING_ROUNDS_MAX),
    /** Every table seats this many; ceil(n / tableSize) tables are used, their sizes differing by at most one. */
    tableSize: z.number().int().min(1).optional(),
    /** The capacity of each table, table 1 first; people are spread as evenly as the capacities allow. */
    tableSizes: z.array(z.number().int().min(1)).min(1).max(SEATING_ATTENDEES_MAX).optional(),
    /** `a` wants to meet `b` with this weight; both directions of one pair add up. */
    wants: z.array(z.tuple([memberIdSchema, memberIdSchema, z.number().positive().max(1_000)])).optional(),
    /** Never at one table, in any round. */
    never: z.array(pairSchema).optional(),
    /** 1-based table; 1-based round, or every round when omitted (a host stays at table 1). A locked table is fixed seats with its round. */
    fixed: z
      .array(z.object({ memberId: memberIdSchema, table: z.number().int().min(1), round: z.number().int().min(1).optional() }))
      .optional(),
    /** Pairs who met at earlier events; a pair may appear more than once. */
    history: z.array(pairSchema).optional(),
    /** Same input and seed = same plan (as long as the time budget is not what stopped the search). */
    seed: z.number().int().optional(),
    /** Safety cap on the search; the search itself is counted in iterations, so the cap only matters on huge inputs. */
    timeBudgetMs: z.number().int().min(1).max(SEATING_TIME_BUDGET_MAX_MS).optional(),
  })
  .refine((input) => (input.tableSize === undefined) !== (input.tableSizes === undefined), {
    message: 'Give either tableSize or tableSizes.',
    path: ['tableSize'],
  });
export type SeatingInput = z.infer<typeof SeatingInputSchema>;

/**
 * - `repeatPairs`: Σ over pairs of max(0, meetings − 1) — 0 when nobody meets anyone twice.
 * - `wantsSatisfied` / `wantsTotal`: distinct wanted pairs (both directions count as one) who share a table in at
 *   least one round / all distinct wanted pairs among the attendees.
 * - `newPairs`: distinct pairs who share a table at least once and are not in `history`.
 */
export const SeatingStatsSchema = z.object({
  repeatPairs: z.number().int().min(0),
  wantsSatisfied: z.number().int().min(0),
  wantsTotal: z.number().int().min(0),
  newPairs: z.number().int().min(0),
});
export type SeatingStats = z.infer<typeof SeatingStatsSchema>;

/** Rounds in order; in each, tables in order (index 0 is table 1), each with who sits there. */
export const SeatingPlanSchema = z.object({
  rounds: z.array(z.object({ tables: z.array(z.object({ memberIds: z.array(z.string()) })) })),
  stats: SeatingStatsSchema,
});
export type SeatingPlan = z.infer<typeof SeatingPlanSchema>;

export const SEATING_INPUT_ERROR_CODES = [
  /** The input does not match SeatingInputSchema (details: the zod issues). */
  'SEATING_INVALID',
  /** An attendee is listed twice. */
  'SEATING_DUPLICATE_ATTENDEE',
  /** A fixed seat names someone who is not an attendee. */
  'SEATING_UNKNOWN_MEMBER',
  /** The tables seat fewer people than there are attendees. */
  'SEATING_NOT_ENOUGH_SEATS',
  /** A fixed seat names a table or round that does not exist. */
  'SEATING_FIXED_OUT_OF_RANGE',
  /** More people are fixed at a table in some round than it seats. */
  'SEATING_FIXED_OVER_CAPACITY',
  /** Fixed seats contradict each other (one person at two tables in a round) or a never-together pair. */
  'SEATING_FIXED_CONFLICT',
  /** No seating keeps every never-together pair apart (found by the search, or provably impossible). */
  'SEATING_NEVER_UNSATISFIABLE',
] as const;
export type SeatingInputErrorCode = (typeof SEATING_INPUT_ERROR_CODES)[number];

/** Thrown by planSeating for input no plan can satisfy; `details` names the members, tables or rounds involved. */
export class SeatingInputError extends Error {
  constructor(
    readonly code: SeatingInputErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'SeatingInputError';
  }
}

import { z } from 'zod';

/**
 * A member's personal calendar feed: every event they are going to and the breakfasts they
 * attend or present. `url` is secret (it holds a token); regenerating it revokes the old one.
 */
export const CalendarFeedSchema = z.object({
  url: z.string(),
  /** The same address with the webcal: scheme, which calendar apps subscribe to. */
  webcalUrl: z.string(),
  createdAt: z.string(),
});
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;
